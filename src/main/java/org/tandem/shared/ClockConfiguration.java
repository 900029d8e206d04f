package org.tandem.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the partnership's time zone; tests replace it to set the date. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(TandemProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
