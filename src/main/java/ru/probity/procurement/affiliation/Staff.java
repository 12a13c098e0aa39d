package ru.probity.procurement.affiliation;

import java.util.ArrayList;
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
 */
public final class Staff {

    private final List<StaffPerson> people;
    private final boolean whole;
    private final Map<String, Staff> views = new ConcurrentHashMap<>();
    private volatile Map<String, List<StaffPerson>> byCustomer;
    private volatile StaffIndex index;

    private Staff(List<StaffPerson> people, boolean whole) {
        this.people = people;
        this.whole = whole;
    }

    public static Staff of(Collection<StaffPerson> people) {
        return new Staff(List.copyOf(people), true);
    }

    public List<StaffPerson> people() {
        return people;
    }

    public Optional<StaffPerson> person(String personId) {
        return Optional.ofNullable(index().byId(personId)).map(i -> index().people[i]);
    }

    /** The employees of the customer (by {@code organizationInn}) and their relatives. */
    public Staff forCustomer(String customerInn) {
        if (!whole) {
            return this;
        }
        String inn = customerInn == null ? "" : customerInn.strip();
        return views.computeIfAbsent(inn, k -> new Staff(customers().getOrDefault(k, List.of()), false));
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
