package vn.dangbo.portal.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    PortalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        return accounts.findByUsername(ThrottledAuthenticationProvider.normalize(username))
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
