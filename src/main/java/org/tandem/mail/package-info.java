/** Outgoing e-mail: sent through Spring Mail, or kept in an outbox that admins read when no server is set. */
@NullMarked
package org.tandem.mail;

import org.jspecify.annotations.NullMarked;
