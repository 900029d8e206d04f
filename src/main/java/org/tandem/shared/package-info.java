/** Building blocks every feature may use: base entity, clock, audit trail, common UI pieces. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.tandem.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
