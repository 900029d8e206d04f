package org.tandem.feedback;

/** Something was published, updated, withdrawn or archived: what the public sees has changed. */
public record FeedbackPublicationChanged(long feedbackId) {
}
