package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;
import ru.probity.procurement.names.NormalName;
import ru.probity.procurement.names.PersonFacts;
import ru.probity.procurement.names.PersonNames;

/**
 * The register persons tied to one supplier on the contract's day, found by walking up from the
 * supplier only: its own people; the people of its legal-entity founders and of their founders
 * (273-ФЗ: up to three hops, person → A → B → supplier); the natural-person owners by effective
 * share ({@link Ownership}); the supplier-individual himself; and ties that ended within the
 * former-tie period. Cost: the supplier's neighbourhood, never the register.
 */
final class SupplierTies {

    private final RegistryIndex ix;
    private final int day;
    private final int formerFrom;
    private final List<Candidate> out = new ArrayList<>();

    private SupplierTies(RegistryIndex ix, int day, int formerFrom) {
        this.ix = ix;
        this.day = day;
        this.formerFrom = formerFrom;
    }

    /** The supplier's label and its candidates. */
    record Result(String supplierLabel, int company, Entrepreneur entrepreneur, List<Candidate> candidates) {}

    static Result of(RegistryIndex ix, Supplier supplier, int day, int formerFrom) {
        SupplierTies walk = new SupplierTies(ix, day, formerFrom);
        long inn = Ids.inn(supplier.inn());
        int company = inn == 0 ? -1 : ix.companyByInn.get(inn);
        int e = inn == 0 ? -1 : ix.entrepreneurByInn.get(inn);
        Entrepreneur entrepreneur = e < 0 ? null : ix.entrepreneurs[e];
        String label;
        if (supplier.kind() == Supplier.Kind.ENTREPRENEUR || supplier.kind() == Supplier.Kind.INDIVIDUAL) {
            label = walk.individual(supplier, entrepreneur);
        } else if (company >= 0) {
            label = ix.companyLabel(company);
            walk.company(company, label);
        } else {
            label = (supplier.name() == null ? "поставщик" : supplier.name())
                    + (supplier.inn() == null ? "" : " (ИНН " + supplier.inn().strip() + ")")
                    + " [нет выписки в реестре]";
        }
        return new Result(label, company, entrepreneur, walk.out);
    }

    private String individual(Supplier supplier, Entrepreneur entrepreneur) {
        PersonName name =
                supplier.person() != null ? supplier.person() : entrepreneur == null ? null : entrepreneur.name();
        boolean asEntrepreneur = supplier.kind() == Supplier.Kind.ENTREPRENEUR;
        String label = (asEntrepreneur ? "ИП " : "")
                + (name == null ? String.valueOf(supplier.name()) : name.toString())
                + (supplier.inn() == null ? "" : " (ИНН " + supplier.inn().strip() + ")")
                + (asEntrepreneur ? "" : ", физическое лицо");
        if (name == null) {
            return label;
        }
        String inn = supplier.inn() == null || supplier.inn().isBlank()
                ? null
                : supplier.inn().strip();
        PersonFacts facts = new PersonFacts(
                name, inn, null, null, null, entrepreneur == null ? null : entrepreneur.email(), null, Ids.region(inn));
        NormalName normal = PersonNames.normalize(name);
        String record = Labels.person(name, inn);
        String key = normal.key();
        String initialKey = StaffIndex.initialKey(normal);
        String role = asEntrepreneur ? "индивидуальный предприниматель — поставщик" : "физическое лицо — поставщик";
        out.add(new Candidate(
                facts,
                key,
                initialKey,
                Ids.inn(inn),
                record,
                List.of(new PathStep(null, "является поставщиком", label)),
                "является поставщиком по контракту (" + role + ")",
                true,
                true,
                false));
        if (entrepreneur != null && entrepreneur.terminatedOn() != null) {
            int ended = (int) entrepreneur.terminatedOn().toEpochDay();
            if (ended <= day && ended >= formerFrom) {
                String tie = "был индивидуальным предпринимателем до " + Labels.date(ended);
                out.add(new Candidate(
                        facts,
                        key,
                        initialKey,
                        Ids.inn(inn),
                        record,
                        List.of(new PathStep(null, tie, label)),
                        tie,
                        false,
                        false,
                        true));
            }
        }
        return label;
    }

