package ru.probity.procurement.affiliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.probity.procurement.names.Confidence;

/**
 * One possible conflict of interest: a contract, the customer's official and the person tied to
 * the supplier (he himself or his relative), with every rule that applies to it — 44-ФЗ ст.31
 * ч.1 п.9 and 273-ФЗ ст.10 often both. The officers review a conflict once, whatever the number of
 * rules; the engine's {@link Finding}s stay one per rule (the batch command's lines, the
 * evaluation's links).
 *
 * @param rules the rules that apply, in the order of {@link Rule} (the law first, then the red
 *     flags); never empty
 * @param confidence the highest confidence among the rules' findings
 * @param path the path of the primary finding: the surest, then the first rule
 * @param explanation the explanations of the rules' findings, one paragraph each, in rule order
 */
public record Conflict(
        String contractRegNum,
        String customerInn,
        String supplierInn,
        String officialId,
        String personId,
        List<Rule> rules,
        Confidence confidence,
        List<PathStep> path,
        String explanation) {

    public Conflict {
        rules = List.copyOf(rules);
        path = List.copyOf(path);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("A conflict has at least one rule");
        }
    }

    /** The primary rule: the first that applies (44-ФЗ before 273-ФЗ before the red flags). */
    public Rule rule() {
        return rules.getFirst();
    }

    /** The rules' codes, e.g. {@code [44fz_31_1_9, 273fz_10]}. */
    public List<String> ruleCodes() {
        return rules.stream().map(Rule::code).toList();
    }

    /** What identifies the conflict across re-checks: contract, official and person, not the rules. */
    public String key() {
        return key(contractRegNum, officialId, personId);
    }

    public static String key(String contractRegNum, String officialId, String personId) {
        return contractRegNum + "|" + officialId + "|" + personId;
    }

    /** The findings of one or more contracts grouped into conflicts, in the order first found. */
    public static List<Conflict> of(List<Finding> findings) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            byKey.computeIfAbsent(key(f.contractRegNum(), f.officialId(), f.personId()), k -> new ArrayList<>())
                    .add(f);
        }
        List<Conflict> conflicts = new ArrayList<>(byKey.size());
        for (List<Finding> group : byKey.values()) {
            conflicts.add(merge(group));
        }
        return conflicts;
    }

    private static Conflict merge(List<Finding> group) {
        Finding primary = group.stream()
                .min(Comparator.comparingInt((Finding f) -> f.confidence().ordinal())
                        .thenComparingInt(f -> f.rule().ordinal())
                        .thenComparingInt(f -> f.path().size()))
                .orElseThrow();
        TreeSet<Rule> rules = new TreeSet<>();
        group.forEach(f -> rules.add(f.rule()));
        List<String> explanations = new ArrayList<>();
        for (Rule rule : rules) {
            // the surest finding of each rule (one per supplier may exist), its text once
            group.stream()
                    .filter(f -> f.rule() == rule)
                    .min(Comparator.comparingInt((Finding f) -> f.confidence().ordinal()))
                    .map(Finding::explanation)
                    .filter(text -> !explanations.contains(text))
                    .ifPresent(explanations::add);
        }
        return new Conflict(
                primary.contractRegNum(),
                primary.customerInn(),
                primary.supplierInn(),
                primary.officialId(),
                primary.personId(),
                List.copyOf(rules),
                primary.confidence(),
                primary.path(),
                String.join("\n\n", explanations));
    }
}
