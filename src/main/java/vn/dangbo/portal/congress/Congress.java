package vn.dangbo.portal.congress;

import java.time.LocalDate;
import java.util.stream.IntStream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Đại hội: a congress of the bloc or of one of its grassroots organisations, numbered in Roman numerals
 * ("lần thứ XX"), opening a term ("nhiệm kỳ 2020–2025"). Preparing → in session → closed; a closed congress
 * is archived and read-only (the database refuses changes to it and to everything attached).
 */
@Entity
@Table(name = "congress")
public class Congress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organizationId;

    private int number;

    private int termStartYear;

    private int termEndYear;

    @Enumerated(EnumType.STRING)
    private CongressKind kind;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private String place;

    private String theme;

    private String motto;

    @Enumerated(EnumType.STRING)
    private CongressState state = CongressState.PREPARING;

    @Version
    private long version;

    protected Congress() {
    }

    Congress(long organizationId) {
        this.organizationId = organizationId;
    }

    void update(CongressForm form) {
        this.number = form.getNumber();
        this.termStartYear = form.getTermStartYear();
        this.termEndYear = form.getTermEndYear();
        this.kind = form.getKind();
        this.opensOn = form.getOpensOn();
        this.closesOn = form.getClosesOn();
        this.place = form.getPlace().strip();
        this.theme = blankToNull(form.getTheme());
        this.motto = blankToNull(form.getMotto());
    }

    void advance() {
        this.state = state.next();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public int getNumber() { return number; }
    public int getTermStartYear() { return termStartYear; }
    public int getTermEndYear() { return termEndYear; }
    public CongressKind getKind() { return kind; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getPlace() { return place; }
    public String getTheme() { return theme; }
    public String getMotto() { return motto; }
    public CongressState getState() { return state; }
    public long getVersion() { return version; }

    /** "XX" for the 20th congress. */
    public String getRoman() {
        return RomanNumerals.of(number);
    }

    /** "2020–2025". */
    public String getTerm() {
        return termStartYear + "–" + termEndYear;
    }

    public boolean isClosed() {
        return state.isClosed();
    }

    /** The years whose results the term reports: 2020 … 2024 for the term 2020–2025. */
    public int[] termYears() {
        return IntStream.range(termStartYear, termEndYear).toArray();
    }
}
