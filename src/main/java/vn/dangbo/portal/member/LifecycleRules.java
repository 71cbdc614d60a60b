package vn.dangbo.portal.member;

import static vn.dangbo.portal.member.MemberEventKind.ADMISSION;
import static vn.dangbo.portal.member.MemberEventKind.REGISTRATION;
import static vn.dangbo.portal.member.MemberEventKind.TRANSFER_IN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import vn.dangbo.portal.web.VietnameseDateFormatter;

/**
 * The rules of the member lifecycle, as plain functions: which event may follow which status, the dates
 * each event needs, and the state after it. A broken rule becomes an error next to its field (or a
 * global one) with a message that says why.
 */
final class LifecycleRules {

    static final int PROBATION_MONTHS = 12;
    static final int MINIMUM_ADMISSION_AGE = 18;

    private LifecycleRules() {
    }

    static void check(MemberState state, MemberEventForm in, LocalDate today, Errors errors) {
        MemberEventKind kind = in.getKind();
        if (kind == null) {
            return;
        }
        if (!kind.allowedAfter(state.status())) {
            errors.reject("lifecycle.notAllowed", new Object[] {label("lifecycle.kind." + kind),
                    label(state.status() == null ? "lifecycle.status.none" : "member.status." + state.status())}, null);
            return;
        }
        boolean entry = state.status() == null;
        LocalDate date = in.getEventDate();
        if (date == null) {
            errors.rejectValue("eventDate", "NotNull");
        } else if (date.isAfter(today)) {
            errors.rejectValue("eventDate", "lifecycle.dateInFuture");
        } else if (state.lastEventDate() != null && date.isBefore(state.lastEventDate())) {
            errors.rejectValue("eventDate", "lifecycle.beforeLastEvent", new Object[] {format(state.lastEventDate())}, null);
        }
        if (kind.needsDecision() && in.getDecisionNumber() == null) {
            errors.rejectValue("decisionNumber", "lifecycle.decisionRequired");
        }
        if (kind.needsCounterpart() && in.getCounterpart() == null) {
            errors.rejectValue("counterpart", "lifecycle.counterpartRequired");
        }
        if ((kind.needsCell() || entry) && in.getOrganizationId() == null) {
            errors.rejectValue("organizationId", "NotNull");
        }
        switch (kind) {
            case ADMISSION -> checkAdmission(state, in, today, errors);
            case OFFICIAL -> {
                LocalDate earliest = state.probationEnds();
                if (date != null && earliest != null && date.isBefore(earliest)) {
                    errors.rejectValue("eventDate", "lifecycle.officialTooEarly",
                            new Object[] {PROBATION_MONTHS, format(earliest)}, null);
                }
            }
            case TEMPORARY_TRANSFER -> {
                if (state.away()) {
                    errors.reject("lifecycle.alreadyAway");
                }
            }
            case TEMPORARY_TRANSFER_END -> {
                if (!state.away()) {
                    errors.reject("lifecycle.notAway");
                }
            }
            default -> { }
        }
        if (entry && (kind == REGISTRATION || kind == TRANSFER_IN)) {
            checkEntryDates(state, in, today, errors);
        }
    }

    private static void checkAdmission(MemberState state, MemberEventForm in, LocalDate today, Errors errors) {
        LocalDate decided = in.getEventDate();
        LocalDate ceremony = in.getCeremonyDate();
        if (ceremony == null) {
            errors.rejectValue("ceremonyDate", "lifecycle.ceremonyRequired");
        } else if (ceremony.isAfter(today)) {
            errors.rejectValue("ceremonyDate", "lifecycle.dateInFuture");
        } else if (decided != null && ceremony.isBefore(decided)) {
            errors.rejectValue("ceremonyDate", "lifecycle.ceremonyBeforeDecision");
        }
        if (decided != null && tooYoung(state.birthDate(), decided)) {
            errors.rejectValue("eventDate", "lifecycle.tooYoung", new Object[] {MINIMUM_ADMISSION_AGE}, null);
        }
    }

