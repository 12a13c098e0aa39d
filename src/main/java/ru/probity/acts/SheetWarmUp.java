package ru.probity.acts;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.platform.WarmUp;

/**
 * Writes a one-row acknowledgement sheet as DOCX and as PDF into nowhere once the application is
 * ready, off the request path ({@link WarmUp}): the first real sheet is then as quick as the next.
 */
@Component
class SheetWarmUp {

    /**
     * Rounds of both sheets: the first loads the classes; the next ones let the JIT compile the PDF
     * font's parsing and subsetting, which every sheet repeats (docs/benchmarks.md).
     */
    private static final int ROUNDS = 3;

    @EventListener(ApplicationReadyEvent.class)
    void warm(ApplicationReadyEvent event) {
        WarmUp.inBackground(event, "acknowledgement-sheet", () -> {
            for (int round = 0; round < ROUNDS; round++) {
                sheets();
            }
        });
    }

    static void sheets() throws Exception {
        LocalDate today = LocalDate.of(2025, 1, 1);
        Instant now = Instant.parse("2025-01-01T09:00:00Z");
        LegalAct act = new LegalAct(
                0,
                0,
                "Организация",
                ActKind.values()[0],
                "1",
                today,
                "Прогрев",
                "Организация",
                ActStatus.values()[0],
                null,
                List.of(),
                null,
                null,
                List.of(),
                0,
                null,
                0);
        ActVersion version =
                new ActVersion(0, 0, 1, "act.docx", "application/octet-stream", 0, "0".repeat(64), null, now, "system");
        Distributions.Summary summary =
                new Distributions.Summary(0, 0, act.title(), 1, "Организация", today, now, "system", 2, 1, 0);
        List<Distributions.Row> rows = List.of(
                new Distributions.Row(
                        0,
                        0,
                        "Иванов Иван Иванович",
                        "специалист",
                        "Организация",
                        "DONE",
                        now,
                        "ONLINE",
                        "ivanov",
                        null,
                        false,
                        new Distributions.Signature("1", today, "Прогрев", today)),
                new Distributions.Row(
                        1,
                        1,
                        "Петров Пётр Петрович",
                        "специалист",
                        "Организация",
                        "PENDING",
                        null,
                        null,
                        null,
                        null,
                        true,
                        null));
        AcknowledgementSheet.write(act, version, summary, rows, ZoneOffset.UTC, OutputStream.nullOutputStream());
        AcknowledgementSheetPdf.write(act, version, summary, rows, ZoneOffset.UTC, OutputStream.nullOutputStream());
    }
}
