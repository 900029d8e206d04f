package org.tandem.reminder;

/**
 * What one run of the digest did.
 *
 * @param sent          people sent a digest (or, with no mail server, given one in the outbox)
 * @param alreadySent   people left out because a run earlier the same day had claimed their digest
 * @param withoutEmail  people with reminders but no e-mail address
 * @param failed        people whose digest could not be sent; the failure is logged (and the e-mail recorded)
 */
public record DigestRun(int sent, int alreadySent, int withoutEmail, int failed) {
}
