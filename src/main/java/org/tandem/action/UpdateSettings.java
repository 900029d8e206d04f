package org.tandem.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param deadlineDaysBeforeEnd an action with no update this many days before its half-term ends is "update
 *                              overdue"
 */
@ConfigurationProperties("tandem.updates")
public record UpdateSettings(@DefaultValue("10") int deadlineDaysBeforeEnd) {
}
