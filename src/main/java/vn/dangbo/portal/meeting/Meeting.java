package vn.dangbo.portal.meeting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A cell meeting (buổi sinh hoạt chi bộ): when and where, who chaired and who kept the minutes, the
 * agenda, the resolutions and the minutes. Attendance is kept row by row in {@code meeting_attendance}.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organizationId;

    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    /** Chuyên đề: the topic of a thematic meeting. */
    private String topic;

    private String place;

    /** Chủ trì. */
    private Long chairMemberId;

    /** Thư ký cuộc họp: who kept the minutes. */
    private Long recorderMemberId;

    private String agenda;

    /** Nghị quyết. */
    private String resolutions;

    /** Biên bản. */
    private String minutes;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public LocalDate getHeldOn() { return heldOn; }
    public MeetingKind getKind() { return kind; }
    public String getTopic() { return topic; }
    public String getPlace() { return place; }
    public Long getChairMemberId() { return chairMemberId; }
    public Long getRecorderMemberId() { return recorderMemberId; }
    public String getAgenda() { return agenda; }
    public String getResolutions() { return resolutions; }
    public String getMinutes() { return minutes; }
    public long getVersion() { return version; }

    void update(MeetingForm form) {
        heldOn = form.getHeldOn();
        kind = form.getKind();
        topic = kind.isThematic() ? form.getTopic() : null;
        place = form.getPlace();
        chairMemberId = form.getChairMemberId();
        recorderMemberId = form.getRecorderMemberId();
        agenda = form.getAgenda();
        resolutions = form.getResolutions();
        minutes = form.getMinutes();
    }
}
