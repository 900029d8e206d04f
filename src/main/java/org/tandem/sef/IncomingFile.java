package org.tandem.sef;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file on its way in: the name it came with and a way to read it once, from the start. The upload handler
 * hands the request's stream on, so the file is never held whole in memory.
 */
public record IncomingFile(String name, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
