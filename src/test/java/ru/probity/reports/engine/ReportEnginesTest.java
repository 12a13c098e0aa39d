package ru.probity.reports.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Receipts;
import ru.probity.sealing.Sealing;

class ReportEnginesTest {

    @Test
    void receiptsHaveAHundredBitsAndForgiveCaseDashesAndLookalikes() {
        assertThat(Receipts.BITS).isGreaterThanOrEqualTo(80);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String r = Receipts.newReceipt();
            assertThat(r).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
            assertThat(seen.add(r)).isTrue();
        }
        String r = "7KQ2M9XD0AB1CDEFGH23";
        assertThat(Receipts.display(r)).isEqualTo("7KQ2-M9XD-0AB1-CDEF-GH23");
        assertThat(Receipts.normalize(" 7kq2-m9xd-oab1-cdef-gh23 ")).contains("7KQ2M9XD0AB1CDEFGH23");
        assertThat(Receipts.normalize("7KQ2-M9XD-0AB1-CDEF-GH2")).isEmpty();
        assertThat(Receipts.normalize("7KQ2-M9XD-0AB1-CDEF-GH2U")).isEmpty();
    }

    @Test
    void aSolvedChallengeIsValidOnceItsWorkIsDoneAndNotAfterItExpires() {
        byte[] key = Sealing.randomBytes(32);
        Instant now = Instant.now();
        String challenge = ProofOfWork.challenge(key, 12, now.plusSeconds(60));
        String solution = ProofOfWork.solve(challenge);
        assertThat(ProofOfWork.verify(key, challenge, solution, now)).isEqualTo(ProofOfWork.Verdict.VALID);
        assertThat(ProofOfWork.verify(key, challenge, solution, now.plusSeconds(120)))
                .isEqualTo(ProofOfWork.Verdict.EXPIRED);
        assertThat(ProofOfWork.verify(Sealing.randomBytes(32), challenge, solution, now))
                .isEqualTo(ProofOfWork.Verdict.MALFORMED);
        String easier = challenge.replace(".12.", ".1.");
        assertThat(ProofOfWork.verify(key, easier, "0", now)).isEqualTo(ProofOfWork.Verdict.MALFORMED);
    }

    @Test
    void termsFollow59FzAndTheAnswerIsExtendedOnlyOnceByAtMostThirtyDays() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        assertThat(AppealDeadlines.registerBy(received)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(AppealDeadlines.redirectBy(received)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(AppealDeadlines.answerBy(received, false)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(AppealDeadlines.answerBy(received, true)).isNull();
        assertThat(AppealDeadlines.extend(LocalDate.of(2026, 4, 1), 30, false)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> AppealDeadlines.extend(LocalDate.of(2026, 4, 1), 10, true))
                .hasMessageContaining("already-extended");
        assertThatThrownBy(() -> AppealDeadlines.extend(LocalDate.of(2026, 4, 1), 31, false))
                .hasMessageContaining("days");
        assertThat(AppealDeadlines.overdue(received, received)).isFalse();
        assertThat(AppealDeadlines.overdue(received, received.plusDays(1))).isTrue();
    }

    @Test
    void uploadsAreRecognisedByContentAndTheirNamesCleaned() {
        // the reports check uploads with the platform's check, active content included (issue 14, item 13)
        assertThat(AttachedFile.checkInert("a.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), 100)
                        .type())
                .isEqualTo(AttachedFile.Type.PDF);
        assertThat(AttachedFile.checkInert("заметка.txt", "Текст".getBytes(StandardCharsets.UTF_8), 100)
                        .type())
                .isEqualTo(AttachedFile.Type.TXT);
        assertThatThrownBy(() -> AttachedFile.checkInert("a.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII), 100))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> AttachedFile.checkInert("a.exe", new byte[] {'M', 'Z', 0, 1}, 100))
                .hasMessageContaining("type");
        assertThatThrownBy(() -> AttachedFile.checkInert("a.txt", new byte[200], 100))
                .hasMessageContaining("size");
        assertThat(AttachedFile.cleanName("C:\\x\\..\\evil\u0000name.txt")).isEqualTo("evilname.txt");
        assertThat(AttachedFile.cleanName("../../etc/passwd")).isEqualTo("passwd");
    }
}
