package vn.dangbo.portal.gooddeed;

/** The filters of {@code /good-deeds}, all optional: year, unit (with its subtree), recognition, individual or collective, text. */
public class GoodDeedFilter {

    private Integer year;
    private Long organization;
    private Recognition recognition;
    /** "INDIVIDUAL", "COLLECTIVE" or empty for both. */
    private String subject;
    private String q;
    private int page;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getOrganization() { return organization; }
    public void setOrganization(Long organization) { this.organization = organization; }
    public Recognition getRecognition() { return recognition; }
    public void setRecognition(Recognition recognition) { this.recognition = recognition; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = "INDIVIDUAL".equals(subject) || "COLLECTIVE".equals(subject) ? subject : null; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q == null || q.isBlank() ? null : q.strip(); }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
