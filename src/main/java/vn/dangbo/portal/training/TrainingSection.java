package vn.dangbo.portal.training;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.member.PoliticalTheoryLevel;
import vn.dangbo.portal.security.Scope;

/**
 * A member's training history on the profile, with where their political-theory level comes from: the
 * completed course that gave it (and its certificate), or entered on the member form.
 */
@Component
class TrainingSection implements MemberProfileSection {

    private final TrainingQueries queries;

    TrainingSection(TrainingQueries queries) {
        this.queries = queries;
    }

    record Data(List<TrainingQueries.HistoryRow> courses, PoliticalTheoryLevel level, TrainingQueries.HistoryRow levelSource) {
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String template() {
        return "training/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        List<TrainingQueries.HistoryRow> courses = queries.history(member.getId());
        PoliticalTheoryLevel level = member.getPoliticalTheory();
        TrainingQueries.HistoryRow source = courses.stream()
                .filter(row -> row.completed() && row.kind().theoryLevel() == level)
                .findFirst().orElse(null);
        return new Data(courses, level, source);
    }
}
