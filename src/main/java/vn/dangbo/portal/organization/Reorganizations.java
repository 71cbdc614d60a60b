package vn.dangbo.portal.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.audit.AuditLog;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Merging, splitting and moving units with an effective date, so that history survives: old units are
 * never changed in place but dissolved on that date with a pointer to their successor; new units (founded
 * on that date) take over, the sub-cells of merged đảng bộ cơ sở are carried over (sub-cells of the same
 * name become one), and members move with a transfer event. Counts "as of" any date before stay as they were.
 * The new units' committees (and so their secretaries' access) are recorded with the committee feature.
 */
@Service
public class Reorganizations {

    private final OrganizationRepository organizations;
    private final ReorganizationRepository reorganizations;
    private final OrganizationMembers members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reorganizations(OrganizationRepository organizations, ReorganizationRepository reorganizations,
                    OrganizationMembers members, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.reorganizations = reorganizations;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Merges two or more units under one parent into a new unit: grassroots organisations into a grassroots
     * organisation (a đảng bộ cơ sở if any of them is one), sub-cells into a sub-cell. Returns the new unit's id.
     */
    @Transactional
    public Long merge(long parentId, ReorganizationForm form, Errors errors, Scope scope) {
        Organization parent = organizations.findById(parentId).orElseThrow(NotFound::new);
        scope.checkCanEdit(parent.getPath());
        List<Organization> sources = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(form.getUnitIds())) {
            Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
            scope.checkCanRestructure(unit.getPath());
            if (unit.getParent() == null || !unit.getParent().getId().equals(parentId) || unit.isDissolved()) {
                errors.rejectValue("unitIds", "reorganization.notASibling");
                return null;
            }
            sources.add(unit);
        }
        if (sources.size() < 2) {
            errors.rejectValue("unitIds", "reorganization.mergeNeedsTwo");
        }
        if (form.getName() == null) {
            errors.rejectValue("name", "NotBlank");
        } else if (nameTaken(parent, form.getName(), sources)) {
            errors.rejectValue("name", "organization.duplicateName");
        }
        checkDate(form, sources, errors);
        if (errors.hasErrors()) {
            return null;
        }
        OrganizationKind kind = parent.getKind() == OrganizationKind.GRASSROOTS_COMMITTEE ? OrganizationKind.SUB_CELL
                : sources.stream().anyMatch(unit -> unit.getKind() == OrganizationKind.GRASSROOTS_COMMITTEE)
                        ? OrganizationKind.GRASSROOTS_COMMITTEE : OrganizationKind.GRASSROOTS_CELL;
        Reorganization change = start(ReorganizationKind.MERGE, form);
        Map<Organization, List<Organization>> subCells = new LinkedHashMap<>();
        sources.forEach(source -> subCells.put(source, organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(source.getId())));
        dissolve(sources, change);
        subCells.values().forEach(cells -> dissolve(cells, change));

        Organization merged = form(parent, kind, form.getName(), form.getShortName(),
                form.getAgency() != null ? form.getAgency() : sources.get(0).getAgency(), change);
        Map<Long, Long> successors = new LinkedHashMap<>();
        Map<String, Organization> carriedOver = new LinkedHashMap<>();
        for (Organization source : sources) {
            source.succeededBy(merged);
            successors.put(source.getId(), merged.getId());
            if (!kind.isCell() && source.getKind() == OrganizationKind.GRASSROOTS_COMMITTEE) {
                for (Organization cell : subCells.get(source)) {
                    Organization successor = carriedOver.computeIfAbsent(key(cell.getName()), name -> form(merged,
                            OrganizationKind.SUB_CELL, cell.getName(), cell.getShortName(), cell.getAgency(), change));
                    moveMembers(cell, successor, change, successors);
                }
            } else if (!kind.isCell()) {
                Organization successor = carriedOver.computeIfAbsent(key(source.getName()), name -> form(merged,
                        OrganizationKind.SUB_CELL, source.getName(), source.getShortName(), source.getAgency(), change));
                members.transferMembers(source.getId(), null, successor.getId(), change);
                successors.put(source.getId(), successor.getId());
            } else {
                members.transferMembers(source.getId(), null, merged.getId(), change);
            }
        }
        finish(successors);
        return merged.getId();
    }

