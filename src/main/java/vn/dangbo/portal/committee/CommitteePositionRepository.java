package vn.dangbo.portal.committee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitteePositionRepository extends JpaRepository<CommitteePosition, Long> {

    /** Secretaries of the unit whose time in office overlaps the period from–to (both inclusive). */
    @Query("""
            select p from CommitteePosition p
             where p.organizationId = :unit and p.office = vn.dangbo.portal.committee.CommitteeOffice.SECRETARY
               and p.id <> :exceptId and (p.endsOn is null or p.endsOn >= :from) and p.startsOn <= :to
             order by p.startsOn
            """)
    List<CommitteePosition> secretariesOverlapping(long unit, LocalDate from, LocalDate to, long exceptId);

    /** Whether the member already has another seat among the offices (one body: executive or inspection) during the period. */
    @Query("""
            select count(p) > 0 from CommitteePosition p
             where p.organizationId = :unit and p.memberId = :member and p.id <> :exceptId
               and p.office in :body
               and (p.endsOn is null or p.endsOn >= :from) and p.startsOn <= :to
            """)
    boolean seatedDuring(long unit, long member, Collection<CommitteeOffice> body, LocalDate from, LocalDate to, long exceptId);

    /** The unit's seats that started before the day and still run on it (a new term ends them the day before). */
    @Query("""
            SELECT p FROM CommitteePosition p
             WHERE p.organizationId = :unit AND p.startsOn < :day AND (p.endsOn IS NULL OR p.endsOn >= :day)
            """)
    List<CommitteePosition> runningInto(long unit, LocalDate day);
}
