package vn.dangbo.portal.account;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.UserAccount;

/** The account form of {@code /admin/users}; {@code password} is the initial or reset password. */
public class UserForm {

    @Pattern(regexp = "[a-z0-9._-]{3,40}")
    private String username;
    @NotBlank @Size(max = 100)
    private String displayName;
    @NotNull
    private Role role;
    private Long memberId;
    private Long organizationId;
    private boolean enabled = true;
    private String password;
    private Long version;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.memberId = account.getMemberId();
        form.organizationId = account.getOrganizationId();
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.strip(); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null || password.isEmpty() ? null : password; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
