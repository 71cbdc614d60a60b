package vn.dangbo.portal.gooddeed;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberRepository;
import vn.dangbo.portal.organization.Organization;
import vn.dangbo.portal.organization.OrganizationRepository;
import vn.dangbo.portal.security.Scope;
import vn.dangbo.portal.web.NotFound;

/**
 * Writes the good-deeds book: an entry for a current member of a cell the user may edit (filed under
 * that cell), or for a live unit the user may edit; editing keeps who it is about and checks the version.
 */
@Service
class GoodDeedBook {

    private final GoodDeedRepository deeds;
    private final MemberRepository members;
    private final OrganizationRepository organizations;

    GoodDeedBook(GoodDeedRepository deeds, MemberRepository members, OrganizationRepository organizations) {
        this.deeds = deeds;
        this.members = members;
        this.organizations = organizations;
    }

    @Transactional
    Long create(GoodDeedForm form, Errors errors, Scope scope) {
        GoodDeed deed;
        if (form.getMemberId() != null) {
            Member member = members.findWithOrganization(form.getMemberId()).orElseThrow(NotFound::new);
            scope.checkCanEdit(member.getOrganization().getPath());
            if (!member.getStatus().isCurrent()) {
                errors.reject("gooddeed.notAMember");
                return null;
            }
            deed = new GoodDeed(member.getOrganization().getId(), member.getId());
        } else if (form.getOrganizationId() != null) {
            Organization unit = organizations.findById(form.getOrganizationId()).orElseThrow(NotFound::new);
            scope.checkCanEdit(unit.getPath());
            if (unit.isDissolved()) {
                errors.rejectValue("organizationId", "organization.alreadyDissolved");
                return null;
            }
            deed = new GoodDeed(unit.getId(), null);
        } else {
            errors.rejectValue("organizationId", "NotNull");
            return null;
        }
        deed.describe(form);
        return deeds.saveAndFlush(deed).getId();
    }

    @Transactional
    void update(long id, GoodDeedForm form, Errors errors, Scope scope) {
        GoodDeed deed = deeds.findById(id).orElseThrow(NotFound::new);
        scope.checkCanEdit(organizations.findById(deed.getOrganizationId()).orElseThrow(NotFound::new).getPath());
        if (!Objects.equals(form.getVersion(), deed.getVersion())) {
            errors.reject("concurrentEdit");
            return;
        }
        deed.describe(form);
        deeds.flush();
    }
}
