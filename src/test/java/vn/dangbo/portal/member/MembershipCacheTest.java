package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.StatementCounter;

/** Counts read from the history are served from the cache until the history or the tree changes, and never after. */
@PortalTest
class MembershipCacheTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 30);

    @Autowired Membership membership;
    @Autowired AdmittedMembers admitted;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aCountIsReadAgainOnlyAfterTheHistoryOrTheTreeChanged() {
        long committee = fixtures.committee("Đảng bộ Sở Y tế");
        long cell = fixtures.subCell(committee, "Chi bộ Phòng Nghiệp vụ");
        String path = fixtures.pathOf(committee);
        fixtures.member(cell, "Lê", "Thị", Fixtures.unique("Hoa"));
        long second = fixtures.member(cell, "Lê", "Văn", Fixtures.unique("Nam"), "MALE", LocalDate.of(1990, 1, 1), "OFFICIAL",
                LocalDate.of(2024, 3, 1), null);
        assertThat(membership.count(ON, path)).isEqualTo(2);
        assertThat(admitted.countBetween(path, LocalDate.of(2024, 1, 1), ON)).isEqualTo(1);
        assertThat(admitted.countByYear(path, List.of(2023, 2024))).containsEntry(2023, 0L).containsEntry(2024, 1L);

        StatementCounter.reset();
        assertThat(membership.count(ON, path)).isEqualTo(2);
        assertThat(admitted.countBetween(path, LocalDate.of(2024, 1, 1), ON)).isEqualTo(1);
        assertThat(StatementCounter.count()).as("only the version of the history is read").isEqualTo(2);

        // a death recorded afterwards but dated before the day: the day's count changes at once
        fixtures.event(second, "DEATH", LocalDate.of(2024, 5, 1), cell, "DECEASED");
        assertThat(membership.count(ON, path)).isEqualTo(1);

        // the tree changes: the cell moves to another committee, and with it its members' history
        long other = fixtures.committee("Đảng bộ Sở Tư pháp");
        jdbc.sql("UPDATE organization SET parent_id = :other WHERE id = :cell").param("other", other).param("cell", cell).update();
        assertThat(membership.count(ON, path)).isZero();
        assertThat(admitted.countBetween(path, LocalDate.of(2024, 1, 1), ON)).isZero();
        assertThat(membership.count(ON, fixtures.pathOf(other))).isEqualTo(1);
    }
}
