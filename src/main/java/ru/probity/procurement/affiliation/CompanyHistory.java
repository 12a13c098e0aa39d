package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.PersonLink;

/**
 * Several extracts of one company become one record: the newest extract, plus the people of older
 * extracts that it no longer has, as ties ended on the date of the first extract without them —
 * what the former-ties rule needs, since an extract lists only the ties that hold on its date.
 */
public final class CompanyHistory {

    private CompanyHistory() {}

    /** The company as of its newest extract, with the ties that ended since the older ones. */
    public static Company current(List<Company> extracts) {
        if (extracts.size() == 1) {
            return extracts.getFirst();
        }
        List<Company> ordered = new ArrayList<>(extracts);
        ordered.sort(Comparator.comparing(Company::extractDate, Comparator.nullsFirst(Comparator.naturalOrder())));
        Company current = ordered.getLast();
        List<PersonLink> people = new ArrayList<>(current.people());
        Set<String> seen = new HashSet<>();
        for (PersonLink p : current.people()) {
            seen.add(key(p));
        }
        for (int i = ordered.size() - 2; i >= 0; i--) {
            var endedBy = ordered.get(i + 1).extractDate();
            for (PersonLink p : ordered.get(i).people()) {
                if (p.until() == null && seen.add(key(p))) {
                    people.add(new PersonLink(
                            p.inn(), p.name(), p.role(), p.post(), p.sharePercent(), p.since(), endedBy));
                }
            }
        }
        return new Company(
                current.inn(),
                current.kpp(),
                current.ogrn(),
                current.fullName(),
                current.shortName(),
                current.address(),
                current.email(),
                current.phone(),
                current.registeredOn(),
                current.terminatedOn(),
                current.extractDate(),
                people,
                current.founders(),
                current.managingOrganizations());
    }

    private static String key(PersonLink p) {
        return p.role() + "|"
                + (p.inn() != null ? p.inn() : String.valueOf(p.name()).toLowerCase(Locale.ROOT));
    }
}
