package vn.dangbo.portal.planning;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.committee.CommitteeOffice;
import vn.dangbo.portal.web.NotFound;

/**
 * Keeps the planning lists: a list per committee and term, people added to positions, the approval by
 * decision, and the yearly review — once a list is approved every addition and removal needs a reason
 * and is dated, so the review's changes can be read back.
 */
@Service
class PlanningBook {

    private final PlanningListRepository lists;
    private final PlanningEntryRepository entries;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanningBook(PlanningListRepository lists, PlanningEntryRepository entries, JdbcClient jdbc, Clock clock) {
        this.lists = lists;
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Long create(Long unitId, Integer termStartYear, Errors errors) {
        if (unitId == null || !isCommittee(unitId)) {
            errors.reject("planning.unit.notACommittee");
            return null;
        }
        if (termStartYear == null || termStartYear % 5 != 0) {
            errors.reject("planning.term.invalid");
            return null;
        }
        if (lists.existsByOrganizationIdAndTermStartYear(unitId, termStartYear)) {
            errors.reject("planning.duplicate");
            return null;
        }
        return lists.saveAndFlush(new PlanningList(unitId, termStartYear)).getId();
    }

    @Transactional
    boolean add(long listId, Long memberId, CommitteeOffice office, String reason, String note, Errors errors) {
        PlanningList list = lists.findById(listId).orElseThrow(NotFound::new);
        if (memberId == null || !currentMemberUnder(memberId, list.getOrganizationId())) {
            errors.rejectValue("memberId", "planning.member.notInUnit");
        }
        if (office == null) {
            errors.rejectValue("office", "NotNull");
        }
        if (list.isApproved() && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "planning.reason.required");
        }
        if (errors.hasErrors()) {
            return false;
        }
        if (entries.existsByListIdAndMemberIdAndOfficeAndRemovedOnIsNull(listId, memberId, office)) {
            errors.rejectValue("memberId", "planning.member.alreadyPlanned");
            return false;
        }
        entries.saveAndFlush(new PlanningEntry(listId, memberId, office, LocalDate.now(clock), reason, note));
        return true;
    }

    @Transactional
    boolean remove(long listId, long entryId, String reason) {
        PlanningEntry entry = entries.findById(entryId).filter(e -> e.getListId() == listId).orElseThrow(NotFound::new);
        if (reason == null || reason.isBlank() || entry.getRemovedOn() != null) {
            return false;
        }
        entry.remove(LocalDate.now(clock), reason);
        entries.flush();
        return true;
    }

    @Transactional
    boolean approve(long listId, long version, String number, LocalDate date, Errors errors) {
        PlanningList list = lists.findById(listId).orElseThrow(NotFound::new);
        if (list.getVersion() != version) {
            errors.reject("concurrentEdit");
            return false;
        }
        if (list.isApproved()) {
            errors.reject("planning.alreadyApproved");
            return false;
        }
        if (number == null || number.isBlank() || date == null || date.isAfter(LocalDate.now(clock))) {
            errors.reject("planning.decision.required");
            return false;
        }
        list.approve(number, date);
        lists.flush();
        return true;
    }

    private boolean isCommittee(long unitId) {
        return jdbc.sql("SELECT count(*) > 0 FROM organization WHERE id = :id AND kind IN ('BLOC', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')")
                .param("id", unitId).query(Boolean.class).single();
    }

    private boolean currentMemberUnder(long memberId, long unitId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM member m JOIN organization o ON o.id = m.organization_id
                         WHERE m.id = :member AND m.status IN ('PROBATIONARY', 'OFFICIAL')
                           AND o.path LIKE (SELECT path FROM organization WHERE id = :unit) || '%'
                        """)
                .param("member", memberId).param("unit", unitId).query(Boolean.class).single();
    }
}
