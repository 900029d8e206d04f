package org.tandem.feedback;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** What both lists are asked: all values in the admins' order, and whether a label or code is taken. */
@NoRepositoryBean
interface ListedValues<T extends ListedValue> extends JpaRepository<T, Long> {

    List<T> findAllByOrderByDisplayOrderAscIdAsc();

    boolean existsByLabelIgnoreCase(String label);

    boolean existsByLabelIgnoreCaseAndIdNot(String label, long id);

    boolean existsByCode(String code);

    @Query("select coalesce(max(v.displayOrder), 0) from #{#entityName} v")
    int lastOrder();
}
