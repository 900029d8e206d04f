/** The risk register's screens; they draw only on the module's services and records. */
@NullMarked
package org.tandem.risk.ui;

import org.jspecify.annotations.NullMarked;
