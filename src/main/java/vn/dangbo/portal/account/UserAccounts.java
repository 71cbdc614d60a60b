package vn.dangbo.portal.account;

import java.util.Objects;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.LoginThrottle;
import vn.dangbo.portal.security.PasswordPolicy;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.UserAccount;
import vn.dangbo.portal.security.UserAccountRepository;
import vn.dangbo.portal.web.NotFound;

/**
 * Administrators create accounts and link them to a member record and/or the organisation a secretary
 * administers. A secretary linked to a member record administers the unit where that member is
 * secretary or deputy secretary in the committee records, so only a secretary without a member record
 * gets an organisation here. A password set here is temporary: its owner must change it at the next sign-in.
 */
@Service
class UserAccounts {

    private final UserAccountRepository accounts;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    UserAccounts(UserAccountRepository accounts, MemberRepository members, OrganizationRepository organizations,
                 PasswordEncoder encoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.members = members;
        this.organizations = organizations;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Transactional
    Long create(UserForm form, Errors errors) {
        if (form.getUsername() == null) {
            errors.rejectValue("username", "NotBlank");
        } else if (accounts.existsByUsername(form.getUsername())) {
            errors.rejectValue("username", "user.usernameTaken");
        }
        checkPassword(form.getUsername(), form.getPassword(), errors);
        checkLinks(form, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        UserAccount account = new UserAccount(form.getUsername(), encoder.encode(form.getPassword()), form.getDisplayName(), form.getRole());
        account.requirePasswordChange();
        apply(form, account);
        return accounts.saveAndFlush(account).getId();
    }

    @Transactional
    void update(long id, UserForm form, Errors errors) {
        UserAccount account = accounts.findById(id).orElseThrow(NotFound::new);
        if (!Objects.equals(form.getVersion(), account.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        if (form.getPassword() != null) {
            checkPassword(account.getUsername(), form.getPassword(), errors);
        }
        checkLinks(form, id, errors);
        if (errors.hasErrors()) {
            return;
        }
        apply(form, account);
        if (form.getPassword() != null) {
            account.changePassword(encoder.encode(form.getPassword()), true);
            throttle.unlock(account.getUsername());
        }
        accounts.flush();
    }

    private void apply(UserForm form, UserAccount account) {
        account.setDisplayName(form.getDisplayName());
        account.setRole(form.getRole());
        account.setMemberId(form.getMemberId());
        account.setOrganizationId(form.getRole() == Role.SECRETARY && form.getMemberId() == null ? form.getOrganizationId() : null);
        account.setEnabled(form.isEnabled());
    }

    private static void checkPassword(String username, String password, Errors errors) {
        PasswordPolicy.violation(username, password)
                .ifPresent(code -> errors.rejectValue("password", code, new Object[] {PasswordPolicy.MIN_LENGTH}, null));
    }

    private void checkLinks(UserForm form, Long id, Errors errors) {
        if (form.getRole() == Role.SECRETARY && form.getMemberId() == null && form.getOrganizationId() == null) {
            errors.rejectValue("organizationId", "user.organizationRequired");
        }
        if (form.getOrganizationId() != null && !organizations.existsById(form.getOrganizationId())) {
            errors.rejectValue("organizationId", "user.organizationRequired");
        }
        if (form.getRole() == Role.MEMBER && form.getMemberId() == null) {
            errors.rejectValue("memberId", "user.memberRequired");
        }
        if (form.getMemberId() != null) {
            if (!members.existsById(form.getMemberId())) {
                errors.rejectValue("memberId", "user.memberRequired");
            } else if (accounts.findByMemberId(form.getMemberId()).filter(other -> !other.getId().equals(id)).isPresent()) {
                errors.rejectValue("memberId", "user.memberTaken");
            }
        }
    }
}
