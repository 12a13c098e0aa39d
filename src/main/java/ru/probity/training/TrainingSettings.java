package ru.probity.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of training ({@code probity.training.*}). The intervals of the jobs,
 * {@code probity.training.mail-interval} and {@code probity.training.onboarding-interval} (10
 * minutes each), are read by their {@code @Scheduled} annotations.
 *
 * @param remindHoursBefore how many hours before a session its participants are reminded of it
 */
@ConfigurationProperties("probity.training")
public record TrainingSettings(@DefaultValue("24") int remindHoursBefore) {}
