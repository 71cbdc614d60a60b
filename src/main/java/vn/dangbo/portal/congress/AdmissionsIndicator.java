package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.AdmittedMembers;
import vn.dangbo.portal.organization.OrganizationRepository;

/**
 * Kết nạp đảng viên: admissions decided in the year in the organisation's subtree, from the members'
 * history ({@link AdmittedMembers}); summed over the term.
 */
@Component
class AdmissionsIndicator implements TargetIndicator {

    static final String CODE = "admissions";

    private final AdmittedMembers admitted;
    private final OrganizationRepository organizations;

    AdmissionsIndicator(AdmittedMembers admitted, OrganizationRepository organizations) {
        this.admitted = admitted;
        this.organizations = organizations;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String labelKey() {
        return "congress.indicator.admissions";
    }

    @Override
    public boolean cumulative() {
        return true;
    }

    @Override
    public Optional<BigDecimal> valueIn(long organizationId, int year) {
        String path = organizations.findById(organizationId).map(unit -> unit.getPath()).orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(admitted.countBetween(path, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
    }
}
