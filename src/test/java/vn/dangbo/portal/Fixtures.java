package vn.dangbo.portal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * Small builders for test data, written straight to the database. Every name gets a unique suffix, so
 * tests sharing the database never see each other's units, members or accounts.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "test-password-123";
    private static final String PASSWORD_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final UserDetailsService users;

    Fixtures(JdbcClient jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A suffix that makes names unique within the test run. */
    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    public long bloc() {
        return jdbc.sql("SELECT id FROM organization WHERE kind = 'BLOC'").query(Long.class).optional()
                .orElseGet(() -> unit(null, "BLOC", "Đảng bộ Khối thử nghiệm"));
    }

    /** A đảng bộ cơ sở under the bloc. */
    public long committee(String name) {
        return unit(bloc(), "GRASSROOTS_COMMITTEE", unique(name));
    }

    /** A chi bộ cơ sở under the bloc. */
    public long grassrootsCell(String name) {
        return unit(bloc(), "GRASSROOTS_CELL", unique(name));
    }

    public long subCell(long committee, String name) {
        return unit(committee, "SUB_CELL", unique(name));
    }

    public long unit(Long parent, String kind, String name) {
        return jdbc.sql("INSERT INTO organization (parent_id, kind, name) VALUES (:parent, :kind, :name) RETURNING id")
                .param("parent", parent).param("kind", kind).param("name", name)
                .query(Long.class).single();
    }

    public String pathOf(long organization) {
        return jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", organization).query(String.class).single();
    }

    public long member(long cell, String family, String middle, String given) {
        return member(cell, family, middle, given, "FEMALE", LocalDate.of(1985, 3, 14), "OFFICIAL");
    }

    /**
     * A member admitted on 19/05/2010 (official 19/05/2011 unless probationary), with the lifecycle events that
     * explain their status; a status that is not current is reached on 01/01/2020.
     */
    public long member(long cell, String family, String middle, String given, String gender, LocalDate birth, String status) {
        return member(cell, family, middle, given, gender, birth, status, LocalDate.of(2010, 5, 19),
                "PROBATIONARY".equals(status) ? null : LocalDate.of(2011, 5, 19));
    }

    /** A member with the given admission (decision and ceremony on that day) and official dates, and their events. */
    public long member(long cell, String family, String middle, String given, String gender, LocalDate birth, String status,
                       LocalDate admitted, LocalDate official) {
        long id = jdbc.sql("""
                        INSERT INTO member (family_name, middle_name, given_name, gender, birth_date, status, organization_id,
                                            admission_date, admission_ceremony_date, official_date)
                        VALUES (:family, :middle, :given, :gender, :birth, :status, :cell, :admitted, :admitted, :official) RETURNING id
                        """)
                .param("family", family).param("middle", middle).param("given", given).param("gender", gender)
                .param("birth", birth).param("status", status).param("cell", cell)
                .param("admitted", admitted).param("official", official)
                .query(Long.class).single();
        event(id, "ADMISSION", admitted, cell, "PROBATIONARY");
        if (official != null) {
            event(id, "OFFICIAL", official, cell, "OFFICIAL");
        }
        String ending = switch (status) {
            case "EXEMPT" -> "EXEMPTION";
            case "TRANSFERRED_OUT" -> "TRANSFER_OUT";
            case "DECEASED" -> "DEATH";
            case "REMOVED" -> "NAME_REMOVAL";
            case "EXPELLED" -> "EXPULSION";
            default -> null;
        };
        if (ending != null) {
            event(id, ending, LocalDate.of(2020, 1, 1), cell, status);
        }
        return id;
    }

    /** A lifecycle event written straight to the history (the cached state is not touched). */
    public void event(long member, String kind, LocalDate date, long cell, String statusAfter) {
        jdbc.sql("""
                        INSERT INTO member_event (member_id, kind, event_date, ceremony_date, organization_id, status_after, recorded_by)
                        VALUES (:member, :kind, :date, CASE WHEN :kind = 'ADMISSION' THEN CAST(:date AS date) END, :cell, :status, 'fixtures')
                        """)
                .param("member", member).param("kind", kind).param("date", date).param("cell", cell).param("status", statusAfter)
                .update();
    }

    /**
     * Makes the member the unit's secretary since 2025: a seat on its committee (what a member-linked
     * secretary account takes its scope from) and the unit's secretary field.
     */
    public void secretary(long unit, long member) {
        jdbc.sql("""
                        INSERT INTO committee_position (organization_id, member_id, term_start_year, position, appointment, starts_on)
                        VALUES (:unit, :member, 2025, 'SECRETARY', 'ELECTED', DATE '2025-01-01')
                        """).param("unit", unit).param("member", member).update();
        jdbc.sql("UPDATE organization SET secretary_member_id = :member WHERE id = :unit")
                .param("unit", unit).param("member", member).update();
    }

    /** An account with the password {@link #PASSWORD}, returned as the signed-in principal. */
    public PortalUser user(Role role, Long memberId, Long organizationId) {
        String username = ("u" + SEQUENCE.incrementAndGet() + "-" + role.name()).toLowerCase();
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, display_name, role, member_id, organization_id)
                        VALUES (:username, :hash, :name, :role, :member, :organization)
                        """)
                .param("username", username).param("hash", PASSWORD_HASH).param("name", "Người dùng " + username)
                .param("role", role.name()).param("member", memberId).param("organization", organizationId)
                .update();
        return principal(username);
    }

    public PortalUser principal(String username) {
        return (PortalUser) users.loadUserByUsername(username);
    }
}
