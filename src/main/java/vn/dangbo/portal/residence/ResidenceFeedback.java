package vn.dangbo.portal.residence;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The residence-area cell's feedback on a member for one year (nhận xét của chi bộ nơi cư trú). */
@Entity
@Table(name = "residence_feedback")
class ResidenceFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;

    private int year;

    @Enumerated(EnumType.STRING)
    private FeedbackAssessment assessment;

    private String note;

    private LocalDate receivedOn;

    @Version
    private long version;

    protected ResidenceFeedback() {
    }

    ResidenceFeedback(long memberId, int year) {
        this.memberId = memberId;
        this.year = year;
    }

    long getVersion() { return version; }

    void update(FeedbackForm form) {
        assessment = form.getAssessment();
        note = form.getNote();
        receivedOn = form.getReceivedOn();
    }
}
