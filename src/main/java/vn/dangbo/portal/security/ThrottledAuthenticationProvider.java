package vn.dangbo.portal.security;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the password only for user names that are not locked by {@link LoginThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = normalize(authentication.getName());
        if (throttle.isLocked(username)) {
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, authentication.getCredentials()));
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException | DisabledException wrong) {
            if (throttle.recordFailure(username)) {
                throw new LockedException("locked now");
            }
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
