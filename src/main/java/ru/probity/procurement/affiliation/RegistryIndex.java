package ru.probity.procurement.affiliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.NameFrequencies;
import ru.probity.procurement.names.NormalName;
import ru.probity.procurement.names.PersonMatcher;
import ru.probity.procurement.names.PersonNames;

/**
 * The registers (ЕГРЮЛ, ЕГРИП) as compact arrays, built once and then read by any number of
 * threads. Companies and persons have int ids; a company's people ties and its legal-entity
 * founders are ranges of parallel arrays (CSR), so that a national register (1,000,000 companies,
 * 2,500,000 ties) takes well under a gigabyte and a contract check touches only its supplier's
 * neighbourhood. Persons are indexed by INN and by {@link NormalName#key()}; the {@link
 * NameFrequencies} of all register persons feed the {@link PersonMatcher}.
 */
public final class RegistryIndex {

    static final CompanyRole[] ROLES = CompanyRole.values();

    // companies
    final long[] companyInn;
    final String[] companyName;
    final String[] companyPhone;
    final String[] companyEmail;
    final String[] companyAddress;
    final boolean[] companyInRegister;
    final LongIntMap companyByInn;
    // a company's people ties: tie ids companyTieStart[c] .. companyTieStart[c + 1]
    final int[] companyTieStart;
    final int[] tiePerson;
    final int[] tieCompany;
    final byte[] tieRole;
    final float[] tieShare;
    final int[] tieSince;
    final int[] tieUntil;
    final String[] tiePost;
    // a company's legal-entity founders: share ids companyShareStart[c] .. companyShareStart[c + 1]
    final int[] companyShareStart;
    final int[] shareOwner;
    final float[] sharePercent;
    final int[] shareSince;
    final int[] shareUntil;
    // the managing organization of a company (СвУпрОрг), -1 for none
    final int[] managedBy;
    // persons
    final long[] personInn;
    final PersonName[] personName;
    final int[] personKey;
    final String[] keys;
    final LongIntMap personByInn;
    final Map<String, Integer> keyIds;
    final int[] keyPersonStart;
    final int[] keyPersons;
    final int[] personTieStart;
    final int[] personTies;
    // entrepreneurs
    final LongIntMap entrepreneurByInn;
    final Entrepreneur[] entrepreneurs;

    private final PersonMatcher matcher;

