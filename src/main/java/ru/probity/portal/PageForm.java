package ru.probity.portal;

/** The form of an own page: what the officer typed (the body as HTML or plain text). */
public record PageForm(
        String title, String slug, String body, String menuSection, Integer position, Boolean published) {}
