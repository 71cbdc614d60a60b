package vn.dangbo.portal.memberfile;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberDocumentRepository extends JpaRepository<MemberDocument, Long> {
}
