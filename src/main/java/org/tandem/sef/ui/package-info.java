/** The self-evaluation's screens; they draw only on the module's services and records. */
@NullMarked
package org.tandem.sef.ui;

import org.jspecify.annotations.NullMarked;