    /**
     * Splits a unit into two or more new units beside it: the sub-cells of a đảng bộ cơ sở, or the members of
     * a cell, each go to the new unit the form assigns them to. Returns the ids of the new units.
     */
    @Transactional
    public List<Long> split(long unitId, ReorganizationForm form, Errors errors, Scope scope) {
        Organization source = organizations.findById(unitId).orElseThrow(NotFound::new);
        scope.checkCanRestructure(source.getPath());
        if (source.isDissolved()) {
            errors.reject("organization.alreadyDissolved");
            return List.of();
        }
        List<String> names = form.splitNames();
        Set<String> distinct = new HashSet<>();
        if (names.size() < 2) {
            errors.rejectValue("names", "reorganization.splitNeedsTwo");
        } else if (!names.stream().allMatch(name -> distinct.add(key(name)))) {
            errors.rejectValue("names", "reorganization.splitNamesRepeat");
        } else if (names.stream().anyMatch(name -> nameTaken(source.getParent(), name, List.of(source)))) {
            errors.rejectValue("names", "organization.duplicateName");
        }
        List<Organization> subCells = source.getKind().isCell() ? List.of()
                : organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(source.getId());
        List<Long> parts = source.getKind().isCell()
                ? members.currentMembersUnder(source.getPath()).stream().map(OrganizationMembers.MemberChoice::id).toList()
                : subCells.stream().map(Organization::getId).toList();
        for (Long part : parts) {
            Integer target = form.getAssignments().get(part);
            if (target == null || target < 1 || target > names.size()) {
                errors.rejectValue("assignments", "reorganization.unassigned");
                break;
            }
        }
        checkDate(form, List.of(source), errors);
        if (errors.hasErrors()) {
            return List.of();
        }
        Reorganization change = start(ReorganizationKind.SPLIT, form);
        dissolve(List.of(source), change);
        dissolve(subCells, change);
        List<Organization> results = new ArrayList<>();
        for (String name : names) {
            results.add(form(source.getParent(), source.getKind(), name, null, source.getAgency(), change));
        }
        Map<Long, Long> successors = new LinkedHashMap<>();
        if (source.getKind().isCell()) {
            for (int i = 0; i < results.size(); i++) {
                int part = i + 1;
                List<Long> assigned = parts.stream().filter(member -> form.getAssignments().get(member) == part).toList();
                members.transferMembers(source.getId(), assigned, results.get(i).getId(), change);
            }
        } else {
            for (Organization cell : subCells) {
                Organization target = results.get(form.getAssignments().get(cell.getId()) - 1);
                Organization successor = form(target, OrganizationKind.SUB_CELL, cell.getName(), cell.getShortName(), cell.getAgency(), change);
                moveMembers(cell, successor, change, successors);
            }
        }
        finish(successors);
        return results.stream().map(Organization::getId).toList();
    }

