package org.tandem.sef;

/** A file as it was stored: its own name, the type found in its content, its size and SHA-256 checksum. */
public record StoredFile(long id, String name, String contentType, long size, String sha256) {
}
