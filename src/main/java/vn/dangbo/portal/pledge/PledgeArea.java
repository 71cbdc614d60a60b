package vn.dangbo.portal.pledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Nội dung nêu gương: one content area of a year's pledge book, e.g. "Phẩm chất đạo đức, lối sống". */
@Entity
@Table(name = "pledge_area")
public class PledgeArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;

    private int position;

    private String title;

    /** What the area asks of a member, shown under the title. */
    private String guidance;

    @Version
    private long version;

    protected PledgeArea() {
    }

    PledgeArea(int year, int position, String title, String guidance) {
        this.year = year;
        this.position = position;
        this.title = title;
        this.guidance = guidance;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getGuidance() { return guidance; }
    public long getVersion() { return version; }

    void describe(String title, String guidance) {
        this.title = title;
        this.guidance = guidance;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
