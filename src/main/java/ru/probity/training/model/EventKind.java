package ru.probity.training.model;

/** What kind of training event it is. */
public enum EventKind {
    SEMINAR,
    /** A webinar or a video conference. */
    WEBINAR,
    COURSE
}
