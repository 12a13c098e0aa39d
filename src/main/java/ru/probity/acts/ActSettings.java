package ru.probity.acts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the acts ({@code probity.acts.*}; the jobs' intervals, {@code reminders-interval} and
 * {@code newcomers-interval}, are read by their schedules).
 *
 * @param remindDaysBefore how many days before the due date an employee who has not acknowledged
 *     is reminded by e-mail ({@code probity.acts.remind-days-before})
 */
@ConfigurationProperties("probity.acts")
record ActSettings(@DefaultValue("3") int remindDaysBefore) {}
