package vn.dangbo.portal.security;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Scope} of the signed-in user as a method parameter, resolved once per
 * request. A secretary account linked to a member record administers the unit whose committee that member
 * sits on as secretary or deputy secretary today ({@link SecretaryOffices}, one indexed query), so access
 * moves on the day a new secretary takes office; without such a seat today the account sees only its own
 * member record. A secretary account with no member record falls back to the organisation an
 * administrator set on it. Subtrees are read from the materialised path, so a unit moved in the tree
 * moves its secretary's scope with it.
 */
@Component
public class ScopeResolver implements HandlerMethodArgumentResolver {

    private static final String CACHE_ATTRIBUTE = Scope.class.getName();

    private final JdbcClient jdbc;
    private final SecretaryOffices offices;
    private final Clock clock;

    ScopeResolver(JdbcClient jdbc, SecretaryOffices offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Scope.class;
    }

    @Override
    public Scope resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) {
        Scope cached = (Scope) request.getAttribute(CACHE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return cached;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        Scope scope = forUser(user);
        request.setAttribute(CACHE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    public Scope forUser(PortalUser user) {
        return switch (user.getRole()) {
            case ADMIN, STAFF -> Scope.everything(true);
            case LEADER, INSPECTOR -> Scope.everything(false);
            case SECRETARY -> secretaryScope(user);
            case MEMBER -> Scope.self(user.getMemberId());
        };
    }

    private Scope secretaryScope(PortalUser user) {
        if (user.getMemberId() == null) {
            return Scope.subtree(user.getOrganizationId(), jdbc
                    .sql("SELECT path FROM organization WHERE id = :id")
                    .param("id", user.getOrganizationId())
                    .query(String.class).single());
        }
        return offices.heldBy(user.getMemberId(), LocalDate.now(clock))
                .map(unit -> Scope.subtree(unit.organizationId(), unit.path()))
                .orElseGet(() -> Scope.self(user.getMemberId()));
    }
}
