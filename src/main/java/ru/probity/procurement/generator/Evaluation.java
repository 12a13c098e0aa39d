package ru.probity.procurement.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the batch check's findings against the planted truth. A link is (contract, official,
 * person, rule). At high and medium confidence: recall over the planted links, precision over the
 * reported links (a reported link not in the truth is a false positive), and the share of the
 * planted 44-ФЗ links reported under 44fz_31_1_9. Low-confidence findings are leads to check, not
 * violations: they are counted apart and not scored.
 *
 * <p>The application shows one finding per conflict — (contract, official, person) with every rule
 * that applies — so the same scores are also given per conflict: a planted conflict is found when
 * one of its links is reported at high or medium confidence, a reported conflict is false when no
 * link of it was planted, and its rules are exact when the reported rules are the planted ones.
 */
public final class Evaluation {

    public static final String R44 = "44fz_31_1_9";

    /** Per rule: planted, found among them, reported, of them false, low-confidence leads. */
    public record RuleCounts(int planted, int found, int reported, int falsePositives, int leads) {}

    /**
     * Per conflict (contract, official, person): planted, found among them, reported, correct among
     * them, found with exactly the planted rules.
     */
    public record ConflictCounts(int planted, int found, int reported, int correct, int exactRules) {

        public double recall() {
            return planted == 0 ? 1.0 : (double) found / planted;
        }

        public double precision() {
            return reported == 0 ? 1.0 : (double) correct / reported;
        }

        /** The share of the found conflicts listing exactly the planted rules. */
        public double exact() {
            return found == 0 ? 1.0 : (double) exactRules / found;
        }
    }

    public record Result(
            int planted,
            int found,
            int reported,
            int correct,
            int leads,
            double recall,
            double precision,
            double labelled44,
            Map<String, RuleCounts> byRule,
            List<PlantedLink> missed,
            List<PlantedLink> falsePositives,
            ConflictCounts conflicts) {

        public boolean passes(double minRecall, double minPrecision) {
            return recall >= minRecall
                    && precision >= minPrecision
                    && labelled44 >= 1.0 - 1e-12
                    && conflicts.recall() >= minRecall
                    && conflicts.precision() >= minPrecision;
        }

        public void print(PrintStream out) {
            out.printf("%-16s %8s %8s %8s %8s %8s%n", "правило", "заложено", "найдено", "выдано", "ложных", "low");
            byRule.forEach((rule, c) -> out.printf(
                    "%-16s %8d %8d %8d %8d %8d%n",
                    rule, c.planted(), c.found(), c.reported(), c.falsePositives(), c.leads()));
            out.printf("%-16s %8d %8d %8d %8d %8d%n", "всего", planted, found, reported, reported - correct, leads);
            out.printf("Полнота (recall, high+medium): %.4f%n", recall);
            out.printf("Точность (precision, high+medium): %.4f%n", precision);
            out.printf("Связи 44-ФЗ, выданные по правилу %s: %.4f%n", R44, labelled44);
            out.printf(
                    "Конфликты (контракт, должностное лицо, лицо): заложено %d, найдено %d, выдано %d, ложных %d;"
                            + " полнота %.4f, точность %.4f, с точно теми же правилами %.4f%n",
                    conflicts.planted(),
                    conflicts.found(),
                    conflicts.reported(),
                    conflicts.reported() - conflicts.correct(),
                    conflicts.recall(),
                    conflicts.precision(),
                    conflicts.exact());
            missed.stream().limit(20).forEach(l -> out.println("  пропущено: " + l.csv()));
            falsePositives.stream().limit(20).forEach(l -> out.println("  ложное: " + l.csv()));
        }
    }

    private Evaluation() {}

    /** The missed and the false links counted by the planted sub-case of their contract. */
    public static void printByCase(Result result, Map<String, String> caseOf, PrintStream out) {
        Map<String, Integer> missed = new TreeMap<>();
        result.missed()
                .forEach(l -> missed.merge(caseOf.getOrDefault(l.contract(), "?") + " " + l.rule(), 1, Integer::sum));
        Map<String, Integer> wrong = new TreeMap<>();
        result.falsePositives()
                .forEach(l ->
                        wrong.merge(caseOf.getOrDefault(l.contract(), "background") + " " + l.rule(), 1, Integer::sum));
        out.println("Пропущено по видам заложенных связей: " + missed);
        out.println("Ложные по видам: " + wrong);
    }

