/** The action plan: workstreams, actions and their half-termly progress updates, and how priorities stand. */
@NullMarked
package org.tandem.action;

import org.jspecify.annotations.NullMarked;
