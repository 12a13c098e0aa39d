package ru.probity.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import ru.probity.monitoring.rating.Decimals;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * «Сводный отчёт о мониторинге антикоррупционной работы в муниципальных образованиях» as DOCX: the
 * period and its days, how many reports were accepted of those assigned, the table per indicator
 * (the total, the previous period's, the change and its per cent), the answers of the text
 * indicators, and the organizations whose reports were not accepted.
 */
@Component
class ConsolidatedReportDocx {

    private static final String FONT = "Times New Roman";

    private final Messages messages;

    ConsolidatedReportDocx(Messages messages) {
        this.messages = messages;
    }

    void write(Consolidation.Consolidated c, LocalDate today, OutputStream out) throws IOException {
        Messages m = messages;
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, m.text("consolidation.doc.title"), true, ParagraphAlignment.CENTER);
            text(
                    document,
                    m.text(
                            "consolidation.doc.period",
                            c.form().period(),
                            RussianFormats.date(c.form().from()),
                            RussianFormats.date(c.form().to())),
                    false,
                    ParagraphAlignment.CENTER);
            text(document, c.form().title(), false, ParagraphAlignment.CENTER);
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("consolidation.doc.accepted", c.accepted(), c.assigned()),
                    false,
                    ParagraphAlignment.BOTH);
            text(
                    document,
                    c.previous() == null
                            ? m.text("consolidation.doc.noPrevious")
                            : m.text("consolidation.doc.previous", c.previous().period()),
                    false,
                    ParagraphAlignment.BOTH);

            if (c.anyNested()) {
                text(
                        document,
                        m.text(
                                "consolidation.doc.nested",
                                String.join(
                                        "; ",
                                        c.reporters().stream()
                                                .filter(Consolidation.Reporter::nested)
                                                .map(Consolidation.Reporter::name)
                                                .toList())),
                        false,
                        ParagraphAlignment.BOTH);
            }
            String[] heads = {
                m.text("consolidation.col.number"),
                m.text("consolidation.col.indicator"),
                m.text("consolidation.col.total"),
                m.text("consolidation.col.previous"),
                m.text("consolidation.col.delta"),
                m.text("consolidation.col.percent")
            };
            XWPFTable table = document.createTable(1, heads.length);
            table.setWidth("100%");
            fill(table.getRow(0), heads, true);
            int n = 0;
            String section = null;
            for (Consolidation.Line line : c.lines()) {
                if (!line.section().equals(section)) {
                    section = line.section();
                    XWPFTableRow row = table.createRow();
                    fill(row, new String[] {"", section, "", "", "", ""}, true);
                }
                n++;
                fill(table.createRow(), cells(line, n), false);
            }

            List<Consolidation.Line> texts = c.lines().stream()
                    .filter(l ->
                            Consolidation.TEXT.equals(l.kind()) && !l.answers().isEmpty())
                    .toList();
            if (!texts.isEmpty()) {
                text(document, "", false, ParagraphAlignment.LEFT);
                text(document, m.text("consolidation.doc.answers"), true, ParagraphAlignment.LEFT);
                for (Consolidation.Line line : texts) {
                    text(document, line.name(), true, ParagraphAlignment.LEFT);
                    for (String answer : line.answers()) {
                        text(document, "— " + answer, false, ParagraphAlignment.BOTH);
                    }
                }
            }

            text(document, "", false, ParagraphAlignment.LEFT);
            if (c.missing().isEmpty()) {
                text(document, m.text("consolidation.doc.allReported"), false, ParagraphAlignment.BOTH);
            } else {
                text(document, m.text("consolidation.doc.missing"), true, ParagraphAlignment.LEFT);
                for (Consolidation.Missing missing : c.missing()) {
                    text(
                            document,
                            m.text("consolidation.doc.missingLine", missing.name(), missing.status()),
                            false,
                            ParagraphAlignment.BOTH);
                }
            }
            text(document, "", false, ParagraphAlignment.LEFT);
            text(
                    document,
                    m.text("consolidation.doc.made", RussianFormats.date(today)),
                    false,
                    ParagraphAlignment.LEFT);
            document.write(out);
        }
    }

    private String[] cells(Consolidation.Line line, int n) {
        String total = line.totalText();
        if (Consolidation.YES_NO.equals(line.kind())) {
            total = messages.text("consolidation.yesOf", total, line.given());
        } else if (!line.comparable()) {
            total = messages.text("consolidation.answers", total);
        }
        return new String[] {
            Integer.toString(n),
            line.name(),
            total,
            line.previous() == null ? "—" : Decimals.russian(line.previous()),
            line.delta() == null ? "—" : signed(line.delta()),
            line.percent() == null ? "—" : signed(line.percent()) + " %"
        };
    }

    static String signed(java.math.BigDecimal value) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + Decimals.russian(value.abs());
    }

    private static void fill(XWPFTableRow row, String[] texts, boolean bold) {
        for (int i = 0; i < texts.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().getFirst();
            run(paragraph, texts[i], bold);
        }
    }

    private static void text(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }
}
