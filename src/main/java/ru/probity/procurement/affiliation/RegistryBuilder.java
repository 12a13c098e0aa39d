package ru.probity.procurement.affiliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.PersonMatcher;

/**
 * Collects companies and entrepreneurs one by one (a register may be streamed, never held whole) and
 * builds the {@link RegistryIndex}. A company seen again supersedes its older extract (by {@code
 * extractDate}); a company named only as a founder of another is kept as a node with its name.
 * Persons with an INN are one node however many ties they have; a person without one is a node per
 * tie (namesakes are never merged here — that is the matcher's business, with a confidence).
 * Not thread-safe.
 */
public final class RegistryBuilder {

    final LongIntMap companyByInn = new LongIntMap(1 << 12);
    final ArrayList<String> companyName = new ArrayList<>();
    final ArrayList<String> companyPhone = new ArrayList<>();
    final ArrayList<String> companyEmail = new ArrayList<>();
    final ArrayList<String> companyAddress = new ArrayList<>();
    long[] companyInn = new long[1 << 12];
    final IntList companySerial = new IntList(1 << 12);
    final IntList companyExtract = new IntList(1 << 12);

    final LongIntMap personByInn = new LongIntMap(1 << 12);
    long[] personInn = new long[1 << 12];
    final ArrayList<PersonName> personName = new ArrayList<>();

    final IntList tieCompany = new IntList(1 << 12);
    final IntList tiePerson = new IntList(1 << 12);
    final IntList tieRole = new IntList(1 << 12);
    final IntList tieShare = new IntList(1 << 12);
    final IntList tieSince = new IntList(1 << 12);
    final IntList tieUntil = new IntList(1 << 12);
    final IntList tieSerial = new IntList(1 << 12);
    final ArrayList<String> tiePost = new ArrayList<>();

    final IntList shareCompany = new IntList(1 << 10);
    final IntList shareOwner = new IntList(1 << 10);
    final IntList sharePercent = new IntList(1 << 10);
    final IntList shareSince = new IntList(1 << 10);
    final IntList shareUntil = new IntList(1 << 10);
    final IntList shareSerial = new IntList(1 << 10);

    // managing organizations (СвУпрОрг): company, its managing company, the extract's serial
    final IntList managedCompany = new IntList(16);
    final IntList managingCompany = new IntList(16);
    final IntList managedSerial = new IntList(16);

    final LongIntMap entrepreneurByInn = new LongIntMap(1 << 10);
    final ArrayList<Entrepreneur> entrepreneurs = new ArrayList<>();

    private final Map<String, String> strings = new HashMap<>();
    private int serial;

    RegistryBuilder() {}

    public RegistryBuilder add(Company company) {
        int id = companyId(Ids.inn(company.inn()), company.displayName());
        int extract = Ids.start(company.extractDate());
        if (companySerial.get(id) != 0 && companyExtract.get(id) > extract) {
            return this; // an older extract of a company already known
        }
        int recordSerial = ++serial;
        companySerial.set(id, recordSerial);
        companyExtract.set(id, extract);
        companyName.set(id, company.displayName());
        companyPhone.set(id, PersonMatcher.phoneDigits(company.phone()));
        companyEmail.set(id, PersonMatcher.normalizeEmail(company.email()));
        companyAddress.set(id, PersonMatcher.normalizeAddress(company.address()));
        for (PersonLink link : company.people()) {
            if (link.name() == null && Ids.inn(link.inn()) == 0) {
                continue;
            }
            tieCompany.add(id);
            tiePerson.add(personId(link.inn(), link.name()));
            tieRole.add(link.role().ordinal());
            tieShare.add(Float.floatToIntBits(percent(link.sharePercent())));
            tieSince.add(Ids.start(link.since()));
            tieUntil.add(Ids.end(link.until()));
            tieSerial.add(recordSerial);
            tiePost.add(link.post() == null ? null : intern(link.post()));
        }
        for (CompanyShare share : company.founders()) {
            shareCompany.add(id);
            shareOwner.add(companyId(Ids.inn(share.inn()), share.name()));
            sharePercent.add(Float.floatToIntBits(percent(share.sharePercent())));
            shareSince.add(Ids.start(share.since()));
            shareUntil.add(Ids.end(share.until()));
            shareSerial.add(recordSerial);
        }
        for (CompanyShare manager : company.managingOrganizations()) {
            if (Ids.inn(manager.inn()) == 0) {
                continue; // a managing organization is found only by its INN
            }
            managedCompany.add(id);
            managingCompany.add(companyId(Ids.inn(manager.inn()), manager.name()));
            managedSerial.add(recordSerial);
        }
        return this;
    }

    public RegistryBuilder add(Entrepreneur entrepreneur) {
        long inn = Ids.inn(entrepreneur.inn());
        if (inn == 0) {
            return this;
        }
        int known = entrepreneurByInn.get(inn);
        if (known >= 0) {
            LocalDate before = entrepreneurs.get(known).extractDate();
            if (before == null || entrepreneur.extractDate() == null || !before.isAfter(entrepreneur.extractDate())) {
                entrepreneurs.set(known, entrepreneur);
            }
            return this;
        }
        entrepreneurByInn.put(inn, entrepreneurs.size());
        entrepreneurs.add(entrepreneur);
        return this;
    }

    public RegistryBuilder addCompanies(Iterable<Company> companies) {
        companies.forEach(this::add);
        return this;
    }

    public RegistryBuilder addEntrepreneurs(Iterable<Entrepreneur> list) {
        list.forEach(this::add);
        return this;
    }

    /** The index; the builder must not be used afterwards. */
    public RegistryIndex build() {
        return new RegistryIndex(this);
    }

    int companyCount() {
        return companyName.size();
    }

    int personCount() {
        return personName.size();
    }

    private int companyId(long inn, String name) {
        if (inn != 0) {
            int known = companyByInn.get(inn);
            if (known >= 0) {
                return known;
            }
        }
        int id = companyName.size();
        if (id == companyInn.length) {
            companyInn = Arrays.copyOf(companyInn, id + (id >> 1));
        }
        companyInn[id] = inn;
        companyName.add(name);
        companyPhone.add(null);
        companyEmail.add(null);
        companyAddress.add(null);
        companySerial.add(0);
        companyExtract.add(Ids.NO_START);
        if (inn != 0) {
            companyByInn.put(inn, id);
        }
        return id;
    }

    private int personId(String innText, PersonName name) {
        long inn = Ids.inn(innText);
        if (inn != 0) {
            int known = personByInn.get(inn);
            if (known >= 0) {
                return known;
            }
        }
        int id = personName.size();
        if (id == personInn.length) {
            personInn = Arrays.copyOf(personInn, id + (id >> 1));
        }
        personInn[id] = inn;
        personName.add(
                name == null
                        ? new PersonName("", "", "")
                        : new PersonName(intern(name.lastName()), intern(name.firstName()), intern(name.middleName())));
        if (inn != 0) {
            personByInn.put(inn, id);
        }
        return id;
    }

    /** Name parts and posts repeat a lot in a national register: one copy of each. */
    private String intern(String s) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }

    private static float percent(BigDecimal share) {
        return share == null ? Float.NaN : share.floatValue();
    }
}