    /**
     * Moves a cell under another parent from the effective date: a chi bộ cơ sở under a đảng bộ cơ sở becomes
     * one of its sub-cells, a sub-cell under the bloc becomes a chi bộ cơ sở. A new unit takes over there;
     * returns its id.
     */
    @Transactional
    public Long move(long unitId, ReorganizationForm form, Errors errors, Scope scope) {
        Organization unit = organizations.findById(unitId).orElseThrow(NotFound::new);
        scope.checkCanRestructure(unit.getPath());
        if (form.getParentId() == null) {
            errors.rejectValue("parentId", "NotNull");
            return null;
        }
        Organization parent = organizations.findById(form.getParentId()).orElseThrow(NotFound::new);
        scope.checkCanEdit(parent.getPath());
        if (unit.isDissolved()) {
            errors.reject("organization.alreadyDissolved");
        } else if (parent.getPath().startsWith(unit.getPath())) {
            errors.rejectValue("parentId", "organization.moveIntoItself");
        } else if (parent.isDissolved()) {
            errors.rejectValue("parentId", "organization.parentDissolved");
        } else if (unit.getKind().movedUnder(parent.getKind()).isEmpty()) {
            errors.rejectValue("parentId", "organization.kindNotAllowed");
        } else if (parent.getId().equals(unit.getParent().getId())) {
            errors.rejectValue("parentId", "reorganization.sameParent");
        } else if (nameTaken(parent, unit.getName(), List.of())) {
            errors.rejectValue("parentId", "organization.duplicateName");
        }
        checkDate(form, List.of(unit), errors);
        if (errors.hasErrors()) {
            return null;
        }
        Reorganization change = start(ReorganizationKind.MOVE, form);
        dissolve(List.of(unit), change);
        Organization moved = form(parent, unit.getKind().movedUnder(parent.getKind()).orElseThrow(), unit.getName(),
                unit.getShortName(), unit.getAgency(), change);
        Map<Long, Long> successors = new LinkedHashMap<>();
        moveMembers(unit, moved, change, successors);
        finish(successors);
        return moved.getId();
    }

    /** A reorganisation takes effect on a day that has come, not before the units existed nor before their members' last event. */
    private void checkDate(ReorganizationForm form, List<Organization> units, Errors errors) {
        LocalDate date = form.getEffectiveDate();
        if (date == null) {
            return;
        }
        if (date.isAfter(LocalDate.now(clock))) {
            errors.rejectValue("effectiveDate", "reorganization.dateInFuture");
            return;
        }
        List<Long> cells = new ArrayList<>();
        for (Organization unit : units) {
            if (unit.getFoundedOn() != null && !date.isAfter(unit.getFoundedOn())) {
                errors.rejectValue("effectiveDate", "reorganization.beforeFounded");
                return;
            }
            if (unit.getKind().isCell()) {
                cells.add(unit.getId());
            } else {
                organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(unit.getId()).forEach(cell -> cells.add(cell.getId()));
            }
        }
        long later = members.countWithEventsAfter(cells, date);
        if (later > 0) {
            errors.rejectValue("effectiveDate", "reorganization.membersHaveLaterEvents", new Object[] {later}, null);
        }
    }

    private Reorganization start(ReorganizationKind kind, ReorganizationForm form) {
        return reorganizations.saveAndFlush(new Reorganization(kind, form, clock.instant(), AuditLog.currentActor()));
    }

    /** Dissolved first (and flushed), so a new unit may take an old one's name among its siblings. */
    private void dissolve(List<Organization> units, Reorganization change) {
        units.forEach(unit -> unit.dissolveBy(change));
        organizations.flush();
    }

    private Organization form(Organization parent, OrganizationKind kind, String name, String shortName, String agency,
                              Reorganization change) {
        Organization unit = new Organization(parent, kind, name);
        unit.describe(name, shortName, agency, null);
        unit.formBy(change);
        return organizations.saveAndFlush(unit);
    }

    private void moveMembers(Organization from, Organization to, Reorganization change, Map<Long, Long> successors) {
        members.transferMembers(from.getId(), null, to.getId(), change);
        from.succeededBy(to);
        successors.put(from.getId(), to.getId());
    }

    private void finish(Map<Long, Long> successors) {
        organizations.flush();
        if (!successors.isEmpty()) {
            events.publishEvent(new UnitsSucceeded(successors));
        }
    }

    private boolean nameTaken(Organization parent, String name, List<Organization> except) {
        return organizations.findByParentIdAndDissolvedOnIsNullOrderByNameAscIdAsc(parent.getId()).stream()
                .anyMatch(sibling -> key(sibling.getName()).equals(key(name))
                        && except.stream().noneMatch(unit -> Objects.equals(unit.getId(), sibling.getId())));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
