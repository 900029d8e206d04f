package org.tandem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the configured sites frame the embeddable page, and only that page: its response says who may frame it
 * in a Content-Security-Policy (frame-ancestors), and no X-Frame-Options, which cannot name other sites and which
 * both Vaadin (SAMEORIGIN, on every page it renders) and Spring Security (DENY) would otherwise add. Every other
 * page keeps theirs, so the signed-in screens can never be framed by another site.
 */
final class EmbedFraming extends OncePerRequestFilter {

    private static final String FRAME_OPTIONS = "X-Frame-Options";

    private final RequestMatcher embed;
    private final String policy;

    EmbedFraming(String path, EmbedOrigins origins) {
        this.embed = PathPatternRequestMatcher.withDefaults().matcher(path);
        this.policy = origins.frameAncestors();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!embed.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public boolean containsHeader(String name) {
                // Spring Security's writer adds X-Frame-Options only when absent: say it is there.
                return FRAME_OPTIONS.equalsIgnoreCase(name) || super.containsHeader(name);
            }
        });
    }
}
