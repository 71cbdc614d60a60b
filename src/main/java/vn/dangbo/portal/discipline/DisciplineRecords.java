package vn.dangbo.portal.discipline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangbo.portal.web.SqlArrays;

/**
 * The discipline records other features read: the rating rules (a member disciplined in the year is
 * rated KHTNV unless remedied) and the Party badges (deferred under a warning or heavier). A record belongs
 * to the year of its decision date: 31/12 is the old year, 1/1 the new one.
 */
@Component
public class DisciplineRecords {

    private final DisciplineRecordRepository records;

    DisciplineRecords(DisciplineRecordRepository records) {
        this.records = records;
    }

    /** Records decided in the year, per member (members without one are absent), oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<DisciplineRecord>> inYear(Collection<Long> memberIds, int year) {
        return between(memberIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Records decided from {@code from} to {@code to}, both included, per member. */
    @Transactional(readOnly = true)
    public Map<Long, List<DisciplineRecord>> between(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return records.findByMembersBetween(SqlArrays.bigints(memberIds), from, to).stream()
                .collect(Collectors.groupingBy(DisciplineRecord::getMemberId));
    }

    /** The records with the given ids, by id (for features that link to a decision, e.g. an inspection's violation). */
    @Transactional(readOnly = true)
    public Map<Long, DisciplineRecord> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return records.findAllById(ids).stream().collect(Collectors.toMap(DisciplineRecord::getId, record -> record));
    }

    /** A member's records, newest first. */
    @Transactional(readOnly = true)
    public List<DisciplineRecord> of(long memberId) {
        return records.findByMemberIdOrderByDecisionDateDescIdDesc(memberId);
    }
}
