package vn.dangbo.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;

/**
 * Security events that go to the audit log (sign-in success and failure, locks, sign-out, denied
 * access) and where the user is sent afterwards.
 */
@Component
class SecurityAuditing extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler, AccessDeniedHandler {

    private static final int MAX_LOGGED_NAME = 64;

    private final AuditLog auditLog;

    SecurityAuditing(AuditLog auditLog) {
        this.auditLog = auditLog;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        auditLog.recordAs(authentication.getName(), AuditAction.LOGIN_SUCCESS, null, null, null, null);
        if (authentication.getPrincipal() instanceof PortalUser user && user.isMustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, PasswordController.PATH);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String typed = ThrottledAuthenticationProvider.normalize(request.getParameter("username"));
        String actor = typed.length() > MAX_LOGGED_NAME ? typed.substring(0, MAX_LOGGED_NAME) : typed;
        boolean locked = exception instanceof LockedException;
        auditLog.recordAs(actor, locked ? AuditAction.LOGIN_LOCKED : AuditAction.LOGIN_FAILURE, null, null, null, null);
        getRedirectStrategy().sendRedirect(request, response, locked ? "/login?locked" : "/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            auditLog.recordAs(authentication.getName(), AuditAction.LOGOUT, null, null, null, null);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        auditLog.record(AuditAction.ACCESS_DENIED, null, null, request.getMethod() + " " + request.getRequestURI());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
