package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.AdmittedMembers;
import vn.dangbo.portal.member.Membership;
import vn.dangbo.portal.organization.Organization;

/**
 * The congress report leadership asks for (báo cáo tổng hợp đại hội): the organisation in numbers at the
 * congress (grassroots organisations and members on its opening day), the admissions of the term against
 * their target, the rating shares per year of the term (from the rating feature's indicators), the
 * targets with their statuses, the delegates and their credentials, and the election results. A bounded number of statements, whatever the size of the bloc.
 */
@Component
public class CongressReport {

    /** The rating feature's indicators (issue 6): share of members / organisations rated HTTNV or above in a year. */
    public static final String MEMBERS_SHARE = "members-httnv-share";
    public static final String ORGANIZATIONS_SHARE = "organizations-httnv-share";

    private final TargetTracking tracking;
    private final Membership membership;
    private final AdmittedMembers admitted;
    private final JdbcClient jdbc;
    private final Delegates delegates;
    private final Elections elections;

    CongressReport(TargetTracking tracking, Membership membership, AdmittedMembers admitted, JdbcClient jdbc, Delegates delegates,
                   Elections elections) {
        this.tracking = tracking;
        this.delegates = delegates;
        this.elections = elections;
        this.membership = membership;
        this.admitted = admitted;
        this.jdbc = jdbc;
    }

    /** The share of one year, or null while that year's round is not published. */
    public record YearShares(int year, BigDecimal members, BigDecimal organizations) {
    }

    public record Report(Congress congress, Organization organization, long organizations, long members, long admissions,
                         BigDecimal admissionsTarget, BigDecimal admissionsPercent, List<YearShares> shares,
                         TargetTracking.Board board, Delegates.Counter delegates, List<Elections.Election> elections) {

        /** The one line leadership reads first: "10/11 chỉ tiêu đạt …" (rendered from messages). */
        public TargetTracking.Summary summary() {
            return board.summary();
        }

        /** The chart's series as comma-separated numbers (empty where a year has no value), read by congress-report.js. */
        public String chartSeries(String which) {
            return shares.stream().map(share -> {
                BigDecimal value = switch (which) {
                    case "members" -> share.members();
                    case "organizations" -> share.organizations();
                    default -> BigDecimal.valueOf(share.year());
                };
                return value == null ? "" : value.toPlainString();
            }).collect(Collectors.joining(","));
        }

        public boolean hasShares() {
            return shares.stream().anyMatch(share -> share.members() != null || share.organizations() != null);
        }
    }

    public Report of(Congress congress, Organization organization) {
        LocalDate on = congress.getOpensOn();
        String path = organization.getPath();
        long organizations = jdbc.sql("""
                        SELECT count(*) FROM organization o
                         WHERE o.path LIKE :prefix AND o.kind IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
                           AND (o.founded_on IS NULL OR o.founded_on <= :on) AND (o.dissolved_on IS NULL OR o.dissolved_on > :on)
                        """)
                .param("prefix", path + "%").param("on", on).query(Long.class).single();
        long members = membership.count(on, path);
        long admissions = admitted.countBetween(path, LocalDate.of(congress.getTermStartYear(), 1, 1),
                LocalDate.of(congress.getTermEndYear() - 1, 12, 31));
        TargetTracking.Board board = tracking.track(congress);
        BigDecimal admissionsTarget = board.targets().stream()
                .filter(t -> AdmissionsIndicator.CODE.equals(t.target().getIndicatorCode()))
                .map(t -> t.target().getTargetValue()).findFirst().orElse(null);
        BigDecimal percent = admissionsTarget == null || admissionsTarget.signum() == 0 ? null
                : BigDecimal.valueOf(admissions * 100).divide(admissionsTarget, 2, RoundingMode.HALF_UP);
        return new Report(congress, organization, organizations, members, admissions, admissionsTarget, percent,
                shares(congress, board), board, delegates.counter(congress.getId()), elections.of(congress.getId()));
    }

    /** Shares per year of the term up to now: from a computed target's actuals when there is one, else from the indicator. */
    private List<YearShares> shares(Congress congress, TargetTracking.Board board) {
        Map<Integer, BigDecimal> members = yearly(congress, board, MEMBERS_SHARE);
        Map<Integer, BigDecimal> organizations = yearly(congress, board, ORGANIZATIONS_SHARE);
        return board.years().stream().map(year -> new YearShares(year, members.get(year), organizations.get(year))).toList();
    }

    private Map<Integer, BigDecimal> yearly(Congress congress, TargetTracking.Board board, String code) {
        Optional<TargetTracking.Tracked> tracked = board.targets().stream()
                .filter(t -> code.equals(t.target().getIndicatorCode())).findFirst();
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        if (tracked.isPresent()) {
            tracked.get().actuals().forEach((year, actual) -> values.put(year, actual.value()));
            return values;
        }
        TargetIndicator indicator = tracking.indicators().get(code);
        if (indicator != null) {
            values.putAll(indicator.valuesIn(congress.getOrganizationId(),
                    board.years().stream().filter(year -> year <= board.today().getYear()).toList()));
        }
        return values;
    }
}
