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
        assertThat(fragments).hasSizeGreaterThanOrEqualTo(80);
        assertThat(fragments.stream().filter(f -> f.factors().isEmpty()).count())
                .isGreaterThanOrEqualTo(60);
        assertThat(fragments.stream().map(Corpus.Fragment::split).distinct())
                .containsExactlyInAnyOrder("dev", "heldout");
    }

    @Test
    void theCleanNormativeTextIsRarelyFlagged() throws Exception {
        Evaluation.Result r = Evaluation.evaluate(detector, Corpus.bundled());
        assertThat(r.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.6);
        for (Factor f : List.of(Factor.P3A, Factor.P3B, Factor.P3ZH, Factor.P4V)) {
            Evaluation.Score s = r.perFactor().get(f);
            if (s.flagged() >= 5) {
                assertThat(s.precision()).as("precision of %s", f.code()).isGreaterThanOrEqualTo(0.7);
            }
            if (s.labelled() >= 5) {
                assertThat(s.recall()).as("recall of %s", f.code()).isGreaterThanOrEqualTo(0.85);
            }
        }
    }

    @Test
    void aHundredPageActScansWellUnderASecond() {
        String act = FactorDetectorBenchmark.act(100);
        detector.scan(act);
        long start = System.nanoTime();
        List<Hint> hints = detector.scan(act);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(hints).isNotEmpty();
        assertThat(ms).isLessThan(1000);
    }
}
