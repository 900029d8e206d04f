package org.tandem.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.tandem.reminder.Reminder;
import org.tandem.reminder.ReminderSource;

/**
 * A third reminder source, declared here as another feature would declare its own (risk reviews due, measure values
 * due): it returns what a test gives it, or fails when asked to.
 */
public class ExtraReminders implements ReminderSource {

    private final List<Reminder> due = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    public void add(Reminder reminder) {
        due.add(reminder);
    }

    public void failing(boolean fail) {
        this.failing = fail;
    }

    public void clear() {
        due.clear();
        failing = false;
    }

    @Override
    public List<Reminder> due(LocalDate today) {
        if (failing) {
            throw new IllegalStateException("This source is broken today");
        }
        return List.copyOf(due);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Source {

        @Bean
        @Order(30)
        ExtraReminders extraReminders() {
            return new ExtraReminders();
        }
    }
}
