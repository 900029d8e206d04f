package org.tandem.strategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Priorities extends JpaRepository<Priority, Long> {

    @Query("""
            select p from Priority p join fetch p.strategy left join fetch p.outcomes
            where p.strategy.id = :strategyId order by p.number
            """)
    List<Priority> findByStrategy(@Param("strategyId") long strategyId);

    @Query("select p from Priority p join fetch p.strategy left join fetch p.outcomes where p.id in :ids")
    List<Priority> findWithOutcomes(@Param("ids") java.util.Collection<Long> ids);

    boolean existsByStrategyIdAndNumberAndIdNot(long strategyId, int number, long id);

    boolean existsByStrategyIdAndNumber(long strategyId, int number);
}
