package vn.dangbo.portal.breakthrough;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressNoteRepository extends JpaRepository<ProgressNote, Long> {

    List<ProgressNote> findByTaskIdOrderByNotedOnAscIdAsc(long taskId);
}
