package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.names.NormalName;
import ru.probity.procurement.names.PersonFacts;
import ru.probity.procurement.names.PersonMatcher;
import ru.probity.procurement.names.PersonNames;

/**
 * The look-up tables of one customer's people: by INN, by name key (the full key and the key with
 * the first name's initial, so that a register record «Иванов И.» finds «Иванов Иван»), by
 * normalised contact; names normalised once. Read-only after construction.
 */
final class StaffIndex {

    private static final int[] NONE = new int[0];

    final StaffPerson[] people;
    final PersonFacts[] facts;
    final NormalName[] names;
    /** For each person, the index of his employee (himself for an employee), -1 if not in the view. */
    final int[] employee;
    /** Indices of the employees. */
    final int[] employees;
    /** Indices of the employees whose role makes them officials under 44-ФЗ ст.31 ч.1 п.9. */
    final int[] roleOfficials;

    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, int[]> byInn = new HashMap<>();
    private final Map<String, int[]> byKey = new HashMap<>();
    private final Map<String, int[]> byInitial = new HashMap<>();
    /** Some names here have only an initial for the first name. */
    final boolean initialsOnly;

    private final Map<String, int[]> byContact = new HashMap<>();

    StaffIndex(List<StaffPerson> list) {
        people = list.toArray(StaffPerson[]::new);
        int n = people.length;
        Map<String, String> organizationOf = new HashMap<>();
        for (StaffPerson p : people) {
            if (p.relativeOf() == null && p.organizationInn() != null) {
                organizationOf.put(p.personId(), p.organizationInn());
            }
        }
        facts = new PersonFacts[n];
        names = new NormalName[n];
        employee = new int[n];
        List<Integer> staff = new ArrayList<>();
        boolean initials = false;
        for (int i = 0; i < n; i++) {
            StaffPerson p = people[i];
            byId.put(p.personId(), i);
            facts[i] = new PersonFacts(
                    p.name(),
                    blankToNull(p.inn()),
                    blankToNull(p.snils()),
                    p.birthDate(),
                    blankToNull(p.phone()),
                    blankToNull(p.email()),
                    blankToNull(p.address()),
                    region(p, organizationOf));
            names[i] = PersonNames.normalize(p.name());
            put(byInn, Ids.inn(p.inn()), i);
            put(byKey, names[i].key(), i);
            if (!names[i].first().isEmpty() && !names[i].firstIsInitial()) {
                put(byInitial, initialKey(names[i]), i);
            } else {
                initials = true;
            }
            put(byContact, phoneKey(PersonMatcher.phoneDigits(p.phone())), i);
            put(byContact, emailKey(PersonMatcher.normalizeEmail(p.email())), i);
            put(byContact, addressKey(PersonMatcher.normalizeAddress(p.address())), i);
            if (p.isEmployee()) {
                staff.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Integer e = people[i].isEmployee() ? Integer.valueOf(i) : byId.get(people[i].relativeOf());
            employee[i] = e == null || !people[e].isEmployee() ? -1 : e;
        }
        initialsOnly = initials;
        employees = staff.stream().mapToInt(Integer::intValue).toArray();
        roleOfficials = Arrays.stream(employees)
                .filter(e -> people[e].role() != null && people[e].role().officialUnder44())
                .toArray();
    }

    Integer byId(String personId) {
        return byId.get(personId);
    }

    int[] withInn(long inn) {
        return inn == 0 ? NONE : byInn.getOrDefault(inn, NONE);
    }

    int[] withKey(String key) {
        return key == null ? NONE : byKey.getOrDefault(key, NONE);
    }

    /** The people with a full first name that has this initial key («иванов и»). */
    int[] withInitial(String initialKey) {
        return initialKey == null ? NONE : byInitial.getOrDefault(initialKey, NONE);
    }

    int[] withContact(String contactKey) {
        return contactKey == null ? NONE : byContact.getOrDefault(contactKey, NONE);
    }

    static String initialKey(NormalName name) {
        return name.first().isEmpty() ? null : name.last() + " " + name.first().charAt(0);
    }

    static String phoneKey(String phone) {
        return phone == null ? null : "тел " + phone;
    }

    static String emailKey(String email) {
        return email == null ? null : "почта " + email;
    }

    static String addressKey(String address) {
        return address == null ? null : "адрес " + address;
    }

    private static <K> void put(Map<K, int[]> map, K key, int i) {
        if (key == null || (key instanceof Long l && l == 0)) {
            return;
        }
        map.merge(key, new int[] {i}, (a, b) -> {
            if (a[a.length - 1] == i) {
                return a;
            }
            int[] c = Arrays.copyOf(a, a.length + 1);
            c[a.length] = i;
            return c;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The region a person is known to belong to: from his own INN, else from the INN of the
     * organization he (or, for a relative, his employee) works for — a corroboration for a person
     * recorded without INN.
     */
    static String region(StaffPerson p, Map<String, String> organizationOfEmployee) {
        String own = Ids.region(p.inn());
        if (own != null) {
            return own;
        }
        String organization = p.organizationInn() != null
                ? p.organizationInn()
                : p.relativeOf() == null ? null : organizationOfEmployee.get(p.relativeOf());
        return Ids.region(organization);
    }
}
