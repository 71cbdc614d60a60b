package vn.dangbo.portal.demo;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Profile {@code demo}: the demo loader and its seeders. They are registered here, not with
 * {@code @Profile}, because an AOT-processed build fixes {@code @Profile} beans at build time, whereas a bean
 * registrar decides at start-up: the same jar runs with and without the demo (README "Scale").
 */
@Configuration(proxyBeanMethods = false)
@Import(DemoBeans.Registrar.class)
class DemoBeans {

    static class Registrar implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            if (environment.matchesProfiles("demo")) {
                registry.registerBean(DemoBlocLoader.class);
                registry.registerBean(LifecycleDemo.class);
                registry.registerBean(PledgeDemo.class);
                registry.registerBean(BreakthroughDemo.class);
                registry.registerBean(RatingDemo.class);
                registry.registerBean(CellLifeDemo.class);
                registry.registerBean(CongressDemo.class);
                registry.registerBean(InspectionTrainingDemo.class);
            }
        }
    }
}
