package org.tandem.measure;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsStore extends JpaRepository<MeasureSettings, Long> {

    default MeasureSettings get() {
        return findById(MeasureSettings.ID).orElseThrow();
    }
}
