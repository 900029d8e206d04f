package org.tandem.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginAttempts extends JpaRepository<LoginAttempt, Long> {

    @Query("""
            select a from LoginAttempt a
            where a.username = :username and a.attemptedAt > :since
            order by a.attemptedAt desc, a.id desc
            """)
    List<LoginAttempt> recent(@Param("username") String username, @Param("since") Instant since, Limit limit);
}
