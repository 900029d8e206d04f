package org.tandem.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one Tandem installation.
 *
 * @param partnershipName shown in the header of every page
 * @param baseUrl         where people reach Tandem, used in links that leave the application (e-mail)
 * @param timeZone        the partnership's time zone; all dates are read in it
 */
@ConfigurationProperties("tandem")
public record TandemProperties(
        @DefaultValue("Riverside SEND and AP Partnership") String partnershipName,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Europe/London") ZoneId timeZone) {
}
