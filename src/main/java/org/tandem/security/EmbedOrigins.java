package org.tandem.security;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sites that may show Tandem's embeddable "you said, we did" page in a frame, such as the Local Offer
 * website. Empty (the default) lets no other site frame Tandem at all.
 *
 * @param embedOrigins origins as {@code https://host[:port]}, comma-separated in the setting
 */
@ConfigurationProperties("tandem.public")
public record EmbedOrigins(@DefaultValue List<String> embedOrigins) {

    // A scheme, a host and perhaps a port; nothing that could end the header's directive or add another.
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    public EmbedOrigins {
        embedOrigins = embedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .toList();
        for (String origin : embedOrigins) {
            if (!ORIGIN.matcher(origin).matches() || URI.create(origin).getHost() == null) {
                throw new IllegalArgumentException("tandem.public.embed-origins: \"" + origin + "\" is not an "
                        + "origin such as https://localoffer.example.gov.uk (scheme and host, no path)");
            }
        }
    }

    boolean any() {
        return !embedOrigins.isEmpty();
    }

    /** The Content-Security-Policy that lets Tandem itself and these origins frame a page. */
    String frameAncestors() {
        return "frame-ancestors 'self' " + String.join(" ", embedOrigins);
    }
}
