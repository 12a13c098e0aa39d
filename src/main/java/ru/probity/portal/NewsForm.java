package ru.probity.portal;

/** The form of a news item: the date as typed ({@code yyyy-MM-dd} from the date input). */
public record NewsForm(String title, String date, String body, Boolean published) {}
