package org.tandem.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the application's data source so that {@link SqlStatements} sees every statement. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    @Bean
    static BeanPostProcessor countSqlStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name(name).listener(new SqlStatements())
                            .build();
                }
                return bean;
            }
        };
    }
}
