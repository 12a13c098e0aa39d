package ru.probity.portal;

/** A hit of the site search: the page's path and title, and the words around the match. */
public record PublicHit(String path, String title, String snippet) {}
