package org.tandem.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureValues extends JpaRepository<MeasureValue, Long> {

    @Query("select v from MeasureValue v where v.measureId in :ids order by v.measureId, v.periodYear, v.periodIndex")
    List<MeasureValue> forMeasures(Collection<Long> ids);

    @Query("select v from MeasureValue v where v.measureId = :id and v.periodYear = :year and v.periodIndex = :index")
    Optional<MeasureValue> at(long id, int year, int index);

    boolean existsByMeasureId(long measureId);
}
