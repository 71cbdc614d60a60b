package vn.dangbo.portal.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * The rules for changing the tree: which kind of unit goes where, who may create, move and dissolve, and
 * that a unit with members or live sub-units cannot be dissolved. Broken rules are reported as field or
 * global errors (message codes), so the form shows them; a save is all or nothing.
 */
@Service
public class OrganizationChanges {

    private final OrganizationRepository organizations;
    private final OrganizationMembers members;
    private final Clock clock;

    OrganizationChanges(OrganizationRepository organizations, OrganizationMembers members, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public Long create(long parentId, OrganizationForm form, Errors errors, Scope scope) {
        Organization parent = organizations.findById(parentId).orElseThrow(NotFound::new);
        scope.checkCanEdit(parent.getPath());
        if (parent.isDissolved()) {
            errors.reject("organization.parentDissolved");
        }
        if (form.getKind() != null && !parent.getKind().childKinds().contains(form.getKind())) {
            errors.rejectValue("kind", "organization.kindNotAllowed");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Organization unit = new Organization(parent, form.getKind(), form.getName());
        unit.describe(form.getName(), form.getShortName(), form.getAgency(), form.getFoundedOn());
        return saveChecked(unit, errors, "name") ? unit.getId() : null;
    }

    @Transactional
    public void update(long id, OrganizationForm form, Errors errors, Scope scope) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(unit.getPath());
        if (!Objects.equals(form.getVersion(), unit.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        unit.describe(form.getName(), form.getShortName(), form.getAgency(), form.getFoundedOn());
        saveChecked(unit, errors, "name");
    }

    @Transactional
    public void move(long id, Long newParentId, Errors errors, Scope scope) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCanRestructure(unit.getPath());
        if (newParentId == null) {
            errors.rejectValue("parentId", "NotNull");
            return;
        }
        Organization parent = organizations.findById(newParentId).orElseThrow(NotFound::new);
        scope.checkCanEdit(parent.getPath());
        if (parent.getPath().startsWith(unit.getPath())) {
            errors.rejectValue("parentId", "organization.moveIntoItself");
        } else if (parent.isDissolved()) {
            errors.rejectValue("parentId", "organization.parentDissolved");
        } else if (unit.getKind().movedUnder(parent.getKind()).isEmpty()) {
            errors.rejectValue("parentId", "organization.kindNotAllowed");
        }
        if (errors.hasErrors()) {
            return;
        }
        unit.moveUnder(parent, unit.getKind().movedUnder(parent.getKind()).orElseThrow());
        saveChecked(unit, errors, null);
    }

    @Transactional
    public void dissolve(long id, LocalDate on, Errors errors, Scope scope) {
        Organization unit = organizations.findById(id).orElseThrow(NotFound::new);
        scope.checkCanRestructure(unit.getPath());
        long current = members.countCurrent(id);
        if (unit.isDissolved()) {
            errors.reject("organization.alreadyDissolved");
        } else if (current > 0) {
            errors.reject("organization.hasMembers", new Object[] {current}, null);
        } else if (organizations.existsByParentIdAndDissolvedOnIsNull(id)) {
            errors.reject("organization.hasSubUnits");
        } else if (on == null) {
            if (!errors.hasFieldErrors("dissolvedOn")) {
                errors.rejectValue("dissolvedOn", "NotNull");
            }
        } else if (on.isAfter(LocalDate.now(clock)) || (unit.getFoundedOn() != null && on.isBefore(unit.getFoundedOn()))) {
            errors.rejectValue("dissolvedOn", "organization.dissolveDateInvalid");
        }
        if (!errors.hasErrors()) {
            unit.dissolve(on);
            organizations.save(unit);
        }
    }

    /** A duplicate sibling name is reported on the form; the unique index still stops a concurrent twin. */
    private boolean saveChecked(Organization unit, Errors errors, String nameField) {
        Long parentId = unit.getParent() == null ? null : unit.getParent().getId();
        if (parentId != null && organizations.existsSiblingNamed(parentId, unit.getName(), unit.getId() == null ? -1L : unit.getId())) {
            if (nameField == null) {
                errors.reject("organization.duplicateName");
            } else {
                errors.rejectValue(nameField, "organization.duplicateName");
            }
            return false;
        }
        organizations.saveAndFlush(unit);
        return true;
    }
}
