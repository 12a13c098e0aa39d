package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.probity.procurement.model.CompanyRole;

/**
 * Effective ownership of a company by natural persons (44-ФЗ ст.31 ч.1 п.9: a beneficiary owns
 * directly or indirectly — through one or several legal entities — more than 10 %): the product of
 * the shares along each chain of founders, summed over all chains. A depth-first walk up the
 * founders, at most {@value #MAX_DEPTH} legal entities deep, never re-entering a company already on
 * the current chain (so an ownership cycle is walked once, not forever). A share not given counts
 * as 100 % when it is the company's only founder and is otherwise unknown (the tie still counts for
 * 273-ФЗ, not for the sum). Computed on demand per supplier: a few ties, no global pass.
 */
final class Ownership {

    static final int MAX_DEPTH = 6;
    static final double BENEFICIARY_PERCENT = 10.0;
    /** A guard against pathological holding webs: the walk stops after this many companies. */
    private static final int MAX_VISITS = 20_000;

    /**
     * A person's effective share, with the chain that gives the most of it: his founder tie, the
     * companies from the supplier up ({@code companies[0]} is the supplier) and the shares between
     * them ({@code shares[i]} is owned by {@code companies[i + 1]} in {@code companies[i]}).
     */
    record Owner(int person, double percent, int chains, int tie, double tiePercent, int[] companies, int[] shares) {}

    private final RegistryIndex ix;
    private final int day;
    private final int[] stackCompanies = new int[MAX_DEPTH + 1];
    private final int[] stackShares = new int[MAX_DEPTH];
    /** Per person: the sum over his chains and the chain that gives the most (one map, few objects). */
    private final Map<Integer, Sum> sums = new HashMap<>();

    private int visits;

    private static final class Sum {
        double total;
        int chains;
        Owner best;
    }

    private Ownership(RegistryIndex ix, int day) {
        this.ix = ix;
        this.day = day;
    }

    /** The natural persons owning the company on the day, with any positive share. */
    static List<Owner> of(RegistryIndex ix, int company, int day) {
        Ownership walk = new Ownership(ix, day);
        walk.visit(company, 1.0, 0);
        if (walk.sums.isEmpty()) {
            return List.of();
        }
        List<Owner> owners = new ArrayList<>(walk.sums.size());
        for (Sum sum : walk.sums.values()) {
            Owner o = sum.best;
            owners.add(new Owner(
                    o.person(), sum.total * 100, sum.chains, o.tie(), o.tiePercent(), o.companies(), o.shares()));
        }
        return owners;
    }

    private void visit(int company, double factor, int depth) {
        if (++visits > MAX_VISITS) {
            return;
        }
        stackCompanies[depth] = company;
        int founders = founders(company);
        for (int t = ix.companyTieStart[company]; t < ix.companyTieStart[company + 1]; t++) {
            if (ix.tieRole[t] != CompanyRole.FOUNDER.ordinal() || !Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                continue;
            }
            double percent = known(ix.tieShare[t], founders);
            if (!(percent > 0)) {
                continue;
            }
            double part = factor * percent / 100;
            int person = ix.tiePerson[t];
            Sum sum = sums.get(person);
            if (sum == null) {
                sum = new Sum();
                sums.put(person, sum);
            }
            sum.total += part;
            sum.chains++;
            Owner known = sum.best;
            if (known == null || part > known.percent()) {
                sum.best = new Owner(
                        person,
                        part,
                        1,
                        t,
                        percent,
                        Arrays.copyOf(stackCompanies, depth + 1),
                        Arrays.copyOf(stackShares, depth));
            }
        }
        if (depth == MAX_DEPTH) {
            return;
        }
        for (int s = ix.companyShareStart[company]; s < ix.companyShareStart[company + 1]; s++) {
            int owner = ix.shareOwner[s];
            if (!Ids.heldOn(ix.shareSince[s], ix.shareUntil[s], day) || onChain(owner, depth)) {
                continue;
            }
            double percent = known(ix.sharePercent[s], founders);
            if (percent > 0) {
                stackShares[depth] = s;
                visit(owner, factor * percent / 100, depth + 1);
            }
        }
    }

    private boolean onChain(int company, int depth) {
        for (int i = 0; i <= depth; i++) {
            if (stackCompanies[i] == company) {
                return true;
            }
        }
        return false;
    }

    /** How many founders (persons and legal entities) the company has on the day. */
    private int founders(int company) {
        int n = 0;
        for (int t = ix.companyTieStart[company]; t < ix.companyTieStart[company + 1]; t++) {
            if (ix.tieRole[t] == CompanyRole.FOUNDER.ordinal() && Ids.heldOn(ix.tieSince[t], ix.tieUntil[t], day)) {
                n++;
            }
        }
        for (int s = ix.companyShareStart[company]; s < ix.companyShareStart[company + 1]; s++) {
            if (Ids.heldOn(ix.shareSince[s], ix.shareUntil[s], day)) {
                n++;
            }
        }
        return n;
    }

    /** The share in percent; an unknown share of a sole founder is 100 %, otherwise NaN. */
    static double known(float percent, int founders) {
        if (!Float.isNaN(percent)) {
            return percent;
        }
        return founders == 1 ? 100.0 : Double.NaN;
    }
}
