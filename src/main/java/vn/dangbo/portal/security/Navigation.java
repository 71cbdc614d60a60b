package vn.dangbo.portal.security;

import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the navigation bar of {@code layout.html} offers the signed-in user, decided once per page from
 * their role ({@code ${@navigation.of(#authentication)}}): a security expression per menu item was parsed
 * and evaluated on every page and cost a noticeable share of each page's time. Only what is shown is decided
 * here; every page still checks access itself.
 */
@Component("navigation")
public class Navigation {

    /** The menu of a signed-in user, or null for a visitor who has not signed in. */
    public Menu of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? new Menu(user.getRole(), user.getMemberId() != null || user.getRole() == Role.MEMBER)
                : null;
    }

    /** A signed-in user's role, and whether they also act as a member (own pledge, own profile). */
    public record Menu(Role role, boolean member) {

        /** The user's role is one of these (role names as in {@link Role}). */
        public boolean any(String... roles) {
            return Arrays.asList(roles).contains(role.name());
        }

        /** A member without an office role: they get their own pages as top-level links. */
        public boolean isMemberOnly() {
            return member && !any("ADMIN", "STAFF", "LEADER", "SECRETARY");
        }
    }
}
