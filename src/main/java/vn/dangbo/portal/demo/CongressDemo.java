package vn.dangbo.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangbo.portal.web.SqlArrays;

/**
 * Demo congresses: the bloc's XX congress (23/07/2020, term 2020–2025, 250 official delegates and 15 alternates
 * of its members then, 245 present) closed with its documents, 5 key tasks, 3 breakthroughs, 11 targets and its
 * two elections counted; the XXI congress (2025–2030) held and closed, its 7 targets followed mid-term; and two
 * grassroots congresses held before it. Targets computed from the portal's data: admissions, and the shares of
 * members / organisations rated HTTNV or above (from the rating feature's indicators); the others are entered
 * with evidence, with values chosen so that the XX term ends with 10 of 11 targets met and 5 exceeded once the
 * rating shares (≈86–93 % of members, ≈90 % of organisations) are there. A dozen statements.
 */
@Order(90)
class CongressDemo implements DemoSeeder {

    private final JdbcClient jdbc;

    CongressDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target as the political report words it, with its yearly entered actuals (null for a computed one). */
    private record TargetRow(String text, String unit, String baseline, String target, String comparator, String measure, String code,
                             String evidence, int[] years, String[] values) {
    }

    @Override
    public void seed(LocalDate today) {
        long bloc = jdbc.sql("SELECT id FROM organization WHERE parent_id IS NULL ORDER BY id LIMIT 1").query(Long.class).single();
        String root = jdbc.sql("SELECT path FROM organization WHERE id = :id").param("id", bloc).query(String.class).single();
        long staff = jdbc.sql("SELECT id FROM user_account WHERE username = 'staff'").query(Long.class).single();
        long admin = jdbc.sql("SELECT id FROM user_account WHERE username = 'admin'").query(Long.class).single();

        long xx = congress(bloc, 20, 2020, DemoBloc.CONGRESS_XX, DemoBloc.CONGRESS_XX.plusDays(2), "Hội trường Tỉnh ủy, Vinh",
                "Tăng cường xây dựng Đảng bộ trong sạch, vững mạnh; đoàn kết, dân chủ, kỷ cương, sáng tạo; xây dựng cơ quan, đơn vị vững mạnh toàn diện",
                "Đoàn kết – Dân chủ – Kỷ cương – Sáng tạo – Phát triển");
        items(xx, "KEY_TASK", List.of(
                "Nâng cao chất lượng sinh hoạt chi bộ, trọng tâm là sinh hoạt chuyên đề",
                "Đổi mới công tác giáo dục chính trị, tư tưởng; học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Nâng cao chất lượng đảng viên và công tác phát triển đảng viên",
                "Tăng cường kiểm tra, giám sát và thi hành kỷ luật đảng",
                "Lãnh đạo thực hiện thắng lợi nhiệm vụ chính trị của các cơ quan, đơn vị"));
        items(xx, "BREAKTHROUGH", List.of(
                "Chuyển đổi số trong công tác đảng, quản lý đảng viên",
                "Nêu cao trách nhiệm nêu gương của người đứng đầu",
                "Cải cách hành chính, nâng cao chỉ số hài lòng của người dân"));
        int[] term = {2020, 2021, 2022, 2023, 2024};
        targets(xx, List.of(
                new TargetRow("Kết nạp ít nhất 900 đảng viên mới trong nhiệm kỳ", "đảng viên", "730", "900", "AT_LEAST", "TERM_TOTAL", "admissions", null, null, null),
                new TargetRow("Hằng năm có từ 85 % đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "84.5", "85", "AT_LEAST", "EVERY_YEAR", "members-httnv-share", null, null, null),
                new TargetRow("Hằng năm có từ 87 % tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", "86", "87", "AT_LEAST", "EVERY_YEAR", "organizations-httnv-share", null, null, null),
                new TargetRow("100 % bí thư chi bộ được bồi dưỡng nghiệp vụ công tác đảng", "%", "72", "100", "AT_LEAST", "FINAL_YEAR", null,
                        "Báo cáo tổng kết công tác tổ chức xây dựng Đảng năm", term, new String[] {"78", "85", "92", "97", "100"}),
                new TargetRow("Trên 90 % văn bản được xử lý trên môi trường mạng", "%", "65", "90", "MORE_THAN", "FINAL_YEAR", null,
                        "Báo cáo của Văn phòng Đảng ủy Khối về ứng dụng công nghệ thông tin", term, new String[] {"70", "81", "88", "93.6", "97.5"}),
                new TargetRow("100 % hồ sơ đảng viên được số hóa", "%", "0", "100", "AT_LEAST", "FINAL_YEAR", null,
                        "Báo cáo của Ban Tổ chức Đảng ủy Khối về số hóa hồ sơ", term, new String[] {"12", "40", "71", "93", "100"}),
                new TargetRow("Hằng năm mở ít nhất 12 lớp bồi dưỡng lý luận chính trị, nghiệp vụ", "lớp", "10", "12", "AT_LEAST", "EVERY_YEAR", null,
                        "Báo cáo công tác tuyên giáo năm", term, new String[] {"15", "16", "15", "17", "18"}),
                new TargetRow("Hằng năm kiểm tra, giám sát ít nhất 20 tổ chức đảng", "tổ chức", "18", "20", "AT_LEAST", "EVERY_YEAR", null,
                        "Báo cáo công tác kiểm tra, giám sát năm", term, new String[] {"20", "21", "20", "22", "20"}),
                new TargetRow("Giới thiệu ít nhất 1.000 quần chúng ưu tú để Đảng xem xét kết nạp", "người", "900", "1000", "AT_LEAST", "TERM_TOTAL", null,
                        "Báo cáo của Ban Tổ chức về phát triển đảng viên", term, new String[] {"240", "252", "247", "256", "255"}),
                new TargetRow("Trên 90 % đảng viên học tập, quán triệt đầy đủ các nghị quyết hằng năm", "%", "88", "90", "MORE_THAN", "EVERY_YEAR", null,
                        "Báo cáo kết quả học tập, quán triệt nghị quyết", term, new String[] {"97.2", "98.1", "98.4", "98.9", "99.1"}),
                new TargetRow("Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ", "tổ chức", "1", "0", "AT_MOST", "FINAL_YEAR", null,
                        "Kết quả đánh giá, xếp loại tổ chức đảng năm", term, new String[] {"1", "0", "1", "0", "1"})));
        delegates(xx, root, DemoBloc.CONGRESS_XX);
        elections(xx, 30, 33, 18, 20, staff, admin);
        documents(xx, DemoBloc.CONGRESS_XX.plusDays(2));

        LocalDate xxiOpens = LocalDate.of(2025, 8, 19);
        long xxi = congress(bloc, 21, 2025, xxiOpens, xxiOpens.plusDays(2), "Trung tâm Hội nghị tỉnh, Vinh",
                "Xây dựng Đảng bộ trong sạch, vững mạnh toàn diện; đổi mới, sáng tạo, chuyển đổi số; phục vụ nhân dân",
                "Đoàn kết – Kỷ cương – Đổi mới – Hành động");
        items(xxi, "KEY_TASK", List.of(
                "Xây dựng tổ chức đảng sau sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
                "Nâng cao chất lượng sinh hoạt chi bộ và đánh giá, xếp loại theo Quy định 366-QĐ/TW",
                "Chuyển đổi số toàn diện công tác đảng",
                "Phát triển đảng viên trong đoàn viên thanh niên ưu tú",
                "Kiểm tra, giám sát việc thực hiện trách nhiệm nêu gương"));
        items(xxi, "BREAKTHROUGH", List.of(
                "Quản lý đảng viên trên nền tảng số",
                "Nêu gương của người đứng đầu trong thực hiện nhiệm vụ đột phá",
                "Đào tạo, bồi dưỡng cán bộ trẻ"));
        int[] sofar = {2025, 2026};
        targets(xxi, List.of(
                new TargetRow("Kết nạp ít nhất 900 đảng viên mới trong nhiệm kỳ", "đảng viên", "950", "900", "AT_LEAST", "TERM_TOTAL", "admissions", null, null, null),
                new TargetRow("Hằng năm có từ 90 % đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", "92", "90", "AT_LEAST", "EVERY_YEAR", "members-httnv-share", null, null, null),
                new TargetRow("Hằng năm có từ 90 % tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "%", "90", "90", "AT_LEAST", "EVERY_YEAR", "organizations-httnv-share", null, null, null),
                new TargetRow("Trên 95 % văn bản được xử lý trên môi trường mạng", "%", "97.5", "95", "MORE_THAN", "EVERY_YEAR", null,
                        "Báo cáo của Văn phòng Đảng ủy Khối về ứng dụng công nghệ thông tin", sofar, new String[] {"96.2", "96.8"}),
                new TargetRow("100 % chi bộ sử dụng sổ tay đảng viên điện tử", "%", "60", "100", "AT_LEAST", "FINAL_YEAR", null,
                        "Báo cáo chuyển đổi số trong công tác đảng", sofar, new String[] {"78", "86"}),
                new TargetRow("Hằng năm bồi dưỡng lý luận chính trị cho ít nhất 500 đảng viên", "đảng viên", "480", "500", "AT_LEAST", "EVERY_YEAR", null,
                        "Báo cáo công tác tuyên giáo năm", sofar, new String[] {"540", "470"}),
                new TargetRow("Giới thiệu ít nhất 1.200 quần chúng ưu tú để Đảng xem xét kết nạp", "người", "1250", "1200", "AT_LEAST", "TERM_TOTAL", null,
                        "Báo cáo của Ban Tổ chức về phát triển đảng viên", sofar, new String[] {"262", "250"})));
        delegates(xxi, root, xxiOpens);
        elections(xxi, 27, 30, 15, 17, staff, admin);
        documents(xxi, xxiOpens.plusDays(2));

        // two grassroots congresses held before the bloc's
        jdbc.sql("""
                        INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, theme, state)
                        SELECT o.id, 8 + (o.id % 5)::int, 2025, 2030, CASE WHEN o.kind = 'GRASSROOTS_CELL' THEN 'ALL_MEMBERS' ELSE 'DELEGATES' END,
                               DATE '2025-05-14' + (o.id % 20)::int, DATE '2025-05-15' + (o.id % 20)::int, 'Hội trường ' || coalesce(o.agency, o.name),
                               'Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng', 'CLOSED'
                          FROM organization o
                         WHERE o.parent_id = :bloc AND o.dissolved_on IS NULL
                         ORDER BY (SELECT count(*) FROM organization s WHERE s.path LIKE o.path || '%') DESC, o.id
                         LIMIT 2
                        """)
                .param("bloc", bloc).update();
        jdbc.sql("UPDATE congress SET state = 'CLOSED' WHERE id IN (:ids)").param("ids", List.of(xx, xxi)).update();
    }

    private long congress(long bloc, int number, int termStart, LocalDate opens, LocalDate closes, String place, String theme, String motto) {
        return jdbc.sql("""
                        INSERT INTO congress (organization_id, number, term_start_year, term_end_year, kind, opens_on, closes_on, place, theme, motto, state)
                        VALUES (:o, :n, :s, :s + 5, 'DELEGATES', :opens, :closes, :place, :theme, :motto, 'IN_SESSION') RETURNING id
                        """)
                .param("o", bloc).param("n", number).param("s", termStart).param("opens", opens).param("closes", closes)
                .param("place", place).param("theme", theme).param("motto", motto)
                .query(Long.class).single();
    }

    private void items(long congress, String kind, List<String> texts) {
        jdbc.sql("""
                        INSERT INTO congress_item (congress_id, kind, position, text)
                        SELECT :c, :k, t.n, t.text FROM unnest(CAST(:texts AS text[])) WITH ORDINALITY AS t(text, n)
                        """)
                .param("c", congress).param("k", kind).param("texts", SqlArrays.texts(texts)).update();
    }

    private void targets(long congress, List<TargetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            TargetRow row = rows.get(i);
            long id = jdbc.sql("""
                            INSERT INTO congress_target (congress_id, position, text, unit, baseline, target_value, comparator, measure, indicator_code)
                            VALUES (:c, :p, :t, :u, :b, :v, :cmp, :m, :code) RETURNING id
                            """)
                    .param("c", congress).param("p", i + 1).param("t", row.text()).param("u", row.unit())
                    .param("b", new BigDecimal(row.baseline())).param("v", new BigDecimal(row.target())).param("cmp", row.comparator())
                    .param("m", row.measure()).param("code", row.code()).query(Long.class).single();
            if (row.years() != null) {
                jdbc.sql("""
                                INSERT INTO congress_target_actual (target_id, year, value, evidence, entered_by, entered_at)
                                SELECT :t, y.year, CAST(v.value AS numeric), :e || ' ' || y.year, 'Văn phòng Đảng ủy Khối',
                                       make_timestamptz(y.year + 1, 1, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh')
                                  FROM unnest(CAST(:years AS integer[])) WITH ORDINALITY AS y(year, n)
                                  JOIN unnest(CAST(:values AS text[])) WITH ORDINALITY AS v(value, n) ON v.n = y.n
                                """)
                        .param("t", id).param("e", row.evidence()).param("years", SqlArrays.texts(Arrays.stream(row.years()).mapToObj(String::valueOf).toList()))
                        .param("values", SqlArrays.texts(List.of(row.values()))).update();
            }
        }
    }

    /** 250 official delegates (25 ex officio, 215 elected by their grassroots organisation, 10 appointed) and 15 alternates. */
    private void delegates(long congress, String root, LocalDate on) {
        jdbc.sql("""
                        WITH state AS (SELECT DISTINCT ON (member_id) member_id, organization_id, status_after
                                         FROM member_event WHERE event_date <= :on ORDER BY member_id, event_date DESC, id DESC),
                             pool AS (SELECT s.member_id, o.path, row_number() OVER (ORDER BY hashtext('delegate' || :c || '-' || s.member_id), s.member_id) AS n
                                        FROM state s JOIN organization o ON o.id = s.organization_id
                                       WHERE s.status_after IN ('PROBATIONARY', 'OFFICIAL') AND o.path LIKE :root AND o.path <> :exact)
                        INSERT INTO congress_delegate (congress_id, member_id, source, source_organization_id, standing, card_code, attendance,
                                                       absence_reason, checked_in_at, checked_in_by)
                        SELECT :c, member_id,
                               CASE WHEN n <= 25 THEN 'EX_OFFICIO' WHEN n <= 240 OR n > 250 THEN 'ELECTED' ELSE 'APPOINTED' END,
                               CASE WHEN n > 25 AND (n <= 240 OR n > 250) THEN CAST(split_part(path, '/', 3) AS bigint) END,
                               CASE WHEN n <= 250 THEN 'OFFICIAL' ELSE 'ALTERNATE' END,
                               'DB-' || lpad(CAST(n AS text), 4, '0'),
                               CASE WHEN n IN (37, 88, 131, 190, 244) THEN 'ABSENT_WITH_REASON' WHEN n <= 250 THEN 'PRESENT' ELSE 'SUMMONED' END,
                               CASE WHEN n IN (37, 88, 131, 190, 244) THEN 'Đi công tác theo quyết định của cơ quan, có đơn xin vắng mặt' END,
                               CASE WHEN n <= 250 AND n NOT IN (37, 88, 131, 190, 244)
                                    THEN (CAST(:on AS date) + time '07:00' + n * interval '7 seconds') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
                               CASE WHEN n <= 250 AND n NOT IN (37, 88, 131, 190, 244) THEN 'Ban Thẩm tra tư cách đại biểu' END
                          FROM pool WHERE n <= 265
                        """)
                .param("c", congress).param("on", on).param("root", root + "%").param("exact", root).update();
    }

    /** The executive committee and the delegates to the provincial congress, each counted in one round, both entries agreeing. */
    private void elections(long congress, int seats, int candidates, int delegateSeats, int delegateCandidates, long staff, long admin) {
        election(congress, "EXECUTIVE_COMMITTEE", seats, candidates, 0, staff, admin);
        election(congress, "HIGHER_DELEGATES", delegateSeats, delegateCandidates, candidates, staff, admin);
    }

    private void election(long congress, String kind, int seats, int candidates, int skip, long staff, long admin) {
        long election = jdbc.sql("INSERT INTO congress_election (congress_id, kind, seats) VALUES (:c, :k, :s) RETURNING id")
                .param("c", congress).param("k", kind).param("s", seats).query(Long.class).single();
        // candidates: official delegates present, taken in card order after those of the other election
        jdbc.sql("""
                        INSERT INTO congress_candidate (election_id, member_id)
                        SELECT :e, d.member_id FROM congress_delegate d
                         WHERE d.congress_id = :c AND d.standing = 'OFFICIAL' AND d.attendance = 'PRESENT'
                         ORDER BY d.card_code OFFSET :skip LIMIT :n
                        """)
                .param("e", election).param("c", congress).param("skip", skip).param("n", candidates).update();
        long round = jdbc.sql("""
                        INSERT INTO congress_round (election_id, number, seats, summoned, absent_with_reason, valid_ballots, invalid_ballots, counted_at)
                        SELECT :e, 1, :s, 250, 5, 243, 2, (c.closes_on + time '10:30') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                          FROM congress c WHERE c.id = :c RETURNING id
                        """)
                .param("e", election).param("s", seats).param("c", congress).query(Long.class).single();
        // distinct counts, 3 apart from 238 down: the first `seats` are elected, all above the 123 needed
        jdbc.sql("""
                        INSERT INTO congress_round_candidate (round_id, candidate_id, votes, elected)
                        SELECT :r, c.id, 238 - 3 * (rank - 1), rank <= :s
                          FROM (SELECT id, row_number() OVER (ORDER BY hashtext('votes' || id), id) AS rank FROM congress_candidate WHERE election_id = :e) c
                        """)
                .param("r", round).param("s", seats).param("e", election).update();
        jdbc.sql("""
                        INSERT INTO congress_tally (round_id, entry, entered_by_user_id, entered_by, entered_at, valid_ballots, invalid_ballots, votes)
                        SELECT :r, e.entry, e.user_id, e.name, r.counted_at - (3 - e.entry) * interval '5 minutes', 243, 2,
                               (SELECT jsonb_object_agg(CAST(rc.candidate_id AS text), rc.votes) FROM congress_round_candidate rc WHERE rc.round_id = :r)
                          FROM congress_round r,
                               (VALUES (1, CAST(:staff AS bigint), 'Ban Kiểm phiếu (người nhập 1)'), (2, CAST(:admin AS bigint), 'Ban Kiểm phiếu (người nhập 2)'))
                                   AS e(entry, user_id, name)
                         WHERE r.id = :r
                        """)
                .param("r", round).param("staff", staff).param("admin", admin).update();
    }

    private void documents(long congress, LocalDate closes) {
        byte[] scan = sampleScan();
        jdbc.sql("""
                        INSERT INTO congress_document (congress_id, kind, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                        SELECT :c, d.kind, d.name, 'application/pdf', octet_length(CAST(:content AS bytea)), :content, 'Văn phòng Đảng ủy Khối',
                               (CAST(:closes AS date) + time '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                          FROM (VALUES ('POLITICAL_REPORT', 'Bao-cao-chinh-tri.pdf'), ('REVIEW_REPORT', 'Bao-cao-kiem-diem.pdf'),
                                       ('RESOLUTION', 'Nghi-quyet-dai-hoi.pdf')) AS d(kind, name)
                        """)
                .param("c", congress).param("content", scan).param("closes", closes).update();
    }

    private static byte[] sampleScan() {
        try (InputStream in = new ClassPathResource("demo/sample-scan.pdf").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
