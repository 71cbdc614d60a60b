package vn.dangbo.portal.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the signed-in user's {@link Scope} as a parameter. */
@Configuration
class SecurityWebConfig implements WebMvcConfigurer {

    private final ScopeResolver scopeResolver;

    SecurityWebConfig(ScopeResolver scopeResolver) {
        this.scopeResolver = scopeResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(scopeResolver);
    }
}
