/** The partnership's strategy: vision, principles and numbered priorities with their outcomes. */
@NullMarked
package org.tandem.strategy;

import org.jspecify.annotations.NullMarked;
