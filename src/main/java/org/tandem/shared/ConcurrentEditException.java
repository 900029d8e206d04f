package org.tandem.shared;

/** Someone else saved the same record since the user opened it; nothing of theirs was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super("Someone else saved " + what + " while you were editing it. The form now shows their version; "
                + "your changes were not saved, make them again if they are still needed.");
    }
}
