package org.tandem.risk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskCategories extends JpaRepository<RiskCategory, Long> {

    List<RiskCategory> findAllByOrderByDisplayOrderAscIdAsc();

    boolean existsByCode(String code);

    @Query("select coalesce(max(c.displayOrder), 0) from RiskCategory c")
    int lastOrder();
}
