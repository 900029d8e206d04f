/**
 * Running Tandem: the health that a proxy and monitoring ask for (database, mail, Quartz) and the metrics of one
 * node (request times, sessions and open UIs). Who may read them is decided in {@code security}.
 */
@NullMarked
package org.tandem.operations;

import org.jspecify.annotations.NullMarked;
