package vn.dangbo.portal.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting as entered, with the attendance: {@code presence[memberId]} for every member on the sheet and
 * {@code reasons[memberId]} for those absent with a reason.
 */
public class MeetingForm {

    @NotNull
    private LocalDate heldOn;
    @NotNull
    private MeetingKind kind = MeetingKind.REGULAR;
    @Size(max = 300)
    private String topic;
    @Size(max = 200)
    private String place;
    private Long chairMemberId;
    private Long recorderMemberId;
    @Size(max = 4000)
    private String agenda;
    @Size(max = 8000)
    private String resolutions;
    @Size(max = 20000)
    private String minutes;
    private Long version;
    private Map<Long, Presence> presence = new LinkedHashMap<>();
    private Map<Long, String> reasons = new LinkedHashMap<>();

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.heldOn = meeting.getHeldOn();
        form.kind = meeting.getKind();
        form.topic = meeting.getTopic();
        form.place = meeting.getPlace();
        form.chairMemberId = meeting.getChairMemberId();
        form.recorderMemberId = meeting.getRecorderMemberId();
        form.agenda = meeting.getAgenda();
        form.resolutions = meeting.getResolutions();
        form.minutes = meeting.getMinutes();
        form.version = meeting.getVersion();
        return form;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = blankToNull(topic); }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = blankToNull(place); }
    public Long getChairMemberId() { return chairMemberId; }
    public void setChairMemberId(Long chairMemberId) { this.chairMemberId = chairMemberId; }
    public Long getRecorderMemberId() { return recorderMemberId; }
    public void setRecorderMemberId(Long recorderMemberId) { this.recorderMemberId = recorderMemberId; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = blankToNull(agenda); }
    public String getResolutions() { return resolutions; }
    public void setResolutions(String resolutions) { this.resolutions = blankToNull(resolutions); }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = blankToNull(minutes); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Map<Long, Presence> getPresence() { return presence; }
    public void setPresence(Map<Long, Presence> presence) { this.presence = presence; }
    public Map<Long, String> getReasons() { return reasons; }
    public void setReasons(Map<Long, String> reasons) { this.reasons = reasons; }

    /** The reason given for a member's absence, trimmed; null when blank. */
    String reasonOf(long memberId) {
        return blankToNull(reasons.get(memberId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
