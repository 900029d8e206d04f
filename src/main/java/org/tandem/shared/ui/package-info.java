/** UI pieces shared by every feature. */
@NullMarked
package org.tandem.shared.ui;

import org.jspecify.annotations.NullMarked;