    RegistryIndex(RegistryBuilder b) {
        int companies = b.companyCount();
        companyInn = java.util.Arrays.copyOf(b.companyInn, companies);
        companyName = b.companyName.toArray(String[]::new);
        companyPhone = b.companyPhone.toArray(String[]::new);
        companyEmail = b.companyEmail.toArray(String[]::new);
        companyAddress = b.companyAddress.toArray(String[]::new);
        companyInRegister = new boolean[companies];
        for (int c = 0; c < companies; c++) {
            companyInRegister[c] = b.companySerial.get(c) != 0;
        }
        companyByInn = b.companyByInn;

        // people ties of the accepted extracts, grouped by company
        int rawTies = b.tieCompany.size();
        companyTieStart = new int[companies + 1];
        for (int t = 0; t < rawTies; t++) {
            if (live(b, b.tieCompany.get(t), b.tieSerial.get(t))) {
                companyTieStart[b.tieCompany.get(t) + 1]++;
            }
        }
        prefixSums(companyTieStart);
        int ties = companyTieStart[companies];
        tiePerson = new int[ties];
        tieCompany = new int[ties];
        tieRole = new byte[ties];
        tieShare = new float[ties];
        tieSince = new int[ties];
        tieUntil = new int[ties];
        tiePost = new String[ties];
        int[] fill = java.util.Arrays.copyOf(companyTieStart, companies);
        for (int t = 0; t < rawTies; t++) {
            int c = b.tieCompany.get(t);
            if (live(b, c, b.tieSerial.get(t))) {
                int at = fill[c]++;
                tiePerson[at] = b.tiePerson.get(t);
                tieCompany[at] = c;
                tieRole[at] = (byte) b.tieRole.get(t);
                tieShare[at] = Float.intBitsToFloat(b.tieShare.get(t));
                tieSince[at] = b.tieSince.get(t);
                tieUntil[at] = b.tieUntil.get(t);
                tiePost[at] = b.tiePost.get(t);
            }
        }

        managedBy = new int[companies];
        java.util.Arrays.fill(managedBy, -1);
        for (int m = 0; m < b.managedCompany.size(); m++) {
            int c = b.managedCompany.get(m);
            if (live(b, c, b.managedSerial.get(m)) && b.managingCompany.get(m) != c) {
                managedBy[c] = b.managingCompany.get(m);
            }
        }

        // legal-entity founders, grouped by the company they own
        int rawShares = b.shareCompany.size();
        companyShareStart = new int[companies + 1];
        for (int s = 0; s < rawShares; s++) {
            if (live(b, b.shareCompany.get(s), b.shareSerial.get(s))) {
                companyShareStart[b.shareCompany.get(s) + 1]++;
            }
        }
        prefixSums(companyShareStart);
        int shares = companyShareStart[companies];
        shareOwner = new int[shares];
        sharePercent = new float[shares];
        shareSince = new int[shares];
        shareUntil = new int[shares];
        fill = java.util.Arrays.copyOf(companyShareStart, companies);
        for (int s = 0; s < rawShares; s++) {
            int c = b.shareCompany.get(s);
            if (live(b, c, b.shareSerial.get(s))) {
                int at = fill[c]++;
                shareOwner[at] = b.shareOwner.get(s);
                sharePercent[at] = Float.intBitsToFloat(b.sharePercent.get(s));
                shareSince[at] = b.shareSince.get(s);
                shareUntil[at] = b.shareUntil.get(s);
            }
        }

        // persons: their ties, their name keys, the name frequencies
        int persons = b.personCount();
        personInn = java.util.Arrays.copyOf(b.personInn, persons);
        personName = b.personName.toArray(PersonName[]::new);
        personByInn = b.personByInn;
        personTieStart = new int[persons + 1];
        for (int t = 0; t < ties; t++) {
            personTieStart[tiePerson[t] + 1]++;
        }
        prefixSums(personTieStart);
        personTies = new int[ties];
        fill = java.util.Arrays.copyOf(personTieStart, persons);
        for (int t = 0; t < ties; t++) {
            personTies[fill[tiePerson[t]]++] = t;
        }
        entrepreneurByInn = b.entrepreneurByInn;
        entrepreneurs = b.entrepreneurs.toArray(Entrepreneur[]::new);

        // normalising names is the costly part of the build: done in parallel, the rest in one pass
        NormalName[] normal = IntStream.range(0, persons)
                .parallel()
                .mapToObj(p -> PersonNames.normalize(personName[p]))
                .toArray(NormalName[]::new);
        NameFrequencies frequencies = new NameFrequencies();
        keyIds = new HashMap<>(Math.max(16, persons * 4 / 3));
        List<String> keyList = new ArrayList<>();
        personKey = new int[persons];
        for (int p = 0; p < persons; p++) {
            frequencies.add(normal[p]);
            String key = normal[p].key();
            Integer id = keyIds.get(key);
            if (id == null) {
                id = keyList.size();
                keyIds.put(key, id);
                keyList.add(key);
            }
            personKey[p] = id;
        }
        normal = null;
        for (Entrepreneur e : entrepreneurs) {
            if (e.name() != null) {
                frequencies.add(PersonNames.normalize(e.name()));
            }
        }
        keys = keyList.toArray(String[]::new);
        keyPersonStart = new int[keys.length + 1];
        for (int p = 0; p < persons; p++) {
            keyPersonStart[personKey[p] + 1]++;
        }
        prefixSums(keyPersonStart);
        keyPersons = new int[persons];
        fill = java.util.Arrays.copyOf(keyPersonStart, keys.length);
        for (int p = 0; p < persons; p++) {
            keyPersons[fill[personKey[p]]++] = p;
        }
        matcher = new PersonMatcher(frequencies);
    }

