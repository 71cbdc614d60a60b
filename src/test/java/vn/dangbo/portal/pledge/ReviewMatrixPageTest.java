package vn.dangbo.portal.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangbo.portal.Fixtures;
import vn.dangbo.portal.PortalTest;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;

/**
 * What the month matrix shows its cell's secretary (today is 25/11/2026, October is chosen): every month of a
 * member with its symbol, a link to the month's entry where there is one, the late marker, and on the chosen
 * month only the button that acknowledges it in place; a box to tick per row awaiting review; the exempt apart.
 */
@PortalTest
class ReviewMatrixPageTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PledgeAreas pledgeAreas;

    long cell;
    long member;
    long exempt;
    long septemberEntry;
    long octoberEntry;
    String name;
    String exemptName;
    PortalUser cellSecretary;

    @BeforeEach
    void aMemberWithALateSeptemberAndAnOctoberAwaitingReview() {
        PledgeFixtures pledges = new PledgeFixtures(jdbc, pledgeAreas);
        cell = fixtures.subCell(fixtures.committee("Đảng bộ ma trận"), "Chi bộ ma trận");
        name = Fixtures.unique("Hương");
        member = fixtures.member(cell, "Nguyễn", "Thị", name);
        long pledge = pledges.pledge(member, 2026, PledgeStatus.APPROVED);
        for (int month = 1; month <= 7; month++) {
            pledges.entry(pledge, 2026, month, AssessmentStatus.ACKNOWLEDGED);
        }
        // August never submitted
        septemberEntry = pledges.entry(pledge, 2026, 9, AssessmentStatus.ACKNOWLEDGED, true, Fulfilment.DONE, 0, Fulfilment.DONE,
                LocalDateTime.of(2026, 10, 9, 17, 0));
        octoberEntry = pledges.entry(pledge, 2026, 10, AssessmentStatus.SUBMITTED);
        exemptName = Fixtures.unique("Miễn");
        exempt = fixtures.member(cell, "Phan", "Văn", exemptName, "MALE", LocalDate.of(1958, 6, 1), "EXEMPT");
        long secretary = fixtures.member(cell, "Trần", "Văn", Fixtures.unique("Bí thư"));
        fixtures.secretary(cell, secretary);
        cellSecretary = fixtures.user(Role.SECRETARY, secretary, cell);
    }

    @Test
    void eachMonthShowsItsSymbolAndLinksToItsEntry() throws Exception {
        String row = row(matrix("vi"), member);
        List<String> months = months(row);

        assertThat(row).contains("<a href=\"/pledges/book/" + member + "/2026\">Nguyễn Thị " + name + "</a>");
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).startsWith("<td class=\"mx month-ACKNOWLEDGED\"><a href=\"/pledges/entries/").contains(">✓</a>");
        assertThat(months.get(7)).as("August, never submitted: its symbol, no link").isEqualTo("<td class=\"mx month-MISSING\"><a>✗</a></td>");
        assertThat(months.get(8)).as("September, acknowledged but late")
                .isEqualTo("<td class=\"mx month-ACKNOWLEDGED mx-late\"><a href=\"/pledges/entries/" + septemberEntry + "\">✓</a></td>");
        assertThat(months.get(9)).startsWith("<td class=\"mx month-SUBMITTED selected\"><a href=\"/pledges/entries/" + octoberEntry + "\">●</a>");
        assertThat(months.get(10)).isEqualTo("<td class=\"mx month-OPEN\"><a>○</a></td>");
        assertThat(months.get(11)).isEqualTo("<td class=\"mx month-NOT_YET\"><a>·</a></td>");
    }

    @Test
    void theChosenMonthAwaitingReviewCanBeAcknowledgedInPlaceOrTickedForTheBulkButton() throws Exception {
        String row = row(matrix("vi"), member);
        List<String> months = months(row);

        assertThat(months.get(9)).contains("hx-post=\"/pledges/entries/" + octoberEntry + "/acknowledge\"", "hx-target=\"closest tr\"",
                "hx-swap=\"outerHTML\"", "title=\"Xác nhận\"", "aria-label=\"Xác nhận\"");
        assertThat(row.split("btn-ack", -1)).as("one button, on the chosen month").hasSize(2);
        assertThat(row).contains("name=\"entry\" value=\"" + octoberEntry + "\" aria-label=\"Nguyễn Thị " + name + "\"");
    }

    @Test
    void aMembersNameIsEscapedWhereverTheRowShowsIt() throws Exception {
        long odd = fixtures.member(cell, "Lê", "Văn", "<b>Tú</b> & \"Co\"");

        String row = row(matrix("vi"), odd);

        assertThat(row).contains(">Lê Văn &lt;b&gt;Tú&lt;/b&gt; &amp; &quot;Co&quot;</a>").doesNotContain("<b>");
    }

    @Test
    void theButtonAndTheLegendSpeakEnglish() throws Exception {
        String html = matrix("en");

        assertThat(months(row(html, member)).get(9)).contains("title=\"Acknowledge\"", "aria-label=\"Acknowledge\"");
        assertThat(html).contains("Awaiting review: 1");
    }

    @Test
    void acknowledgingInPlaceAnswersTheRowWithTheMonthAcknowledgedAndNoButton() throws Exception {
        String answer = mvc.perform(post("/pledges/entries/{id}/acknowledge", octoberEntry).header("HX-Request", "true")
                        .with(user(cellSecretary)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).startsWith("<tr id=\"row-" + member + "\">").doesNotContain("btn-ack", "name=\"entry\"")
                .contains("<a href=\"/pledges/book/" + member + "/2026\">Nguyễn Thị " + name + "</a>");
        assertThat(months(answer).get(9))
                .isEqualTo("<td class=\"mx month-ACKNOWLEDGED selected\"><a href=\"/pledges/entries/" + octoberEntry + "\">✓</a></td>");
    }

    @Test
    void exemptMembersAreListedApartWithALinkToTheirBook() throws Exception {
        String html = matrix("vi");
        String section = html.substring(html.indexOf("id=\"exempt\""), html.indexOf("</section>", html.indexOf("id=\"exempt\"")));

        assertThat(html).doesNotContain("id=\"row-" + exempt + "\"");
        assertThat(section).contains("href=\"/pledges/book/" + exempt + "/2026\">Phan Văn " + exemptName + "</a>");
    }

    private String matrix(String language) throws Exception {
        return mvc.perform(get("/pledges/review").param("unit", String.valueOf(cell)).param("year", "2026").param("month", "10")
                        .param("lang", language).with(user(cellSecretary)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String row(String html, long memberId) {
        int start = html.indexOf("<tr id=\"row-" + memberId + "\"");
        assertThat(start).as("the row of member " + memberId).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The twelve month cells of a row, in order. */
    private static List<String> months(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td class=\"mx .*?</td>", Pattern.DOTALL).matcher(row);
        while (cell.find()) {
            cells.add(cell.group());
        }
        return cells;
    }
}
