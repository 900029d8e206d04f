/** Academic years and their six half-terms: the rhythm of updates and reports. */
@NullMarked
package org.tandem.calendar;

import org.jspecify.annotations.NullMarked;
