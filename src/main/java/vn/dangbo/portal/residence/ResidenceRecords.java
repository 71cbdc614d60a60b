package vn.dangbo.portal.residence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Recording a member's residence cell and its yearly feedback: by those who may edit the member; one
 * feedback per member and year, for a year that has begun, received in or after that year and not in
 * the future. A stale form is refused with a message.
 */
@Service
public class ResidenceRecords {

    private final ResidenceContactRepository contacts;
    private final ResidenceFeedbackRepository feedbacks;
    private final MemberRepository members;
    private final Clock clock;

    ResidenceRecords(ResidenceContactRepository contacts, ResidenceFeedbackRepository feedbacks, MemberRepository members,
                     Clock clock) {
        this.contacts = contacts;
        this.feedbacks = feedbacks;
        this.members = members;
        this.clock = clock;
    }

    /** The member, if the user may record their residence-area feedback. */
    @Transactional(readOnly = true)
    public Member editableMember(long memberId, Scope scope) {
        Member member = members.findWithOrganization(memberId).orElseThrow(NotFound::new);
        scope.checkCanEdit(member.getOrganization().getPath());
        return member;
    }

    @Transactional
    public void saveContact(long memberId, ContactForm form, Errors errors, Scope scope) {
        editableMember(memberId, scope);
        ResidenceContact contact = contacts.findById(memberId).orElseGet(() -> new ResidenceContact(memberId));
        Long stored = contact.getCommune() == null ? null : contact.getVersion();
        if (!Objects.equals(form.getVersion(), stored)) {
            errors.reject("concurrentEdit");
            return;
        }
        contact.update(form);
        contacts.saveAndFlush(contact);
    }

    @Transactional
    public void saveFeedback(long memberId, FeedbackForm form, Errors errors, Scope scope) {
        editableMember(memberId, scope);
        LocalDate today = LocalDate.now(clock);
        if (form.getYear() > today.getYear()) {
            errors.rejectValue("year", "residence.yearInFuture");
        } else if (form.getReceivedOn().getYear() < form.getYear() || form.getReceivedOn().isAfter(today)) {
            errors.rejectValue("receivedOn", "residence.receivedOnInvalid", new Object[] {form.getYear()}, null);
        }
        if (errors.hasErrors()) {
            return;
        }
        ResidenceFeedback feedback = feedbacks.findByMemberIdAndYear(memberId, form.getYear()).orElse(null);
        Long stored = feedback == null ? null : feedback.getVersion();
        if (!Objects.equals(form.getVersion(), stored)) {
            errors.reject("concurrentEdit");
            return;
        }
        if (feedback == null) {
            feedback = new ResidenceFeedback(memberId, form.getYear());
        }
        feedback.update(form);
        feedbacks.saveAndFlush(feedback);
    }
}
