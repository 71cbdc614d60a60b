package vn.dangbo.portal.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BlocSettingsRepository extends JpaRepository<BlocSettings, Short> {

    default BlocSettings current() {
        return findById(BlocSettings.SINGLE_ROW).orElseThrow();
    }
}
