package org.tandem.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Captures Hibernate's view of the tables and columns, so a test can compare it with Flyway's schema. */
@TestConfiguration(proxyBeanMethods = false)
public class MappedSchema {

    private static volatile Map<String, Set<String>> tables = Map.of();

    public static Map<String, Set<String>> tables() {
        return tables;
    }

    @Bean
    HibernatePropertiesCustomizer captureMetadata() {
        return properties -> properties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(new Capture()));
    }

    static final class Capture implements Integrator {
        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                SessionFactoryImplementor sessionFactory) {
            Map<String, Set<String>> found = new TreeMap<>();
            for (Table table : metadata.collectTableMappings()) {
                if (table.isPhysicalTable()) {
                    Set<String> columns = new TreeSet<>();
                    for (Column column : table.getColumns()) {
                        columns.add(column.getName().toLowerCase());
                    }
                    found.put(table.getName().toLowerCase(), columns);
                }
            }
            tables = found;
        }
    }
}
