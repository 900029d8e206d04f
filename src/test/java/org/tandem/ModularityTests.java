package org.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featureModulesAreAcyclicAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(TandemApplication.class).verify();
    }
}