    private void company(int c, String label) {
        // the natural-person owners first: their paths carry the shares, so they win ties
        for (Ownership.Owner o : Ownership.of(ix, c, day)) {
            owner(o);
        }
        for (int t = ix.companyTieStart[c]; t < ix.companyTieStart[c + 1]; t++) {
            CompanyRole role = ix.role(t);
            if (Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                String tie = Labels.tie(role, ix.tiePost[t], ix.tieShare[t]);
                boolean under44 = role == CompanyRole.DIRECTOR || role == CompanyRole.BOARD_MEMBER;
                add(ix.tiePerson[t], List.of(new PathStep(null, tie, label)), tie + " — " + label, under44, false);
            } else if (formerRole(role) && ix.tieUntil[t] <= day && ix.tieUntil[t] >= formerFrom) {
                String tie = "бывший " + Labels.tie(role, ix.tiePost[t], ix.tieShare[t]) + " (до "
                        + Labels.date(ix.tieUntil[t]) + ")";
                add(ix.tiePerson[t], List.of(new PathStep(null, tie, label)), tie + " — " + label, false, true);
            }
        }
        // 273-ФЗ: the managers and founders of the founders, two levels up
        for (int s = ix.companyShareStart[c]; s < ix.companyShareStart[c + 1]; s++) {
            int a = ix.shareOwner[s];
            if (a == c || !Ids.heldOn(ix.shareSince[s], ix.shareUntil[s], day)) {
                continue;
            }
            String aLabel = ix.companyLabel(a);
            PathStep aToC = new PathStep(aLabel, Labels.share(ix.sharePercent[s]), label);
            people(a, aLabel, List.of(aToC), label);
            for (int s2 = ix.companyShareStart[a]; s2 < ix.companyShareStart[a + 1]; s2++) {
                int b = ix.shareOwner[s2];
                if (b == a || b == c || !Ids.heldOn(ix.shareSince[s2], ix.shareUntil[s2], day)) {
                    continue;
                }
                String bLabel = ix.companyLabel(b);
                people(
                        b,
                        bLabel,
                        List.of(new PathStep(bLabel, Labels.share(ix.sharePercent[s2]), aLabel), aToC),
                        label);
            }
        }
    }

    /** The people of an upper company, each with the path through it down to the supplier. */
    private void people(int company, String companyLabel, List<PathStep> below, String supplierLabel) {
        for (int t = ix.companyTieStart[company]; t < ix.companyTieStart[company + 1]; t++) {
            if (!Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                continue;
            }
            String tie = Labels.tie(ix.role(t), ix.tiePost[t], ix.tieShare[t]);
            List<PathStep> path = new ArrayList<>(below.size() + 1);
            path.add(new PathStep(null, tie, companyLabel));
            path.addAll(below);
            add(
                    ix.tiePerson[t],
                    path,
                    tie + " — " + companyLabel + ", которое связано с поставщиком " + supplierLabel
                            + " через участие в капитале",
                    false,
                    false);
        }
    }

    private void owner(Ownership.Owner o) {
        int[] companies = o.companies();
        int top = companies.length - 1;
        List<PathStep> path = new ArrayList<>(companies.length);
        String topLabel = ix.companyLabel(companies[top]);
        path.add(new PathStep(null, Labels.share(o.tiePercent()), topLabel));
        for (int i = top - 1; i >= 0; i--) {
            double percent = Ownership.known(ix.sharePercent[o.shares()[i]], 1);
            path.add(new PathStep(
                    ix.companyLabel(companies[i + 1]), Labels.share(percent), ix.companyLabel(companies[i])));
        }
        boolean beneficiary = o.percent() > Ownership.BENEFICIARY_PERCENT + 1e-9;
        String how = top == 0 && o.chains() == 1
                ? "владеет напрямую "
                : "владеет прямо и косвенно (произведение долей по цепочке, сумма по " + o.chains() + " цеп.) ";
        String tie = how + Labels.percent(o.percent()) + " уставного капитала поставщика "
                + ix.companyLabel(companies[0]) + (beneficiary ? " — выгодоприобретатель (более 10 %)" : "");
        add(o.person(), path, tie, beneficiary, false);
    }

    private void add(int person, List<PathStep> tail, String tie, boolean under44, boolean former) {
        String inn = Ids.innText(ix.personInn[person]);
        String key = ix.keys[ix.personKey[person]];
        int space = key.lastIndexOf(' ');
        String initialKey = space >= 0 && key.length() > space + 2 ? key.substring(0, space + 2) : null;
        PersonFacts facts = new PersonFacts(ix.personName[person], inn, null, null, null, null, null, Ids.region(inn));
        out.add(new Candidate(
                facts,
                key,
                initialKey,
                ix.personInn[person],
                ix.personLabel(person),
                tail,
                tie,
                under44,
                false,
                former));
    }

    private static boolean formerRole(CompanyRole role) {
        return role == CompanyRole.DIRECTOR || role == CompanyRole.FOUNDER;
    }
}
