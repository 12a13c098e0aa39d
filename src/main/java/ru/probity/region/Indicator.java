package ru.probity.region;

import java.util.List;
import java.util.Objects;

/**
 * A figure an area gives for an organization's subtree: contracts checked, open findings, reports
 * overdue. Its name is the message {@code region.indicator.<id>} with {@code arguments}.
 *
 * @param id the stable identifier, English: {@code <area>.<what>}, e.g. {@code reports.overdue}
 * @param area the area's code (the message {@code region.area.<area>} names it)
 * @param of the id of the indicator this one is a share of («проверено из всех»), or {@code null}
 * @param link the application path of the list behind the figure, with {@code {organization}} where
 *     the organization's id goes; {@code null} when there is no such list
 * @param warns a figure above zero needs attention (something is overdue)
 * @param arguments the arguments of the name (e.g. the reporting year)
 */
public record Indicator(String id, String area, String of, String link, boolean warns, List<Object> arguments) {

    /** What goes into a link in place of the organization's id. */
    public static final String ORGANIZATION = "{organization}";

    /** What goes into a period indicator's link in place of the period's first day (ISO). */
    public static final String FROM = "{from}";

    /** What goes into a period indicator's link in place of the period's last day (ISO). */
    public static final String TO = "{to}";

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A count with the list behind it. */
    public static Indicator count(String id, String area, String link) {
        return new Indicator(id, area, null, link, false, List.of());
    }

    /** The message key of the name. */
    public String nameKey() {
        return "region.indicator." + id;
    }

    /** The statistics or list behind a period figure of an organization, or {@code null}. */
    public String linkFor(long organizationId, java.time.LocalDate from, java.time.LocalDate to) {
        return link == null
                ? null
                : linkFor(organizationId).replace(FROM, from.toString()).replace(TO, to.toString());
    }

    /** The message key of a period indicator's name. */
    public String periodNameKey() {
        return "region.period." + id;
    }

    /** The list behind the figure of an organization, or {@code null}. */
    public String linkFor(long organizationId) {
        return link == null ? null : link.replace(ORGANIZATION, Long.toString(organizationId));
    }
}
