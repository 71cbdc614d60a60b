package vn.dangbo.portal.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.organization.UnitsSucceeded;
import vn.dangbo.portal.security.UserAccountRepository;

/**
 * When a reorganisation dissolves a unit in favour of a successor, the accounts that administer the old
 * unit (its secretary's) administer the successor from then on. Runs in the reorganisation's transaction;
 * the change of each account is audited like any other.
 */
@Component
class AccountsFollowReorganization {

    private final UserAccountRepository accounts;

    AccountsFollowReorganization(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(UnitsSucceeded succeeded) {
        accounts.findByOrganizationIdIn(succeeded.successorByUnit().keySet())
                .forEach(account -> account.setOrganizationId(succeeded.successorByUnit().get(account.getOrganizationId())));
        accounts.flush();
    }
}