    /** {@code cases.csv} ({@code contract;case}) as {@link WorldFiles} writes it; empty if absent. */
    public static Map<String, String> readCases(Path file) {
        Map<String, String> cases = new java.util.HashMap<>();
        if (!Files.exists(file)) {
            return cases;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                int semi = line.indexOf(';');
                if (semi > 0) {
                    cases.put(line.substring(0, semi), line.substring(semi + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    public static Result evaluate(Path truthFile, Path findingsFile) {
        List<PlantedLink> truth = readTruth(truthFile);
        Set<PlantedLink> reported = new HashSet<>();
        Set<PlantedLink> leads = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(findingsFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                PlantedLink link = new PlantedLink(
                        JsonFields.string(line, "contract"),
                        JsonFields.string(line, "official_id"),
                        JsonFields.string(line, "person_id"),
                        JsonFields.string(line, "rule"));
                String confidence = JsonFields.string(line, "confidence");
                ("low".equals(confidence) ? leads : reported).add(link);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return score(truth, reported, leads);
    }

    static Result score(List<PlantedLink> truthList, Set<PlantedLink> reported, Set<PlantedLink> leads) {
        Set<PlantedLink> truth = new HashSet<>(truthList);
        Map<String, int[]> counts = new TreeMap<>();
        List<PlantedLink> missed = new ArrayList<>();
        List<PlantedLink> wrong = new ArrayList<>();
        int found = 0;
        int planted44 = 0;
        int found44 = 0;
        for (PlantedLink t : truth) {
            int[] c = counts.computeIfAbsent(t.rule(), k -> new int[5]);
            c[0]++;
            boolean hit = reported.contains(t);
            if (hit) {
                found++;
                c[1]++;
            } else {
                missed.add(t);
            }
            if (R44.equals(t.rule())) {
                planted44++;
                found44 += hit ? 1 : 0;
            }
        }
        int correct = 0;
        for (PlantedLink f : reported) {
            int[] c = counts.computeIfAbsent(f.rule(), k -> new int[5]);
            c[2]++;
            if (truth.contains(f)) {
                correct++;
            } else {
                c[3]++;
                wrong.add(f);
            }
        }
        leads.forEach(l -> counts.computeIfAbsent(l.rule(), k -> new int[5])[4]++);
        Map<String, RuleCounts> byRule = new TreeMap<>();
        counts.forEach((k, c) -> byRule.put(k, new RuleCounts(c[0], c[1], c[2], c[3], c[4])));
        missed.sort((a, b) -> a.csv().compareTo(b.csv()));
        wrong.sort((a, b) -> a.csv().compareTo(b.csv()));
        return new Result(
                truth.size(),
                found,
                reported.size(),
                correct,
                leads.size(),
                truth.isEmpty() ? 1.0 : (double) found / truth.size(),
                reported.isEmpty() ? 1.0 : (double) correct / reported.size(),
                planted44 == 0 ? 1.0 : (double) found44 / planted44,
                byRule,
                missed,
                wrong,
                conflicts(truth, reported));
    }

    /** The links grouped into conflicts: (contract, official, person) → its rules. */
    private static Map<String, Set<String>> byConflict(Set<PlantedLink> links) {
        Map<String, Set<String>> conflicts = new java.util.HashMap<>();
        for (PlantedLink l : links) {
            conflicts
                    .computeIfAbsent(l.contract() + "|" + l.officialId() + "|" + l.personId(), k -> new HashSet<>())
                    .add(l.rule());
        }
        return conflicts;
    }

    static ConflictCounts conflicts(Set<PlantedLink> truth, Set<PlantedLink> reported) {
        Map<String, Set<String>> planted = byConflict(truth);
        Map<String, Set<String>> given = byConflict(reported);
        int found = 0;
        int exact = 0;
        for (var conflict : planted.entrySet()) {
            Set<String> rules = given.get(conflict.getKey());
            if (rules != null) {
                found++;
                exact += rules.equals(conflict.getValue()) ? 1 : 0;
            }
        }
        int correct = (int) given.keySet().stream().filter(planted::containsKey).count();
        return new ConflictCounts(planted.size(), found, given.size(), correct, exact);
    }

    static List<PlantedLink> readTruth(Path file) {
        List<PlantedLink> truth = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                String[] f = line.split(";", -1);
                if (f.length == 4) {
                    truth.add(new PlantedLink(f[0], f[1], f[2], f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return truth;
    }
}
