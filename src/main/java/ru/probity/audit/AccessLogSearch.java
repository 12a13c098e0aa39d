package ru.probity.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the access log page looks for: the fields of its form, each optional, and the page. */
record AccessLogSearch(
        String username,
        AccessAction action,
        String subjectType,
        Long subjectId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Integer page) {

    static final int MAX_PAGE = 1_000_000;

    /** The page asked for (the first when none), within 0 and {@value #MAX_PAGE}. */
    int safePage() {
        return Math.min(asked(), MAX_PAGE);
    }

    private int asked() {
        return page == null ? 0 : Math.max(0, page);
    }

    /** What was looked for, as the access log records it (long values cut). */
    String described() {
        return "username=" + (username == null ? "" : abbreviated(username.strip())) + " action="
                + (action == null ? "" : action.name()) + " subject="
                + (subjectType == null ? "" : abbreviated(subjectType))
                + (subjectId == null ? "" : "/" + subjectId) + " from=" + (from == null ? "" : from) + " to="
                + (to == null ? "" : to) + " page=" + asked();
    }

    private static String abbreviated(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
