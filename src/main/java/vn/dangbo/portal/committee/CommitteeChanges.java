package vn.dangbo.portal.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The rules for recording a committee: a unit's committee is decided above it (staff, or a secretary
 * strictly above the unit), so nobody seats themselves in the unit they administer; cells have no
 * standing or inspection committee; a seat starts within its term and is held by a member of the unit's
 * subtree (a current one while the seat runs); one seat per person and body at a time; one secretary at
 * a time, and a new secretary taking office ends the predecessor's time the day before.
 * {@code organization.secretary_member_id} is kept as a copy of today's secretary.
 */
@Service
public class CommitteeChanges {

    /** Stands for an open end in overlap checks. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final CommitteePositionRepository positions;
    private final OrganizationRepository organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    CommitteeChanges(CommitteePositionRepository positions, OrganizationRepository organizations, JdbcClient jdbc, Clock clock) {
        this.positions = positions;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Long add(long unitId, CommitteeForm form, Errors errors, Scope scope) {
        Organization unit = decidedAbove(unitId, scope);
        if (form.getMemberId() == null) {
            errors.rejectValue("memberId", "NotNull");
            return null;
        }
        checkMember(unit, form.getMemberId(), form, errors);
        List<CommitteePosition> predecessors = checkRules(unit, form.getMemberId(), form, -1L, errors);
        if (errors.hasErrors()) {
            return null;
        }
        handOver(predecessors, form.getStartsOn());
        CommitteePosition position = new CommitteePosition(unitId, form.getMemberId());
        position.update(form);
        positions.saveAndFlush(position);
        copySecretary(unitId);
        return position.getId();
    }

    @Transactional
    public void update(long positionId, CommitteeForm form, Errors errors, Scope scope) {
        CommitteePosition position = positions.findById(positionId).orElseThrow(NotFound::new);
        Organization unit = decidedAbove(position.getOrganizationId(), scope);
        if (!Objects.equals(form.getVersion(), position.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        checkMember(unit, position.getMemberId(), form, errors);
        List<CommitteePosition> predecessors = checkRules(unit, position.getMemberId(), form, positionId, errors);
        if (errors.hasErrors()) {
            return;
        }
        handOver(predecessors, form.getStartsOn());
        position.update(form);
        positions.flush();
        copySecretary(unit.getId());
    }

    /**
     * A new term begins (the congress elected a new committee): every seat of the unit that started before
     * {@code newTermStarts} and still runs ends the day before. Then the new seats are {@link #add added}.
     */
    @Transactional
    public int endSeatsBefore(long unitId, LocalDate newTermStarts, Scope scope) {
        decidedAbove(unitId, scope);
        List<CommitteePosition> running = positions.runningInto(unitId, newTermStarts);
        running.forEach(position -> position.endOn(newTermStarts.minusDays(1)));
        positions.flush();
        copySecretary(unitId);
        return running.size();
    }

    /** Removes a seat entered by mistake; returns its unit. */
    @Transactional
    public long delete(long positionId, Scope scope) {
        CommitteePosition position = positions.findById(positionId).orElseThrow(NotFound::new);
        long unitId = decidedAbove(position.getOrganizationId(), scope).getId();
        positions.delete(position);
        positions.flush();
        copySecretary(unitId);
        return unitId;
    }

    /** The unit, if the user may record its committee (the committee above it may). */
    Organization decidedAbove(long unitId, Scope scope) {
        Organization unit = organizations.findById(unitId).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        scope.checkCanRestructure(unit.getPath());
        return unit;
    }

    private void checkMember(Organization unit, long memberId, CommitteeForm form, Errors errors) {
        record Placement(String path, MemberStatus status) {
        }
        Placement placement = jdbc.sql("""
                        SELECT o.path, m.status FROM member m JOIN organization o ON o.id = m.organization_id WHERE m.id = :id
                        """)
                .param("id", memberId)
                .query((rs, n) -> new Placement(rs.getString(1), MemberStatus.valueOf(rs.getString(2))))
                .optional().orElse(null);
        boolean running = form.getEndsOn() == null || !form.getEndsOn().isBefore(LocalDate.now(clock));
        if (placement == null || !placement.path().startsWith(unit.getPath())) {
            errors.rejectValue("memberId", "committee.memberNotInUnit");
        } else if (running && !placement.status().isCurrent()) {
            errors.rejectValue("memberId", "committee.memberNotCurrent");
        }
    }

