package ru.probity.expertise;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.probity.expertise.detector.Factor;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The conclusion on the results of the anti-corruption expertise as DOCX, in the customary
 * structure (ПП РФ №96, its Правила, and the model form of the municipal procedures): the heading,
 * the organization, the number and date (or «ПРОЕКТ» while unsigned), the preamble with the act and
 * the basis (172-ФЗ ст.3 ч.4; ПП РФ №96; the municipal procedure), the factors found — each with the
 * clause, the factor and its paragraph of the Методика, the quoted fragment, the proposal for its
 * elimination — or the statement that none were found, the expert's post and name, the date. Every
 * word is from the message bundle ({@code expertise.conclusion.*}).
 */
final class ConclusionDocument {

    private static final String FONT = "Times New Roman";

    private final Messages messages;

    ConclusionDocument(Messages messages) {
        this.messages = messages;
    }

    void write(Expertise.ConclusionContent c, LocalDate today, OutputStream out) throws IOException {
        ExpertiseDocument d = c.document();
        try (XWPFDocument doc = new XWPFDocument()) {
            if (c.conclusion().isEmpty()) {
                paragraph(doc, text("expertise.conclusion.draft"), true, ParagraphAlignment.RIGHT);
            }
            paragraph(doc, text("expertise.conclusion.heading"), true, ParagraphAlignment.CENTER);
            paragraph(doc, d.organizationName(), false, ParagraphAlignment.CENTER);
            LocalDate on = c.conclusion().map(Conclusion::registeredOn).orElse(today);
            paragraph(
                    doc,
                    c.conclusion()
                            .map(k -> text("expertise.conclusion.numberLine", k.number(), RussianFormats.date(on)))
                            .orElse(text("expertise.conclusion.numberLine", "____", RussianFormats.date(on))),
                    false,
                    ParagraphAlignment.CENTER);
            paragraph(
                    doc,
                    text(
                            "expertise.conclusion.preamble",
                            c.expertPost(),
                            d.organizationName(),
                            act(d),
                            c.version().number(),
                            c.version().fileName(),
                            d.developerOrganizationName() == null ? "—" : d.developerOrganizationName(),
                            c.expertName()),
                    false,
                    ParagraphAlignment.BOTH);
            paragraph(doc, text("expertise.conclusion.basis"), false, ParagraphAlignment.BOTH);
            if (c.findings().isEmpty()) {
                paragraph(doc, text("expertise.conclusion.none." + d.subject()), true, ParagraphAlignment.BOTH);
            } else {
                paragraph(
                        doc,
                        text(
                                "expertise.conclusion.found." + d.subject(),
                                c.findings().size()),
                        false,
                        ParagraphAlignment.BOTH);
                XWPFTable table = doc.createTable(1 + c.findings().size(), 5);
                table.setWidth("100%");
                row(
                        table.getRow(0),
                        true,
                        text("expertise.conclusion.col.no"),
                        text("expertise.conclusion.col.clause"),
                        text("expertise.conclusion.col.factor"),
                        text("expertise.conclusion.col.quote"),
                        text("expertise.conclusion.col.proposal"));
                int i = 1;
                for (Finding f : c.findings()) {
                    row(
                            table.getRow(i),
                            false,
                            String.valueOf(i),
                            f.clause() == null || f.clause().isBlank() ? "—" : f.clause(),
                            factor(f.factor()),
                            "«" + f.quote() + "»",
                            f.proposal());
                    i++;
                }
                paragraph(doc, "", false, ParagraphAlignment.LEFT);
                paragraph(doc, text("expertise.conclusion.proposeEliminate"), false, ParagraphAlignment.BOTH);
            }
            paragraph(doc, "", false, ParagraphAlignment.LEFT);
            paragraph(
                    doc,
                    text("expertise.conclusion.signature", c.expertPost(), c.expertName()),
                    false,
                    ParagraphAlignment.LEFT);
            paragraph(doc, RussianFormats.date(on), false, ParagraphAlignment.LEFT);
            doc.write(out);
        }
    }

    /** The act as the preamble names it: its kind and title, with the number and date of an act in force. */
    private String act(ExpertiseDocument d) {
        String kind =
                text("expertise.kind." + (d.subject() == ExpertiseSubject.ACT ? "lower." : "genitive.") + d.kind());
        if (d.subject() == ExpertiseSubject.ACT) {
            return text(
                    "expertise.conclusion.act",
                    kind,
                    d.actAdoptedOn() == null ? "—" : RussianFormats.date(d.actAdoptedOn()),
                    d.actNumber() == null ? "—" : d.actNumber(),
                    d.title());
        }
        return text("expertise.conclusion.draftAct", kind, d.title());
    }

    private String factor(Factor factor) {
        return text(
                "expertise.factor.withReference",
                text("expertise.factor." + factor.name()),
                factor.code().substring(1),
                factor.code().substring(0, 1));
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }

    private static void row(XWPFTableRow row, boolean bold, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().getFirst();
            run(p, cells[i], bold);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        run(p, text, bold);
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }
}
