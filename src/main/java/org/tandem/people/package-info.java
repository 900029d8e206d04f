/** Users, their roles and the partner organisations they belong to. */
@NullMarked
package org.tandem.people;

import org.jspecify.annotations.NullMarked;