    /** Checks the seat; returns the secretaries whose time ends because this one takes office. */
    private List<CommitteePosition> checkRules(Organization unit, long memberId, CommitteeForm form, long exceptId, Errors errors) {
        List<CommitteePosition> predecessors = new ArrayList<>();
        if (form.getOffice() == null || form.getStartsOn() == null || form.getTermStartYear() == null) {
            return predecessors;
        }
        LocalDate from = form.getStartsOn();
        LocalDate to = form.getEndsOn() == null ? OPEN_END : form.getEndsOn();
        if (!form.getOffice().allowedIn(unit.getKind())) {
            errors.rejectValue("office", "committee.officeNotInCell");
        }
        if (!Terms.startsWithin(form.getTermStartYear(), from)) {
            errors.rejectValue("startsOn", "committee.outsideTerm", new Object[] {Terms.label(form.getTermStartYear())}, null);
        }
        if (to.isBefore(from)) {
            errors.rejectValue("endsOn", "committee.endsBeforeStart");
        }
        if (unit.getDissolvedOn() != null && !from.isBefore(unit.getDissolvedOn())) {
            errors.rejectValue("startsOn", "committee.unitDissolved");
        }
        if (errors.hasErrors()) {
            return predecessors;
        }
        if (positions.seatedDuring(unit.getId(), memberId, form.getOffice().body(), from, to, exceptId)) {
            errors.rejectValue("memberId", "committee.alreadySeated");
        }
        if (form.getOffice() == CommitteeOffice.SECRETARY) {
            for (CommitteePosition other : positions.secretariesOverlapping(unit.getId(), from, to, exceptId)) {
                LocalDate otherEnd = other.getEndsOn() == null ? OPEN_END : other.getEndsOn();
                if (other.getStartsOn().isBefore(from) && !otherEnd.isAfter(to)) {
                    predecessors.add(other);
                } else {
                    errors.rejectValue("startsOn", "committee.secretaryOverlap");
                }
            }
        }
        return predecessors;
    }

    private void handOver(List<CommitteePosition> predecessors, LocalDate successorStarts) {
        predecessors.forEach(previous -> previous.endOn(successorStarts.minusDays(1)));
        positions.flush();
    }

    private void copySecretary(long unitId) {
        jdbc.sql("""
                        UPDATE organization o SET secretary_member_id = (
                               SELECT p.member_id FROM committee_position p
                                WHERE p.organization_id = o.id AND p.position = 'SECRETARY'
                                  AND p.starts_on <= :today AND (p.ends_on IS NULL OR p.ends_on >= :today))
                         WHERE o.id = :unit
                        """)
                .param("unit", unitId).param("today", LocalDate.now(clock))
                .update();
    }

    /**
     * Each night (and at start-up) the copy of the secretary on every unit with committee records follows
     * the records to the new day, so a secretary who takes office today is the one shown.
     */
    @Scheduled(cron = "0 1 0 * * *", zone = "${portal.time-zone}")
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void copySecretariesForToday() {
        jdbc.sql("""
                        UPDATE organization o SET secretary_member_id = s.member_id
                          FROM (SELECT u.id, (SELECT p.member_id FROM committee_position p
                                               WHERE p.organization_id = u.id AND p.position = 'SECRETARY'
                                                 AND p.starts_on <= :today AND (p.ends_on IS NULL OR p.ends_on >= :today)) AS member_id
                                  FROM organization u
                                 WHERE EXISTS (SELECT 1 FROM committee_position p WHERE p.organization_id = u.id AND p.position = 'SECRETARY')) s
                         WHERE o.id = s.id AND o.secretary_member_id IS DISTINCT FROM s.member_id
                        """)
                .param("today", LocalDate.now(clock))
                .update();
    }
}
