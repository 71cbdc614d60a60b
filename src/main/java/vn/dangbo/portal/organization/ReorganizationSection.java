package vn.dangbo.portal.organization;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangbo.portal.security.Scope;

/**
 * The "history and reorganisation" section of a unit's page: how it was formed (merged or split from which
 * units), when and into what it was dissolved, and for those who may restructure, merge and split.
 */
@Component
class ReorganizationSection implements OrganizationPageSection {

    private final OrganizationRepository organizations;
    private final ReorganizationRepository reorganizations;

    ReorganizationSection(OrganizationRepository organizations, ReorganizationRepository reorganizations) {
        this.organizations = organizations;
        this.reorganizations = reorganizations;
    }

    /** A reorganisation and the units on its other side. */
    record Step(Reorganization reorganization, List<Organization> units) {
    }

    record History(long unitId, Step formed, Step dissolved, boolean canMerge, boolean canSplit) {
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "organization/history";
    }

    @Override
    @Transactional(readOnly = true)
    public Object load(Organization unit, Scope scope) {
        // formed: the units it succeeded (merge, move), or the unit it was split from
        Step formed = unit.getFormedById() == null ? null : reorganizations.findById(unit.getFormedById())
                .map(change -> new Step(change, organizations.findByDissolvedByIdOrderByNameAscIdAsc(change.getId()).stream()
                        .filter(source -> unit.getId().equals(source.getSuccessorId())
                                || (change.getKind() == ReorganizationKind.SPLIT && sameParent(source, unit)))
                        .toList()))
                .orElse(null);
        // dissolved: its successor, or the units it was split into
        Step dissolved = unit.getDissolvedById() == null ? null : reorganizations.findById(unit.getDissolvedById())
                .map(change -> new Step(change, organizations.findByFormedByIdOrderByNameAscIdAsc(change.getId()).stream()
                        .filter(result -> unit.getSuccessorId() == null ? sameParent(result, unit) : result.getId().equals(unit.getSuccessorId()))
                        .toList()))
                .orElse(null);
        boolean canMerge = !unit.isDissolved() && !unit.getKind().childKinds().isEmpty() && scope.canEdit(unit.getPath());
        boolean canSplit = !unit.isDissolved() && unit.getParent() != null && scope.canRestructure(unit.getPath());
        if (formed == null && dissolved == null && !canMerge && !canSplit) {
            return null;
        }
        return new History(unit.getId(), formed, dissolved, canMerge, canSplit);
    }

    private static boolean sameParent(Organization one, Organization other) {
        return one.getParent() != null && other.getParent() != null && one.getParent().getId().equals(other.getParent().getId());
    }
}
