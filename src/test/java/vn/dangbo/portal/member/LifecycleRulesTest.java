package vn.dangbo.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

/** Every transition rule of the member lifecycle, with its boundary. */
class LifecycleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate BORN = LocalDate.of(1995, 4, 10);

    static MemberState probationary(LocalDate decided, LocalDate ceremony) {
        return new MemberState(MemberStatus.PROBATIONARY, BORN, decided, ceremony, null, 0, ceremony, false, null);
    }

    static MemberState official() {
        return new MemberState(MemberStatus.OFFICIAL, BORN, LocalDate.of(2015, 5, 19), LocalDate.of(2015, 5, 25),
                LocalDate.of(2016, 6, 1), 0, LocalDate.of(2016, 6, 1), false, null);
    }

    static MemberState with(MemberState state, MemberStatus status) {
        return new MemberState(status, state.birthDate(), state.admissionDate(), state.ceremonyDate(), state.officialDate(),
                state.interruptionDays(), state.lastEventDate(), state.away(), state.removedOn());
    }

    static MemberEventForm event(MemberEventKind kind, LocalDate date) {
        MemberEventForm form = new MemberEventForm(kind, date, "12-QĐ/ĐUK", "Đảng ủy Khối", null);
        form.setOrganizationId(7L);
        form.setCounterpart("Đảng bộ phường Hưng Bình");
        return form;
    }

    static Errors check(MemberState state, MemberEventForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        LifecycleRules.check(state, form, TODAY, errors);
        return errors;
    }

    static String codes(Errors errors) {
        return String.join(",", errors.getAllErrors().stream().map(ObjectError::getCode).toList());
    }

    @Test
    void madeOfficialOneDayBeforeTwelveMonthsFromTheCeremonyIsRefused() {
        MemberState state = probationary(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 24));
        Errors errors = check(state, event(MemberEventKind.OFFICIAL, LocalDate.of(2026, 11, 23)));
        assertThat(errors.getFieldError("eventDate").getCode()).isEqualTo("lifecycle.officialTooEarly");
        assertThat(errors.getFieldError("eventDate").getArguments()).containsExactly(12, "24/11/2026");
    }

    @Test
    void madeOfficialOnTheDayTwelveMonthsAreOverIsAccepted() {
        MemberState state = probationary(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 24));
        assertThat(check(state, event(MemberEventKind.OFFICIAL, LocalDate.of(2026, 11, 24))).hasErrors()).isFalse();
    }

    @Test
    void probationCountsFromTheDecisionWhenTheCeremonyIsUnknown() {
        MemberState state = probationary(LocalDate.of(2025, 11, 20), null);
        assertThat(check(state, event(MemberEventKind.OFFICIAL, LocalDate.of(2026, 11, 20))).hasErrors()).isFalse();
        assertThat(codes(check(state, event(MemberEventKind.OFFICIAL, LocalDate.of(2026, 11, 19))))).isEqualTo("lifecycle.officialTooEarly");
    }

    @Test
    void expelledMemberCannotBeTransferred() {
        Errors errors = check(with(official(), MemberStatus.EXPELLED), event(MemberEventKind.TRANSFER_INTERNAL, TODAY));
        assertThat(codes(errors)).isEqualTo("lifecycle.notAllowed");
        assertThat(errors.getGlobalError().getArguments()).hasSize(2);
    }

    @Test
    void deceasedMemberCannotBeMadeOfficialExemptedOrTransferredOut() {
        MemberState dead = with(probationary(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 10)), MemberStatus.DECEASED);
        for (MemberEventKind kind : new MemberEventKind[] {MemberEventKind.OFFICIAL, MemberEventKind.EXEMPTION,
                MemberEventKind.TRANSFER_OUT, MemberEventKind.DEATH, MemberEventKind.TRANSFER_IN, MemberEventKind.ADMISSION}) {
            assertThat(codes(check(dead, event(kind, TODAY)))).as(kind.name()).isEqualTo("lifecycle.notAllowed");
        }
    }

    @Test
    void officialMemberIsNotMadeOfficialTwiceAndProbationaryMemberIsNotExempted() {
        assertThat(codes(check(official(), event(MemberEventKind.OFFICIAL, TODAY)))).isEqualTo("lifecycle.notAllowed");
        MemberState probation = probationary(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10));
        assertThat(codes(check(probation, event(MemberEventKind.EXEMPTION, TODAY)))).isEqualTo("lifecycle.notAllowed");
        assertThat(check(official(), event(MemberEventKind.EXEMPTION, TODAY)).hasErrors()).isFalse();
    }

    @Test
    void onlyAnExemptMemberEndsAnExemptionAndOnlyATransferredOutMemberComesBack() {
        assertThat(codes(check(official(), event(MemberEventKind.EXEMPTION_END, TODAY)))).isEqualTo("lifecycle.notAllowed");
        assertThat(check(with(official(), MemberStatus.EXEMPT), event(MemberEventKind.EXEMPTION_END, TODAY)).hasErrors()).isFalse();
        assertThat(codes(check(official(), event(MemberEventKind.TRANSFER_IN, TODAY)))).isEqualTo("lifecycle.notAllowed");
        assertThat(check(with(official(), MemberStatus.TRANSFERRED_OUT), event(MemberEventKind.TRANSFER_IN, TODAY)).hasErrors()).isFalse();
    }

    @Test
    void eventDatedBeforeTheLastEventOrInTheFutureIsRefused() {
        assertThat(codes(check(official(), event(MemberEventKind.DEATH, LocalDate.of(2016, 5, 31))))).isEqualTo("lifecycle.beforeLastEvent");
        assertThat(check(official(), event(MemberEventKind.DEATH, LocalDate.of(2016, 6, 1))).hasErrors()).isFalse();
        assertThat(codes(check(official(), event(MemberEventKind.DEATH, TODAY.plusDays(1))))).isEqualTo("lifecycle.dateInFuture");
    }

    @Test
    void temporaryTransferCannotStartTwiceNorEndWithoutStarting() {
        MemberState away = new MemberState(MemberStatus.OFFICIAL, BORN, LocalDate.of(2015, 5, 19), null, LocalDate.of(2016, 6, 1),
                0, LocalDate.of(2026, 1, 1), true, null);
        assertThat(codes(check(away, event(MemberEventKind.TEMPORARY_TRANSFER, TODAY)))).isEqualTo("lifecycle.alreadyAway");
        assertThat(check(away, event(MemberEventKind.TEMPORARY_TRANSFER_END, TODAY)).hasErrors()).isFalse();
        assertThat(codes(check(official(), event(MemberEventKind.TEMPORARY_TRANSFER_END, TODAY)))).isEqualTo("lifecycle.notAway");
    }

    @Test
    void transferOutNeedsTheOrganisationItGoesToAndRemovalNeedsADecision() {
        MemberEventForm out = event(MemberEventKind.TRANSFER_OUT, TODAY);
        out.setCounterpart(null);
        assertThat(check(official(), out).getFieldError("counterpart").getCode()).isEqualTo("lifecycle.counterpartRequired");
        MemberEventForm removal = event(MemberEventKind.NAME_REMOVAL, TODAY);
        removal.setDecisionNumber(null);
        assertThat(check(official(), removal).getFieldError("decisionNumber").getCode()).isEqualTo("lifecycle.decisionRequired");
    }

    @Test
    void admissionNeedsACeremonyOnOrAfterTheDecisionAndAnAdultCandidate() {
        MemberEventForm form = newAdmission(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1));
        Errors errors = check(MemberState.newcomer(BORN), form);
        assertThat(errors.getFieldError("ceremonyDate").getCode()).isEqualTo("lifecycle.ceremonyBeforeDecision");

        MemberEventForm young = newAdmission(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        assertThat(check(MemberState.newcomer(LocalDate.of(2008, 3, 3)), young).getFieldError("eventDate").getCode())
                .isEqualTo("lifecycle.tooYoung");
        assertThat(check(MemberState.newcomer(LocalDate.of(2008, 3, 2)), young).hasErrors()).isFalse();
    }

    @Test
    void registeredRecordCannotBeOfficialBeforeTwelveMonths() {
        MemberEventForm form = new MemberEventForm(MemberEventKind.REGISTRATION);
        form.setOrganizationId(7L);
        form.setAdmissionDate(LocalDate.of(2020, 2, 3));
        form.setOfficialDate(LocalDate.of(2021, 2, 2));
        assertThat(check(MemberState.newcomer(BORN), form).getFieldError("officialDate").getCode()).isEqualTo("lifecycle.officialTooEarly");
        form.setOfficialDate(LocalDate.of(2021, 2, 3));
        assertThat(check(MemberState.newcomer(BORN), form).hasErrors()).isFalse();
        assertThat(LifecycleRules.after(MemberState.newcomer(BORN), form).status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void readmissionKeepsTheFirstAdmissionDateAndCountsTheInterruption() {
        MemberState removed = new MemberState(MemberStatus.REMOVED, BORN, LocalDate.of(2010, 1, 10), LocalDate.of(2010, 1, 15),
                LocalDate.of(2011, 2, 1), 0, LocalDate.of(2020, 3, 1), false, LocalDate.of(2020, 3, 1));
        MemberEventForm again = event(MemberEventKind.ADMISSION, LocalDate.of(2021, 3, 1));
        again.setCeremonyDate(LocalDate.of(2021, 3, 5));
        assertThat(check(removed, again).hasErrors()).isFalse();

        MemberState after = LifecycleRules.after(removed, again);
        assertThat(after.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(after.admissionDate()).isEqualTo(LocalDate.of(2010, 1, 10));
        assertThat(after.interruptionDays()).isEqualTo(365);
        assertThat(after.officialDate()).isNull();
        // 16 years from 10/01/2010 to 10/01/2026, less the year away
        PartyAge age = new PartyAge(after.admissionDate(), after.interruptionDays());
        assertThat(age.yearsOn(LocalDate.of(2026, 1, 9))).isEqualTo(14);
        assertThat(age.yearsOn(LocalDate.of(2026, 1, 10))).isEqualTo(15);
        assertThat(age.reaches(15)).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void expelledMemberIsNotAdmittedAgain() {
        assertThat(codes(check(with(official(), MemberStatus.EXPELLED), event(MemberEventKind.ADMISSION, TODAY))))
                .isEqualTo("lifecycle.notAllowed");
    }

    static MemberEventForm newAdmission(LocalDate decided, LocalDate ceremony) {
        MemberEventForm form = new MemberEventForm(MemberEventKind.ADMISSION);
        form.setOrganizationId(7L);
        form.setEventDate(decided);
        form.setCeremonyDate(ceremony);
        form.setDecisionNumber("45-QĐ/ĐUK");
        return form;
    }
}
