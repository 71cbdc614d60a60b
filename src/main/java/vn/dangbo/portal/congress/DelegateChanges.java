package vn.dangbo.portal.congress;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.member.MemberNames;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The delegate list and the door: adding a current member of the organisation's subtree (an elected delegate
 * names the grassroots organisation that elected them, in the subtree too), and checking in. Check-in is one
 * conditional UPDATE (summoned → present): of two doors checking in the same delegate at the same moment,
 * the database lets exactly one through and the other is told who was first.
 */
@Service
class DelegateChanges {

    private final CongressRecords records;
    private final Delegates delegates;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    DelegateChanges(CongressRecords records, Delegates delegates, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.records = records;
        this.delegates = delegates;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Long add(long congressId, DelegateForm form, Errors errors, Scope scope) {
        Organization organization = records.open(congressId, scope).organization();
        check(congressId, organization.getPath(), form.getMemberId(), form.getSource(), form.getSourceOrganizationId(), errors, "");
        if (errors.hasErrors()) {
            return null;
        }
        long id = insert(congressId, form.getMemberId(), form.getSource(), form.getSourceOrganizationId(), form.getStanding());
        auditLog.record(AuditAction.CREATE, "CongressDelegate", id, "Congress %d: member %d".formatted(congressId, form.getMemberId()));
        return id;
    }

    /** Checks one delegate row; errors go on fields with the given prefix ("" for the form, "rows[3]." for an import). */
    void check(long congressId, String path, Long memberId, DelegateSource source, Long sourceOrganizationId, Errors errors, String prefix) {
        record Placement(String path, boolean current) {
        }
        Placement member = memberId == null ? null : jdbc.sql("""
                        SELECT o.path, m.status IN ('PROBATIONARY', 'OFFICIAL') FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.id = :id""")
                .param("id", memberId).query((rs, n) -> new Placement(rs.getString(1), rs.getBoolean(2))).optional().orElse(null);
        if (member == null || !member.path().startsWith(path)) {
            errors.rejectValue(prefix + "memberId", "congress.delegate.notInOrganization");
        } else if (!member.current()) {
            errors.rejectValue(prefix + "memberId", "congress.delegate.notCurrent");
        } else if (jdbc.sql("SELECT count(*) FROM congress_delegate WHERE congress_id = :c AND member_id = :m")
                .param("c", congressId).param("m", memberId).query(Long.class).single() > 0) {
            errors.rejectValue(prefix + "memberId", "congress.delegate.duplicate");
        }
        if (source == DelegateSource.ELECTED) {
            String sourcePath = sourceOrganizationId == null ? null : jdbc.sql("SELECT path FROM organization WHERE id = :id")
                    .param("id", sourceOrganizationId).query(String.class).optional().orElse(null);
            if (sourcePath == null || !sourcePath.startsWith(path) || sourcePath.equals(path)) {
                errors.rejectValue(prefix + "sourceOrganizationId", "congress.delegate.sourceRequired");
            }
        }
    }

    long insert(long congressId, long memberId, DelegateSource source, Long sourceOrganizationId, DelegateStanding standing) {
        return jdbc.sql("""
                        INSERT INTO congress_delegate (congress_id, member_id, source, source_organization_id, standing, card_code)
                        VALUES (:c, :m, :source, :org, :standing,
                                'DB-' || lpad(CAST((SELECT count(*) + 1 FROM congress_delegate WHERE congress_id = :c) AS text), 4, '0'))
                        RETURNING id""")
                .param("c", congressId).param("m", memberId).param("source", source.name())
                .param("org", source == DelegateSource.ELECTED ? sourceOrganizationId : null).param("standing", standing.name())
                .query(Long.class).single();
    }

    /** What the door is told. */
    enum CheckInOutcome { CHECKED_IN, ALREADY_PRESENT, DISQUALIFIED }

    record CheckIn(CheckInOutcome outcome, Delegates.Delegate delegate) {
    }

    @Transactional
    public CheckIn checkIn(long congressId, long delegateId, Scope scope, PortalUser user) {
        records.open(congressId, scope);
        int updated = jdbc.sql("""
                        UPDATE congress_delegate SET attendance = 'PRESENT', absence_reason = NULL, checked_in_at = :at, checked_in_by = :by
                         WHERE id = :id AND congress_id = :c AND attendance IN ('SUMMONED', 'ABSENT_WITH_REASON')
                        """)
                .param("id", delegateId).param("c", congressId).param("at", Timestamp.from(clock.instant()))
                .param("by", user.getDisplayName()).update();
        Delegates.Delegate delegate = delegates.find(congressId, delegateId).orElseThrow(NotFound::new);
        if (updated == 1) {
            auditLog.record(AuditAction.UPDATE, "CongressDelegate", delegateId, "Checked in at the door");
            return new CheckIn(CheckInOutcome.CHECKED_IN, delegate);
        }
        return new CheckIn(delegate.attendance() == Attendance.DISQUALIFIED ? CheckInOutcome.DISQUALIFIED : CheckInOutcome.ALREADY_PRESENT,
                delegate);
    }

    /** Absent with a reason (accepted by the credentials committee), or disqualified; only while not present. */
    @Transactional
    public boolean markAbsent(long congressId, long delegateId, Attendance attendance, String reason, Scope scope) {
        records.open(congressId, scope);
        if (attendance != Attendance.ABSENT_WITH_REASON && attendance != Attendance.DISQUALIFIED || reason == null || reason.isBlank()) {
            return false;
        }
        int updated = jdbc.sql("""
                        UPDATE congress_delegate SET attendance = :a, absence_reason = :r
                         WHERE id = :id AND congress_id = :c AND attendance <> 'PRESENT'
                        """)
                .param("a", attendance.name()).param("r", reason.strip()).param("id", delegateId).param("c", congressId).update();
        if (updated == 1) {
            auditLog.record(AuditAction.UPDATE, "CongressDelegate", delegateId, attendance + ": " + reason.strip());
        }
        return updated == 1;
    }

    /** Current members of the organisation's subtree matching a name, not yet delegates: the "pick from members" list. */
    List<Candidate> pickable(long congressId, String path, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id, %s, o.name FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE o.path LIKE :p AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                           AND m.search_name LIKE '%%' || portal.search_text(:q) || '%%'
                           AND NOT EXISTS (SELECT 1 FROM congress_delegate d WHERE d.congress_id = :c AND d.member_id = m.id)
                         ORDER BY m.given_name, m.family_name, m.middle_name, m.id LIMIT 20
                        """.formatted(MemberNames.sql("m")))
                .param("p", path + "%").param("q", query.strip()).param("c", congressId)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    record Candidate(long id, String fullName, String cellName) {
    }
}