    /** A member entering with their own record: admitted at 18 or older, official no earlier than 12 months after. */
    private static void checkEntryDates(MemberState state, MemberEventForm in, LocalDate today, Errors errors) {
        LocalDate admitted = in.getAdmissionDate();
        if (admitted == null) {
            errors.rejectValue("admissionDate", "lifecycle.admissionDateRequired");
            return;
        }
        if (admitted.isAfter(today)) {
            errors.rejectValue("admissionDate", "lifecycle.dateInFuture");
        } else if (tooYoung(state.birthDate(), admitted)) {
            errors.rejectValue("admissionDate", "lifecycle.tooYoung", new Object[] {MINIMUM_ADMISSION_AGE}, null);
        } else if (in.getEventDate() != null && in.getEventDate().isBefore(admitted)) {
            errors.rejectValue("eventDate", "lifecycle.beforeAdmission");
        }
        LocalDate ceremony = in.getCeremonyDate();
        if (ceremony != null && ceremony.isBefore(admitted)) {
            errors.rejectValue("ceremonyDate", "lifecycle.ceremonyBeforeDecision");
        }
        LocalDate official = in.getOfficialDate();
        if (official != null) {
            LocalDate earliest = (ceremony != null ? ceremony : admitted).plusMonths(PROBATION_MONTHS);
            if (official.isAfter(today)) {
                errors.rejectValue("officialDate", "lifecycle.dateInFuture");
            } else if (official.isBefore(earliest)) {
                errors.rejectValue("officialDate", "lifecycle.officialTooEarly", new Object[] {PROBATION_MONTHS, format(earliest)}, null);
            }
        }
    }

    /** The state after a valid event; {@code cellAfter} is the member's cell from then on. */
    static MemberState after(MemberState state, MemberEventForm in) {
        LocalDate date = in.getEventDate();
        MemberStatus status = state.status();
        LocalDate admitted = state.admissionDate();
        LocalDate ceremony = state.ceremonyDate();
        LocalDate official = state.officialDate();
        int interruption = state.interruptionDays();
        boolean away = state.away();
        switch (in.getKind()) {
            case REGISTRATION, TRANSFER_IN -> {
                if (state.status() == null) {
                    admitted = in.getAdmissionDate();
                    ceremony = in.getCeremonyDate();
                    official = in.getOfficialDate();
                }
                status = official != null ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
            }
            case ADMISSION -> {
                status = MemberStatus.PROBATIONARY;
                if (state.status() == MemberStatus.REMOVED && admitted != null) {
                    // kết nạp lại: the Party age keeps counting from the first admission, less the time away
                    interruption += (int) ChronoUnit.DAYS.between(state.removedOn() != null ? state.removedOn() : date, date);
                } else {
                    admitted = date;
                }
                ceremony = in.getCeremonyDate();
                official = null;
            }
            case OFFICIAL -> {
                status = MemberStatus.OFFICIAL;
                official = date;
            }
            case NAME_REMOVAL -> status = MemberStatus.REMOVED;
            case TEMPORARY_TRANSFER -> away = true;
            case TEMPORARY_TRANSFER_END -> away = false;
            case TRANSFER_INTERNAL -> { }
            case TRANSFER_OUT -> status = MemberStatus.TRANSFERRED_OUT;
            case EXEMPTION -> status = MemberStatus.EXEMPT;
            case EXEMPTION_END -> status = MemberStatus.OFFICIAL;
            case DEATH -> status = MemberStatus.DECEASED;
            case EXPULSION -> status = MemberStatus.EXPELLED;
        }
        if (!status.isCurrent()) {
            away = false;
        }
        return new MemberState(status, state.birthDate(), admitted, ceremony, official, interruption, date, away,
                status == MemberStatus.REMOVED ? date : state.removedOn());
    }

    private static boolean tooYoung(LocalDate birthDate, LocalDate on) {
        return birthDate != null && on.isBefore(birthDate.plusYears(MINIMUM_ADMISSION_AGE));
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    private static String format(LocalDate date) {
        return VietnameseDateFormatter.format(date);
    }
}
