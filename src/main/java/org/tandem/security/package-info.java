/** Signing in and out, login throttling, sessions and who the current user is. */
@NullMarked
package org.tandem.security;

import org.jspecify.annotations.NullMarked;
