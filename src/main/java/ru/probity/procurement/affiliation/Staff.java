package ru.probity.procurement.affiliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customers' people: employees with their procurement roles and their relatives. {@link
 * #forCustomer} gives the view of one customer (its employees and their relatives), which is what a
 * contract is checked against; a view builds its look-up tables once, on first use, and is then
 * safe to share between threads.
 *
 * <p>Staff with periods ({@link #of(Collection, Collection)}: the people registry) is dated: 44-ФЗ
 * ст.31 ч.1 п.9 judges who held the customer's posts at the date of the purchase, so {@link
 * #forCustomer(String, LocalDate)} gives the employees whose period at the customer covers that
 * date, with the post and role of that period — also those dismissed or transferred since — and
 * their relatives. The dates where a customer's periods begin or end cut time into spans with the
 * same people; one view per span is built and shared by every contract dated in it, so a batch of
 * thousands of contracts builds few views. Staff without periods (a people file) is not dated.
 */
public final class Staff {

    private final List<StaffPerson> people;
    private final boolean whole;
    private final Map<String, Staff> views = new ConcurrentHashMap<>();
    private volatile Map<String, List<StaffPerson>> byCustomer;
    private volatile StaffIndex index;
    /** Dated staff: the periods by customer INN, with the span boundaries; null when not dated. */
    private final Map<String, Timeline> timelines;

    private Staff(List<StaffPerson> people, boolean whole, Map<String, Timeline> timelines) {
        this.people = people;
        this.whole = whole;
        this.timelines = timelines;
    }

    public static Staff of(Collection<StaffPerson> people) {
        return new Staff(List.copyOf(people), true, null);
    }

    /**
     * Dated staff: the employees (whatever they do today) and their relatives, and the periods the
     * employees held posts; an employee is in a customer's view only through a period there.
     */
    public static Staff of(Collection<StaffPerson> people, Collection<StaffPeriod> periods) {
        Map<String, List<StaffPeriod>> byInn = new HashMap<>();
        for (StaffPeriod p : periods) {
            if (p.organizationInn() != null) {
                byInn.computeIfAbsent(p.organizationInn().strip(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        Map<String, Timeline> timelines = HashMap.newHashMap(byInn.size());
        byInn.forEach((inn, list) -> timelines.put(inn, new Timeline(list)));
        return new Staff(List.copyOf(people), true, timelines);
    }

    /** The periods of one customer and the first days of its spans, sorted. */
    private static final class Timeline {
        final List<StaffPeriod> periods;
        final LocalDate[] starts;

        Timeline(List<StaffPeriod> periods) {
            this.periods = List.copyOf(periods);
            starts = periods.stream()
                    .flatMap(p -> java.util.stream.Stream.of(p.from(), p.to() == null ? null : p.to().plusDays(1)))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toArray(LocalDate[]::new);
        }

        /** The span of the day: 0 before the first boundary, i after the i-th. */
        int span(LocalDate day) {
            int at = Arrays.binarySearch(starts, day);
            return at >= 0 ? at + 1 : -at - 1;
        }

        /** A day of the span, to select the periods covering it. */
        LocalDate dayOf(int span) {
            return span == 0 ? LocalDate.MIN : starts[span - 1];
        }
    }

    public List<StaffPerson> people() {
        return people;
    }

    public Optional<StaffPerson> person(String personId) {
        return Optional.ofNullable(index().byId(personId)).map(i -> index().people[i]);
    }

    /**
     * The employees of the customer (by {@code organizationInn}) and their relatives; for dated
     * staff, those holding a post there now (an open period).
     */
    public Staff forCustomer(String customerInn) {
        if (!whole) {
            return this;
        }
        String inn = customerInn == null ? "" : customerInn.strip();
        if (timelines != null) {
            return forCustomer(inn, null);
        }
        return views.computeIfAbsent(inn, k -> new Staff(customers().getOrDefault(k, List.of()), false, null));
    }

    /**
     * The customer's people at the date of a purchase: for dated staff, the employees whose period
     * at the customer covers {@code day} (an open period when {@code day} is null), each with the
     * post and role of that period (the most senior if several cover it), and their relatives;
     * for staff that is not dated, {@link #forCustomer(String)}.
     */
    public Staff forCustomer(String customerInn, LocalDate day) {
        if (!whole) {
            return this;
        }
        String inn = customerInn == null ? "" : customerInn.strip();
        if (timelines == null) {
            return forCustomer(inn);
        }
        Timeline timeline = timelines.get(inn);
        if (timeline == null) {
            return views.computeIfAbsent(inn, k -> new Staff(List.of(), false, null));
        }
        int span = day == null ? -1 : timeline.span(day);
        return views.computeIfAbsent(
                inn + "@" + span,
                k -> new Staff(dated(inn, timeline, span < 0 ? null : timeline.dayOf(span)), false, null));
    }

    /** The view of a span: the employees of the periods covering its day, then their relatives. */
    private List<StaffPerson> dated(String inn, Timeline timeline, LocalDate day) {
        Map<String, StaffPeriod> held = new LinkedHashMap<>();
        for (StaffPeriod p : timeline.periods) {
            if (day == null ? p.to() == null : p.covers(day)) {
                held.merge(p.personId(), p, (a, b) -> senior(a.role()) <= senior(b.role()) ? a : b);
            }
        }
        Map<String, StaffPerson> byId = byId();
        Map<String, List<StaffPerson>> relatives = relatives();
        List<StaffPerson> view = new ArrayList<>();
        List<StaffPerson> theirs = new ArrayList<>();
        held.values().forEach(p -> {
            StaffPerson e = byId.get(p.personId());
            if (e != null) {
                view.add(new StaffPerson(
                        e.personId(),
                        e.name(),
                        e.birthDate(),
                        e.inn(),
                        e.snils(),
                        e.phone(),
                        e.email(),
                        e.address(),
                        inn,
                        p.position(),
                        p.role(),
                        null,
                        null));
                relatives
                        .getOrDefault(e.personId(), List.of())
                        .forEach(r -> theirs.add(new StaffPerson(
                                r.personId(),
                                r.name(),
                                r.birthDate(),
                                r.inn(),
                                r.snils(),
                                r.phone(),
                                r.email(),
                                r.address(),
                                inn,
                                r.position(),
                                r.role(),
                                r.relativeOf(),
                                r.relation())));
            }
        });
        view.addAll(theirs);
        return view;
    }

    private static int senior(ProcurementRole role) {
        return role == null ? Integer.MAX_VALUE : role.ordinal();
    }

    private volatile Map<String, StaffPerson> employeesById;
    private volatile Map<String, List<StaffPerson>> relativesByEmployee;

    private Map<String, StaffPerson> byId() {
        Map<String, StaffPerson> map = employeesById;
        if (map == null) {
            synchronized (this) {
                if (employeesById == null) {
                    Map<String, StaffPerson> ids = HashMap.newHashMap(people.size());
                    people.stream().filter(StaffPerson::isEmployee).forEach(p -> ids.put(p.personId(), p));
                    employeesById = ids;
                }
                map = employeesById;
            }
        }
        return map;
    }

    private Map<String, List<StaffPerson>> relatives() {
        Map<String, List<StaffPerson>> map = relativesByEmployee;
        if (map == null) {
            synchronized (this) {
                if (relativesByEmployee == null) {
                    Map<String, List<StaffPerson>> of = new HashMap<>();
                    people.stream()
                            .filter(p -> !p.isEmployee())
                            .forEach(p -> of.computeIfAbsent(p.relativeOf(), k -> new ArrayList<>())
                                    .add(p));
                    relativesByEmployee = of;
                }
                map = relativesByEmployee;
            }
        }
        return map;
    }

    StaffIndex index() {
        StaffIndex i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = new StaffIndex(people);
                }
                i = index;
            }
        }
        return i;
    }

    private Map<String, List<StaffPerson>> customers() {
        Map<String, List<StaffPerson>> map = byCustomer;
        if (map == null) {
            synchronized (this) {
                if (byCustomer == null) {
                    byCustomer = group();
                }
                map = byCustomer;
            }
        }
        return map;
    }

    private Map<String, List<StaffPerson>> group() {
        Map<String, String> customerOf = new HashMap<>();
        Map<String, List<StaffPerson>> groups = new LinkedHashMap<>();
        for (StaffPerson p : people) {
            if (p.isEmployee() && p.organizationInn() != null) {
                String inn = p.organizationInn().strip();
                customerOf.put(p.personId(), inn);
                groups.computeIfAbsent(inn, k -> new ArrayList<>()).add(p);
            }
        }
        for (StaffPerson p : people) {
            String inn = p.isEmployee() ? null : customerOf.get(p.relativeOf());
            if (inn != null) {
                groups.get(inn).add(p);
            }
        }
        return groups;
    }
}
