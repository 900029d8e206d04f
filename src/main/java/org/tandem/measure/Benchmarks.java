package org.tandem.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Benchmarks extends JpaRepository<Benchmark, Long> {

    @Query("select b from Benchmark b where b.measureId in :ids order by b.measureId, b.year")
    List<Benchmark> forMeasures(Collection<Long> ids);

    Optional<Benchmark> findByMeasureIdAndYear(long measureId, int year);
}
