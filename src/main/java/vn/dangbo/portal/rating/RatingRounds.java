package vn.dangbo.portal.rating;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/** Looks up what a rating URL names — the round of a year, a unit inside the user's scope — or gives 404/403. */
@Component
class RatingRounds {

    private final RatingRoundRepository rounds;
    private final OrganizationRepository organizations;
    private final JdbcClient jdbc;

    RatingRounds(RatingRoundRepository rounds, OrganizationRepository organizations, JdbcClient jdbc) {
        this.rounds = rounds;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    RatingRound of(int year) {
        return rounds.findByYear(year).orElseThrow(NotFound::new);
    }

    Optional<RatingRound> latest() {
        return rounds.findAllByOrderByYearDesc().stream().findFirst();
    }

    Optional<Integer> latestPublishedYear() {
        return jdbc.sql("SELECT max(r.year) FROM rating_round r WHERE EXISTS (SELECT 1 FROM rating_tally t WHERE t.round_id = r.id)")
                .query(Integer.class).optional();
    }

    @Transactional(readOnly = true)
    Organization unitIn(long organizationId, Scope scope) {
        Organization unit = organizations.findById(organizationId).orElseThrow(NotFound::new);
        scope.checkCovers(unit.getPath());
        return unit;
    }

    @Transactional(readOnly = true)
    Organization bloc() {
        return jdbc.sql("SELECT id FROM organization WHERE kind = 'BLOC'").query(Long.class).optional()
                .flatMap(organizations::findById).orElseThrow(NotFound::new);
    }
}
