package vn.dangbo.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a feature module; no cycles between them, only public classes used across. */
class ModularityTest {

    @Test
    void featureModulesHaveNoCycles() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