    public static RegistryBuilder builder() {
        return new RegistryBuilder();
    }

    public static RegistryIndex of(Collection<Company> companies, Collection<Entrepreneur> entrepreneurs) {
        return builder().addCompanies(companies).addEntrepreneurs(entrepreneurs).build();
    }

    /** The matcher to use between HR records and register persons (built over all register persons). */
    public PersonMatcher matcher() {
        return matcher;
    }

    public int companyCount() {
        return companyName.length;
    }

    public int personCount() {
        return personName.length;
    }

    public int tieCount() {
        return tiePerson.length;
    }

    /** Whether the registers hold an extract of the company with this INN. */
    public boolean knowsCompany(String inn) {
        return inn != null && companyByInn.get(Ids.inn(inn)) >= 0;
    }

    public Optional<Entrepreneur> entrepreneur(String inn) {
        int e = entrepreneurByInn.get(Ids.inn(inn));
        return e < 0 ? Optional.empty() : Optional.of(entrepreneurs[e]);
    }

    /** A natural person who owns more than 10 % of a company, directly or through other companies. */
    public record Beneficiary(PersonName name, String inn, double percent, int chains) {}

    /**
     * The natural persons owning a company on a day, directly or through chains of legal entities
     * (the product of shares along a chain, summed over chains; cycles skipped; at most {@value
     * Ownership#MAX_DEPTH} companies deep), largest first, with more than {@code minPercent}.
     */
    public List<Beneficiary> owners(String companyInn, LocalDate on, double minPercent) {
        int c = companyByInn.get(Ids.inn(companyInn));
        if (c < 0) {
            return List.of();
        }
        List<Beneficiary> result = new ArrayList<>();
        for (Ownership.Owner o : Ownership.of(this, c, on == null ? Ids.NO_END - 1 : (int) on.toEpochDay())) {
            if (o.percent() > minPercent + 1e-9) {
                result.add(new Beneficiary(
                        personName[o.person()], Ids.innText(personInn[o.person()]), o.percent(), o.chains()));
            }
        }
        result.sort(Comparator.comparingDouble(Beneficiary::percent).reversed());
        return result;
    }

    /** The beneficiaries in the sense of 44-ФЗ ст.31 ч.1 п.9: more than 10 %. */
    public List<Beneficiary> beneficiaries(String companyInn, LocalDate on) {
        return owners(companyInn, on, Ownership.BENEFICIARY_PERCENT);
    }

    /** The ids of the register persons with this INN (at most one) — for callers going from people to companies. */
    int personByInn(String inn) {
        return personByInn.get(Ids.inn(inn));
    }

    /** The ids of the register persons whose name has this {@link NormalName#key()}. */
    int[] personsByKey(String key) {
        Integer id = keyIds.get(key);
        return id == null
                ? new int[0]
                : java.util.Arrays.copyOfRange(keyPersons, keyPersonStart[id], keyPersonStart[id + 1]);
    }

    CompanyRole role(int tie) {
        return ROLES[tieRole[tie]];
    }

    /** «ООО «Ромашка» (ИНН 4027000000)». */
    String companyLabel(int c) {
        String inn = Ids.innText(companyInn[c]);
        String name = companyName[c] == null ? "организация" : companyName[c];
        return name
                + (inn == null ? "" : " (ИНН " + inn + ")")
                + (companyInRegister[c] ? "" : " [нет выписки в реестре]");
    }

    /** «ИВАНОВ ИВАН ИВАНОВИЧ (ИНН 402700000000)». */
    String personLabel(int p) {
        String inn = Ids.innText(personInn[p]);
        return personName[p] + (inn == null ? "" : " (ИНН " + inn + ")");
    }

    private static boolean live(RegistryBuilder b, int company, int serial) {
        return b.companySerial.get(company) == serial;
    }

    private static void prefixSums(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
    }
}
