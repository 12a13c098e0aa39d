package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.platform.RussianFormats;
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

    /** The role officials as the purchase's officials before its protocols are read ({@link Officials#of}). */
    final Map<Integer, Officials.Official> roleOfficialsById;

    private final Map<String, Integer> byId;
    /** INN → index into {@link #innPeople} (no boxing on the hot path). */
    private final LongIntMap byInn;

    private final List<int[]> innPeople = new ArrayList<>();
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> byInitial;
    /** Some names here have only an initial for the first name. */
    final boolean initialsOnly;

    private final Map<String, int[]> byPhone;
    private final Map<String, int[]> byEmail;
    private final Map<String, int[]> byAddress;

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
        byInn = new LongIntMap(Math.max(16, n));
        byId = HashMap.newHashMap(n);
        byKey = HashMap.newHashMap(n);
        byInitial = HashMap.newHashMap(n);
        byPhone = HashMap.newHashMap(n);
        byEmail = HashMap.newHashMap(n);
        byAddress = HashMap.newHashMap(n);
        List<Integer> staff = new ArrayList<>();
        boolean initials = false;
        for (int i = 0; i < n; i++) {
            StaffPerson p = people[i];
            byId.put(p.personId(), i);
            facts[i] = new PersonFacts(
                    p.name(),
                    RussianFormats.blankToNull(p.inn()),
                    RussianFormats.blankToNull(p.snils()),
                    p.birthDate(),
                    RussianFormats.blankToNull(p.phone()),
                    RussianFormats.blankToNull(p.email()),
                    RussianFormats.blankToNull(p.address()),
                    region(p, organizationOf));
            names[i] = PersonNames.normalize(p.name());
            putInn(Ids.inn(p.inn()), i);
            put(byKey, names[i].key(), i);
            if (!names[i].first().isEmpty() && !names[i].firstIsInitial()) {
                put(byInitial, initialKey(names[i]), i);
            } else {
                initials = true;
            }
            put(byPhone, PersonMatcher.phoneDigits(p.phone()), i);
            put(byEmail, PersonMatcher.normalizeEmail(p.email()), i);
            put(byAddress, PersonMatcher.normalizeAddress(p.address()), i);
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
        Map<Integer, Officials.Official> officials = new LinkedHashMap<>();
        for (int e : roleOfficials) {
            officials.put(
                    e,
                    new Officials.Official(
                            e,
                            people[e].personId(),
                            people[e].role().label(),
                            facts[e],
                            null,
                            people[e].role() == ProcurementRole.COMMISSION_MEMBER));
        }
        roleOfficialsById = Collections.unmodifiableMap(officials);
    }

    Integer byId(String personId) {
        return byId.get(personId);
    }

    int[] withInn(long inn) {
        if (inn == 0) {
            return NONE;
        }
        int slot = byInn.get(inn);
        return slot < 0 ? NONE : innPeople.get(slot);
    }

    int[] withKey(String key) {
        return key == null ? NONE : byKey.getOrDefault(key, NONE);
    }

    /** The people with a full first name that has this initial key («иванов и»). */
    int[] withInitial(String initialKey) {
        return initialKey == null ? NONE : byInitial.getOrDefault(initialKey, NONE);
    }

    /** The people with this contact ({@link SharedContacts.Contact#value()}: normalised). */
    int[] withContact(SharedContacts.Contact contact) {
        Map<String, int[]> map = switch (contact.type()) {
            case PHONE -> byPhone;
            case EMAIL -> byEmail;
            case ADDRESS -> byAddress;
        };
        return map.getOrDefault(contact.value(), NONE);
    }

    static String initialKey(NormalName name) {
        return name.first().isEmpty() ? null : name.last() + " " + name.first().charAt(0);
    }

    private void putInn(long inn, int i) {
        if (inn == 0) {
            return;
        }
        int slot = byInn.get(inn);
        if (slot < 0) {
            byInn.put(inn, innPeople.size());
            innPeople.add(new int[] {i});
        } else {
            innPeople.set(slot, append(innPeople.get(slot), i));
        }
    }

    private static int[] append(int[] a, int i) {
        if (a[a.length - 1] == i) {
            return a;
        }
        int[] c = Arrays.copyOf(a, a.length + 1);
        c[a.length] = i;
        return c;
    }

    private static void put(Map<String, int[]> map, String key, int i) {
        if (key == null) {
            return;
        }
        int[] known = map.putIfAbsent(key, new int[] {i});
        if (known != null) {
            map.put(key, append(known, i));
        }
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
