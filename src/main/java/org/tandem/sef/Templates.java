package org.tandem.sef;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Templates extends JpaRepository<FrameworkTemplate, Long> {

    Optional<FrameworkTemplate> findByShippedKey(String shippedKey);

    boolean existsByName(String name);

    List<FrameworkTemplate> findAllByOrderByName();
}
