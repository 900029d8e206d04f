package org.tandem.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Sessions and open UIs (browser tabs) on this node, as gauges {@code tandem.vaadin.sessions} and
 * {@code tandem.vaadin.uis}: what a node holds in memory and what its loss would cost its users.
 */
@Component
class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("tandem.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
        Gauge.builder("tandem.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    int sessions() {
        return sessions.get();
    }

    int uis() {
        return uis.get();
    }
}
