package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.List;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;
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

    /**
     * The supplier's candidates; its label is made only when asked for (most contracts have no
     * finding).
     *
     * @param label the label of a supplier that is not a register company, null for a company
     */
    record Result(String label, RegistryIndex ix, int company, Entrepreneur entrepreneur, List<Candidate> candidates) {

        String supplierLabel() {
            return label != null ? label : ix.companyLabel(company);
        }
    }

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
            label = null;
            walk.company(company);
        } else {
            label = (supplier.name() == null ? "поставщик" : supplier.name())
                    + (supplier.inn() == null ? "" : " (ИНН " + supplier.inn().strip() + ")")
                    + " [нет выписки в реестре]";
        }
        return new Result(label, ix, company, entrepreneur, walk.out);
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
        String key = PersonNames.normalize(name).key();
        String role = asEntrepreneur ? "индивидуальный предприниматель — поставщик" : "физическое лицо — поставщик";
        out.add(new Candidate(
                key,
                Ids.inn(inn),
                () -> facts,
                () -> new Candidate.Text(
                        Labels.person(name, inn),
                        List.of(new PathStep(null, "является поставщиком", label)),
                        "является поставщиком по контракту (" + role + ")"),
                true,
                true,
                false,
                Candidate.BUSINESS));
        if (entrepreneur != null && entrepreneur.terminatedOn() != null) {
            int ended = (int) entrepreneur.terminatedOn().toEpochDay();
            if (ended <= day && ended >= formerFrom) {
                out.add(new Candidate(
                        key,
                        Ids.inn(inn),
                        () -> facts,
                        () -> {
                            String tie = "был индивидуальным предпринимателем до " + Labels.date(ended);
                            return new Candidate.Text(
                                    Labels.person(name, inn), List.of(new PathStep(null, tie, label)), tie);
                        },
                        false,
                        false,
                        true,
                        Candidate.NO_GROUND));
            }
        }
        return label;
    }

    private void company(int c) {
        // the natural-person owners first: their paths carry the shares, so they win ties
        for (Ownership.Owner o : Ownership.of(ix, c, day)) {
            owner(o);
        }
        for (int t = ix.companyTieStart[c]; t < ix.companyTieStart[c + 1]; t++) {
            CompanyRole role = ix.role(t);
            int tie = t;
            if (Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                boolean under44 = role == CompanyRole.DIRECTOR || role == CompanyRole.BOARD_MEMBER;
                byte ground = role == CompanyRole.FOUNDER ? Candidate.PARTICIPANT : Candidate.BUSINESS;
                add(ix.tiePerson[t], under44, false, ground, () -> {
                    String label = ix.companyLabel(c);
                    String words = Labels.tie(role, ix.tiePost[tie], ix.tieShare[tie]);
                    return text(tie, List.of(new PathStep(null, words, label)), words + " — " + label);
                });
            } else if (formerRole(role) && ix.tieUntil[t] <= day && ix.tieUntil[t] >= formerFrom) {
                add(ix.tiePerson[t], false, true, Candidate.NO_GROUND, () -> {
                    String label = ix.companyLabel(c);
                    String words = "бывший " + Labels.tie(role, ix.tiePost[tie], ix.tieShare[tie]) + " (до "
                            + Labels.date(ix.tieUntil[tie]) + ")";
                    return text(tie, List.of(new PathStep(null, words, label)), words + " — " + label);
                });
            }
        }
        managingOrganization(c);
        // 273-ФЗ: the managers and founders of the founders, two levels up
        for (int s = ix.companyShareStart[c]; s < ix.companyShareStart[c + 1]; s++) {
            int a = ix.shareOwner[s];
            if (a == c || !Ids.heldOn(ix.shareSince[s], ix.shareUntil[s], day)) {
                continue;
            }
            people(a, new int[] {s}, new int[] {a, c});
            for (int s2 = ix.companyShareStart[a]; s2 < ix.companyShareStart[a + 1]; s2++) {
                int b = ix.shareOwner[s2];
                if (b == a || b == c || !Ids.heldOn(ix.shareSince[s2], ix.shareUntil[s2], day)) {
                    continue;
                }
                people(b, new int[] {s2, s}, new int[] {b, a, c});
            }
        }
    }

    /**
     * The director and board members of the supplier's managing organization (СвУпрОрг): they run
     * the supplier — «иной орган управления» of 44-ФЗ ст.31 ч.1 п.9 and a member of its management
     * bodies under ст.39 ч.6.
     */
    private void managingOrganization(int c) {
        int m = ix.managedBy[c];
        if (m < 0) {
            return;
        }
        for (int t = ix.companyTieStart[m]; t < ix.companyTieStart[m + 1]; t++) {
            CompanyRole role = ix.role(t);
            if ((role != CompanyRole.DIRECTOR && role != CompanyRole.BOARD_MEMBER)
                    || !Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                continue;
            }
            int tie = t;
            add(ix.tiePerson[t], true, false, Candidate.BUSINESS, () -> {
                String words = Labels.tie(role, ix.tiePost[tie], ix.tieShare[tie]);
                String manager = ix.companyLabel(m);
                String supplier = ix.companyLabel(c);
                return text(
                        tie,
                        List.of(
                                new PathStep(null, words, manager),
                                new PathStep(manager, "управляющая организация", supplier)),
                        words + " — " + manager + ", управляющей организации поставщика " + supplier
                                + " (иной орган управления)");
            });
        }
    }

    /**
     * The people of an upper company, each with the path through it down to the supplier: {@code
     * chain} the companies from the upper one down to the supplier, {@code shares} the shares
     * between them.
     */
    private void people(int company, int[] shares, int[] chain) {
        for (int t = ix.companyTieStart[company]; t < ix.companyTieStart[company + 1]; t++) {
            if (!Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                continue;
            }
            int tie = t;
            add(ix.tiePerson[t], false, false, Candidate.NO_GROUND, () -> {
                String words = Labels.tie(ix.role(tie), ix.tiePost[tie], ix.tieShare[tie]);
                List<PathStep> path = new ArrayList<>(chain.length);
                path.add(new PathStep(null, words, ix.companyLabel(company)));
                for (int i = 0; i < shares.length; i++) {
                    path.add(new PathStep(
                            ix.companyLabel(chain[i]),
                            Labels.share(ix.sharePercent[shares[i]]),
                            ix.companyLabel(chain[i + 1])));
                }
                return text(
                        tie,
                        path,
                        words + " — " + ix.companyLabel(company) + ", которое связано с поставщиком "
                                + ix.companyLabel(chain[chain.length - 1]) + " через участие в капитале");
            });
        }
    }

    private void owner(Ownership.Owner o) {
        boolean beneficiary = o.percent() > Ownership.BENEFICIARY_PERCENT + 1e-9;
        add(o.person(), beneficiary, false, Candidate.NO_GROUND, () -> {
            int[] companies = o.companies();
            int top = companies.length - 1;
            List<PathStep> path = new ArrayList<>(companies.length);
            path.add(new PathStep(null, Labels.share(o.tiePercent()), ix.companyLabel(companies[top])));
            for (int i = top - 1; i >= 0; i--) {
                double percent = Ownership.known(ix.sharePercent[o.shares()[i]], 1);
                path.add(new PathStep(
                        ix.companyLabel(companies[i + 1]), Labels.share(percent), ix.companyLabel(companies[i])));
            }
            String how = top == 0 && o.chains() == 1
                    ? "владеет напрямую "
                    : "владеет прямо и косвенно (произведение долей по цепочке, сумма по " + o.chains() + " цеп.) ";
            return text(
                    o.tie(),
                    path,
                    how + Labels.percent(o.percent()) + " уставного капитала поставщика "
                            + ix.companyLabel(companies[0])
                            + (beneficiary ? " — выгодоприобретатель (более 10 %)" : ""));
        });
    }

    private Candidate.Text text(int tie, List<PathStep> path, String words) {
        return new Candidate.Text(ix.personLabel(ix.tiePerson[tie]), path, words);
    }

    private void add(
            int person,
            boolean under44,
            boolean former,
            byte ground,
            java.util.function.Supplier<Candidate.Text> text) {
        out.add(new Candidate(
                ix.keys[ix.personKey[person]],
                ix.personInn[person],
                () -> facts(person),
                text,
                under44,
                false,
                former,
                ground));
    }

    private PersonFacts facts(int person) {
        String inn = Ids.innText(ix.personInn[person]);
        return new PersonFacts(ix.personName[person], inn, null, null, null, null, null, Ids.region(inn));
    }

    private static boolean formerRole(CompanyRole role) {
        return role == CompanyRole.DIRECTOR || role == CompanyRole.FOUNDER;
    }
}
