package vn.dangbo.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user. Besides their role, a user linked to a member record also holds ROLE_MEMBER, so
 * a secretary can fill their own pledge like any member.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long memberId;
    private final Long organizationId;
    private final boolean enabled;
    private boolean mustChangePassword;

    PortalUser(UserAccount account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.passwordHash = account.getPasswordHash();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.memberId = account.getMemberId();
        this.organizationId = account.getOrganizationId();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
    }

    public long getId() { return id; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public Long getMemberId() { return memberId; }
    public Long getOrganizationId() { return organizationId; }
    public boolean isMustChangePassword() { return mustChangePassword; }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (memberId != null && role != Role.MEMBER) {
            authorities.add(new SimpleGrantedAuthority(Role.MEMBER.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
