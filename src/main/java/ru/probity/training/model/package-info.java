/**
 * The rules of training events as plain values (no framework code): the kinds of events, the
 * lifecycle of an enrolment and where it came from, seats within a capacity, the attendance of a
 * participant, the words of posts that narrow an audience, the dates attendance and certificates
 * wait for ({@link ru.probity.training.model.SessionDates}); and the status of an examinee in the
 * analysis of a test.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.training.model;
