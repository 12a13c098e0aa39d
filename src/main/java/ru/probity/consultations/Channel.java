package ru.probity.consultations;

/** How the question came: by phone, e-mail, in person, by letter, by video, in a messenger. */
public enum Channel {
    PHONE,
    EMAIL,
    IN_PERSON,
    LETTER,
    VIDEO,
    MESSENGER
}
