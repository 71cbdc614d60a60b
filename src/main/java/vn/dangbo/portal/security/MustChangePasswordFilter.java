package vn.dangbo.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user whose password was set by someone else (or the bootstrap admin) must change it before anything else. */
class MustChangePasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && user.isMustChangePassword() && !isAllowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + PasswordController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(String path) {
        return path.equals(PasswordController.PATH) || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }
}
