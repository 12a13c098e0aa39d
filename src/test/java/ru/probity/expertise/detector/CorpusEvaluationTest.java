package ru.probity.expertise.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector on the labelled corpus kept in the project (src/main/resources/expertise/corpus):
 * the figures of docs/expertise-detector.md as a floor, so that a rule that gets worse fails the
 * build, and the speed on a 100-page act.
 */
class CorpusEvaluationTest {

    private final FactorDetector detector = new FactorDetector();

    @Test
    void theCorpusIsRealTextWithItsSources() throws Exception {
        List<Corpus.Fragment> fragments = Corpus.bundled();
        assertThat(fragments).hasSizeGreaterThanOrEqualTo(332);
        assertThat(fragments.stream().filter(f -> f.factors().isEmpty()).count())
                .isGreaterThanOrEqualTo(260);
        assertThat(fragments.stream().map(Corpus.Fragment::split).distinct())
                .containsExactlyInAnyOrder("dev", "heldout");
    }

    /**
     * The figures measured on 2026-12-07 after the third session (docs/expertise-detector.md) as
     * floors: a change of the rules that loses a detection or flags more clean text fails here. They
     * are below the targets on the held-out part, which the corpus shows honestly.
     */
    @Test
    void theMeasuredFiguresHold() throws Exception {
        List<Corpus.Fragment> fragments = Corpus.bundled();
        Evaluation.Result all = Evaluation.evaluate(detector, fragments);
        assertThat(all.overall().falsePositives())
                .as("fragment-factor pairs flagged wrongly")
                .isLessThanOrEqualTo(28);
        assertThat(all.overall().truePositives())
                .as("fragment-factor pairs found")
                .isGreaterThanOrEqualTo(73);
        Evaluation.Score fourV = all.perFactor().get(Factor.P4V);
        assertThat(fourV.precision()).as("precision of 4в").isGreaterThanOrEqualTo(0.68);
        assertThat(fourV.recall()).as("recall of 4в").isGreaterThanOrEqualTo(0.82);
        Evaluation.Score threeB = all.perFactor().get(Factor.P3B);
        assertThat(threeB.precision()).as("precision of 3б").isGreaterThanOrEqualTo(0.81);
        assertThat(threeB.recall()).as("recall of 3б").isEqualTo(1.0);
        assertThat(all.perFactor().get(Factor.P3A).truePositives())
                .as("3а found")
                .isGreaterThanOrEqualTo(16);
        assertThat(all.perFactor().get(Factor.P3A).falsePositives())
                .as("3а flagged wrongly")
                .isLessThanOrEqualTo(4);
        assertThat(all.perFactor().get(Factor.P3ZH).truePositives())
                .as("3ж found")
                .isGreaterThanOrEqualTo(12);
        Evaluation.Result heldout = Evaluation.evaluate(
                detector,
                fragments.stream().filter(f -> f.split().equals("heldout")).toList());
        assertThat(heldout.overall().truePositives()).as("held-out pairs found").isGreaterThanOrEqualTo(29);
        assertThat(heldout.overall().falsePositives())
                .as("held-out pairs flagged wrongly")
                .isLessThanOrEqualTo(25);
    }

    /** The hard negatives: the applicant's rights, limits of terms, exhaustive lists of grounds. */
    @Test
    void theExhaustiveGroundsForRefusalAreNotFlagged() throws Exception {
        List<Corpus.Fragment> grounds = Corpus.bundled().stream()
                .filter(f -> f.file().equals("refusal-grounds.txt"))
                .toList();
        assertThat(grounds).hasSizeGreaterThan(20);
        assertThat(grounds)
                .allSatisfy(
                        f -> assertThat(detector.scan(f.text())).as(f.text()).isEmpty());
    }

    /** The best of three runs (the build machine is shared: one run may wait for the CPU). */
    @Test
    void aHundredPageActScansWellUnderASecond() {
        String act = FactorDetectorBenchmark.act(100);
        detector.scan(act);
        long best = Long.MAX_VALUE;
        List<Hint> hints = List.of();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            hints = detector.scan(act);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(hints).isNotEmpty();
        assertThat(best).isLessThan(1000);
    }

    /**
     * A text without a single stop (a table pasted as text) is one «sentence» of 220 000 characters
     * with 10 000 hints: each match reads a bounded window of it, so the scan stays linear (reading
     * the whole sentence at every match took minutes).
     */
    @Test
    void aTextWithoutStopsScansInLinearTime() {
        String act =
                "администрация вправе отказать своевременно и иные документы в установленном порядке ".repeat(2500);
        detector.scan(act);
        long start = System.nanoTime();
        List<Hint> hints = detector.scan(act);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(hints).hasSizeGreaterThan(5000);
        assertThat(ms).isLessThan(10_000);
    }
}
