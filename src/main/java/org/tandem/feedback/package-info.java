/** "You said, we did": what families said, the partnership's response, and the reviewed public wording. */
@NullMarked
package org.tandem.feedback;

import org.jspecify.annotations.NullMarked;
