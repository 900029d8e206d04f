package org.tandem.support;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * What a UI test's page asked the browser to run (Karibu hands each call to its handlers on every round trip),
 * so that a test can say where focus was sent. {@link #start()} before the steps, {@link #stop()} after.
 */
public final class BrowserCalls {

    private final List<PendingJavaScriptInvocation> sent = new CopyOnWriteArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = call -> {
        sent.add(call);
        return Unit.INSTANCE;
    };

    public BrowserCalls start() {
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers =
                new ArrayList<>(KaribuConfig.getPendingJavascriptInvocationHandlers());
        handlers.add(recorder);
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
        return this;
    }

    public void stop() {
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers =
                new ArrayList<>(KaribuConfig.getPendingJavascriptInvocationHandlers());
        handlers.remove(recorder);
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    /**
     * How many times {@code component} was asked to move focus to what {@code argument} names (an entry of the HTML
     * it shows, say) since the last look (which forgets them).
     */
    public long focusCalls(Component component, Object argument) {
        return focusCalls(component, call -> call.getInvocation().getParameters().stream()
                .anyMatch(parameter -> String.valueOf(parameter).equals(String.valueOf(argument))));
    }

    /** How many times focus was sent to {@code component} since the last look (which forgets them). */
    public long focusCalls(Component component) {
        return focusCalls(component, call -> true);
    }

    private long focusCalls(Component component, java.util.function.Predicate<PendingJavaScriptInvocation> which) {
        MockVaadin.clientRoundtrip(false);
        long calls = sent.stream().filter(call -> call.getOwner() == component.getElement().getNode())
                .filter(call -> call.getInvocation().getExpression().contains("focus")).filter(which).count();
        sent.clear();
        return calls;
    }
}
