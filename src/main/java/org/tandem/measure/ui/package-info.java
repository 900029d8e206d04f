/** The measures' screens; they draw only on the module's services and records. */
@NullMarked
package org.tandem.measure.ui;

import org.jspecify.annotations.NullMarked;
