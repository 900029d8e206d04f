package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableTest {

    @Test
    void anUnreachableDatabaseIsReportedInOneMessageNamingTheUrlButNotItsSecrets() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:mariadb://db.example:3306/tandem?password=secret");
        var failure = new BeanCreationException("flyway", new CannotGetJdbcConnectionException("Failed",
                new SQLNonTransientConnectionException("Socket fail", new ConnectException("Connection refused"))));

        var analysis = new DatabaseUnreachable(environment).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("Cannot reach the database at jdbc:mariadb://db.example:3306/tandem: Connection refused");
        assertThat(analysis.getAction()).contains("TANDEM_DB_URL");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(new DatabaseUnreachable(new MockEnvironment()).analyze(new IllegalStateException("x"))).isNull();
    }
}
