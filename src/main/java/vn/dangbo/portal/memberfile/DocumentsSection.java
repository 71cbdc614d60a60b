package vn.dangbo.portal.memberfile;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.Member;
import vn.dangbo.portal.member.MemberProfileSection;
import vn.dangbo.portal.security.Scope;

/** The digitised file on a member's profile: the documents, what is still missing, and (for editors) upload. */
@Component
class DocumentsSection implements MemberProfileSection {

    private final MemberFiles files;

    DocumentsSection(MemberFiles files) {
        this.files = files;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String template() {
        return "memberfile/profile";
    }

    @Override
    public Object load(Member member, Scope scope) {
        List<MemberFiles.Listed> documents = files.of(member.getId());
        List<DocumentType> missing = DocumentType.required(member.getOfficialDate() != null).stream()
                .filter(type -> documents.stream().noneMatch(document -> document.type() == type)).toList();
        return new Data(member.getId(), documents, member.getStatus().isCurrent() ? missing : List.of(),
                scope.canEdit(member.getOrganization().getPath()));
    }

    record Data(long memberId, List<MemberFiles.Listed> documents, List<DocumentType> missing, boolean canEdit) {
    }
}
