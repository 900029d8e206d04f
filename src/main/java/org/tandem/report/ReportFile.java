package org.tandem.report;

/** A file to download. */
public record ReportFile(String name, byte[] content) {
}
