package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
        return Optional.ofNullable(valuesIn(organizationId, List.of(year)).get(year));
    }

    /** The years of a term in one statement (the congress report asks for all of them). */
    @Override
    public Map<Integer, BigDecimal> valuesIn(long organizationId, Collection<Integer> years) {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        organizations.findById(organizationId).ifPresent(unit -> admitted.countByYear(unit.getPath(), years)
                .forEach((year, count) -> values.put(year, BigDecimal.valueOf(count))));
        return values;
    }
}
