package org.tandem.feedback;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for "you said, we did".
 *
 * @param responseDays   items with no response this many days after they were logged are flagged
 * @param sensitiveWords words the personal-data check always flags, such as local school names
 */
@ConfigurationProperties("tandem.feedback")
public record FeedbackSettings(@DefaultValue("28") int responseDays, @DefaultValue List<String> sensitiveWords) {
}
