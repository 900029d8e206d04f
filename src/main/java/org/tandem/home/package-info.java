/**
 * The shell every signed-in page sits in (header, navigation, user menu) and the home page. It is its own module
 * rather than part of shared because it reads from the calendar and people modules, which build on shared.
 */
@NullMarked
package org.tandem.home;

import org.jspecify.annotations.NullMarked;
