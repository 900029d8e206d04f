/** The risk register: risks scored on a 5 × 5 matrix, owned, reviewed, mitigated and escalated to the board. */
@NullMarked
package org.tandem.risk;

import org.jspecify.annotations.NullMarked;
