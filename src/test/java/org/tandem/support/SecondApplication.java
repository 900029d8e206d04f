package org.tandem.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * For a test class that boots a second application in the test JVM (on a database of its own, say). On start,
 * Vaadin installs a security context strategy of its own in the static {@link SecurityContextHolder}, while the
 * first application's {@code @PreAuthorize} checks and audit listener keep the one they started with: tests of
 * the first application would then sign in where their services no longer look. So the second application takes
 * the strategy already installed ({@link Strategy}), and this listener makes that one current for the test
 * class and puts back whatever was current before, whichever application started first.
 */
public class SecondApplication implements TestExecutionListener {

    private SecurityContextHolderStrategy outside;

    @Override
    public void beforeTestClass(TestContext testContext) {
        outside = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolderStrategy own = testContext.getApplicationContext()
                .getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(own);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (outside != null) {
            SecurityContextHolder.setContextHolderStrategy(outside);
        }
    }

    /** Replaces Vaadin's strategy (made only when there is none) with the one installed when the app starts. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Strategy {

        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return SecurityContextHolder.getContextHolderStrategy();
        }
    }
}
