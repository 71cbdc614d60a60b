package vn.dangbo.portal.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import vn.dangbo.portal.audit.AuditAction;
import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.memberfile.ScanUploads;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Recording a cell's meetings: by those who may edit the cell (its secretary, the committees above it,
 * staff); not in the future nor after the cell was dissolved; a thematic meeting has a topic; the
 * attendance lists exactly the members on the {@link AttendanceSheet} — a member of another cell is
 * refused — each present, absent with a reason, or absent; chair and minute-taker come from the sheet.
 * All or nothing, and a stale form is refused.
 */
@Service
public class MeetingRecords {

    private final MeetingRepository meetings;
    private final OrganizationRepository organizations;
    private final AttendanceSheet sheets;
    private final ScanUploads uploads;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog auditLog;
    private final Clock clock;

    MeetingRecords(MeetingRepository meetings, OrganizationRepository organizations, AttendanceSheet sheets,
                   ScanUploads uploads, JdbcClient jdbc, JdbcTemplate jdbcTemplate, AuditLog auditLog, Clock clock) {
        this.meetings = meetings;
        this.organizations = organizations;
        this.sheets = sheets;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A cell the user may see (meetings belong to cells only). */
    public Organization visibleCell(long cellId, Scope scope) {
        Organization cell = organizations.findById(cellId).filter(unit -> unit.getKind().isCell()).orElseThrow(NotFound::new);
        scope.checkCovers(cell.getPath());
        return cell;
    }

    /** A cell whose meetings the user may record. */
    public Organization editableCell(long cellId, Scope scope) {
        Organization cell = visibleCell(cellId, scope);
        scope.checkCanEdit(cell.getPath());
        return cell;
    }

    /** A meeting of a cell the user may see. */
    public Meeting visible(long meetingId, Scope scope) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFound::new);
        visibleCell(meeting.getOrganizationId(), scope);
        return meeting;
    }

    @Transactional
    public Long create(long cellId, MeetingForm form, Errors errors, Scope scope) {
        Organization cell = editableCell(cellId, scope);
        check(cell, null, form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Meeting meeting = new Meeting(cellId);
        meeting.update(form);
        meetings.saveAndFlush(meeting);
        saveAttendance(meeting.getId(), form);
        return meeting.getId();
    }

    @Transactional
    public void update(long meetingId, MeetingForm form, Errors errors, Scope scope) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFound::new);
        Organization cell = editableCell(meeting.getOrganizationId(), scope);
        if (!Objects.equals(form.getVersion(), meeting.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        check(cell, meetingId, form, errors);
        if (errors.hasErrors()) {
            return;
        }
        meeting.update(form);
        meetings.flush();
        saveAttendance(meetingId, form);
    }

    /** Deletes a meeting recorded by mistake, with its attendance, scan and assessment; returns its cell. */
    @Transactional
    public long delete(long meetingId, Scope scope) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFound::new);
        editableCell(meeting.getOrganizationId(), scope);
        meetings.delete(meeting);
        return meeting.getOrganizationId();
    }

    @Transactional
    public void attachScan(long meetingId, MultipartFile file, Errors errors, Scope scope) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFound::new);
        editableCell(meeting.getOrganizationId(), scope);
        Optional<ScanUploads.Scan> scan = uploads.check(file, errors, "file");
        if (scan.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO meeting_scan (meeting_id, filename, content_type, size, content, uploaded_at, uploaded_by)
                        VALUES (:meeting, :filename, :type, :size, :content, :at, :by)
                        ON CONFLICT (meeting_id) DO UPDATE SET filename = EXCLUDED.filename, content_type = EXCLUDED.content_type,
                            size = EXCLUDED.size, content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at,
                            uploaded_by = EXCLUDED.uploaded_by
                        """)
                .param("meeting", meetingId).param("filename", scan.get().filename()).param("type", scan.get().contentType())
                .param("size", scan.get().content().length).param("content", scan.get().content())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
                .update();
        auditLog.record(AuditAction.UPDATE, "MeetingScan", meetingId, "Bản chụp biên bản đã ký: " + scan.get().filename());
    }

    /** The signed scan of the minutes, for a user who may see the cell; the download is audited. */
    @Transactional
    public ScanUploads.Scan scan(long meetingId, Scope scope) {
        visible(meetingId, scope);
        ScanUploads.Scan scan = jdbc.sql("SELECT filename, content_type, content FROM meeting_scan WHERE meeting_id = :meeting")
                .param("meeting", meetingId)
                .query((rs, n) -> new ScanUploads.Scan(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(NotFound::new);
        auditLog.record(AuditAction.EXPORT, "MeetingScan", meetingId, "Tải bản chụp biên bản: " + scan.filename());
        return scan;
    }

    private void check(Organization cell, Long meetingId, MeetingForm form, Errors errors) {
        if (form.getHeldOn() == null || form.getKind() == null) {
            return;
        }
        if (form.getHeldOn().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("heldOn", "meeting.heldInFuture");
        } else if (cell.getDissolvedOn() != null && !form.getHeldOn().isBefore(cell.getDissolvedOn())) {
            errors.rejectValue("heldOn", "meeting.cellDissolved");
        }
        if (form.getKind().isThematic() && form.getTopic() == null) {
            errors.rejectValue("topic", "meeting.topicRequired");
        }
        List<AttendanceSheet.Attendee> sheet = sheets.of(cell.getId(), form.getHeldOn(), meetingId);
        Set<Long> onSheet = sheet.stream().map(AttendanceSheet.Attendee::memberId).collect(Collectors.toSet());
        if (!onSheet.containsAll(form.getPresence().keySet())) {
            errors.reject("meeting.attendeeNotInCell");
            return;
        }
        for (AttendanceSheet.Attendee attendee : sheet) {
            Presence presence = form.getPresence().get(attendee.memberId());
            if (presence == null) {
                errors.reject("meeting.attendanceIncomplete", new Object[] {attendee.name()}, null);
            } else if (presence == Presence.EXCUSED && form.reasonOf(attendee.memberId()) == null) {
                errors.reject("meeting.reasonRequired", new Object[] {attendee.name()}, null);
            }
        }
        if (form.getChairMemberId() != null && !onSheet.contains(form.getChairMemberId())) {
            errors.rejectValue("chairMemberId", "meeting.notOnSheet");
        }
        if (form.getRecorderMemberId() != null && !onSheet.contains(form.getRecorderMemberId())) {
            errors.rejectValue("recorderMemberId", "meeting.notOnSheet");
        }
    }

    /** Replaces the meeting's attendance and writes one audit event with the lines that changed. */
    private void saveAttendance(long meetingId, MeetingForm form) {
        Map<Long, String> before = jdbc.sql("SELECT member_id, presence FROM meeting_attendance WHERE meeting_id = :meeting")
                .param("meeting", meetingId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = :meeting").param("meeting", meetingId).update();
        jdbcTemplate.batchUpdate("INSERT INTO meeting_attendance (meeting_id, member_id, presence, reason) VALUES (?, ?, ?, ?)",
                form.getPresence().entrySet().stream()
                        .map(line -> new Object[] {meetingId, line.getKey(), line.getValue().name(),
                                line.getValue() == Presence.PRESENT ? null : form.reasonOf(line.getKey())})
                        .toList());
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        form.getPresence().forEach((member, presence) -> {
            if (!presence.name().equals(before.get(member))) {
                Map<String, String> change = new LinkedHashMap<>();
                change.put("before", before.get(member));
                change.put("after", presence.name());
                changes.put("member " + member, change);
            }
        });
        Map<Presence, Long> counts = new EnumMap<>(Presence.class);
        form.getPresence().values().forEach(presence -> counts.merge(presence, 1L, Long::sum));
        auditLog.record(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "MeetingAttendance", meetingId,
                "%d có mặt, %d vắng có lý do, %d vắng".formatted(counts.getOrDefault(Presence.PRESENT, 0L),
                        counts.getOrDefault(Presence.EXCUSED, 0L), counts.getOrDefault(Presence.ABSENT, 0L)), changes);
    }
}
