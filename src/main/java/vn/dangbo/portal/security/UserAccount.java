package vn.dangbo.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sign-in account. Member and organisation are referenced by id: a secretary administers the subtree
 * of {@code organizationId}; {@code memberId} links anyone to their own member record.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long memberId;

    private Long organizationId;

    private boolean enabled = true;

    private boolean mustChangePassword;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public Role getRole() { return role; }
    public Long getMemberId() { return memberId; }
    public Long getOrganizationId() { return organizationId; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public long getVersion() { return version; }

    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setRole(Role role) { this.role = role; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /** The next sign-in must start with choosing a new password. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** Sets a new password hash; a password set by someone else must be changed at the next sign-in. */
    public void changePassword(String newHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
    }
}
