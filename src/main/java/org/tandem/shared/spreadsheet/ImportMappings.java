package org.tandem.shared.spreadsheet;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappings extends JpaRepository<ImportMapping, Long> {

    Optional<ImportMapping> findByKindAndUsername(String kind, String username);
}
