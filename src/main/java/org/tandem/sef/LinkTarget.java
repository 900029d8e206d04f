package org.tandem.sef;

/** What evidence can support, each referred to by its id in its own module. */
public enum LinkTarget {
    CRITERION, PRIORITY, ACTION, RISK, FEEDBACK
}
