/**
 * The self-evaluation (SEF): framework templates, a graded edition each academic year with its narrative, the
 * evidence library behind the judgements, and the board's approval that freezes an edition.
 */
@NullMarked
package org.tandem.sef;

import org.jspecify.annotations.NullMarked;
