package ru.probity.visits;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The report of an on-site visit as DOCX: the organization visited, the days, the subject and the
 * region's team; the checklist item by item with its legal basis, the verdict and the team's note,
 * section by section, with the totals; the team's conclusion; the recommendations with their terms
 * and the state of their execution (the last report and the region's decision).
 */
final class VisitReport {

    private static final String FONT = "Times New Roman";

    /** What the report shows. */
    record Data(
            Visit visit,
            Map<String, List<Visits.Row>> checklist,
            List<Recommendation> recommendations,
            Map<Long, List<ExecutionReport>> reports,
            LocalDate today) {}

    private VisitReport() {}

    static void write(Messages m, Data data, OutputStream out) throws IOException {
        Visit visit = data.visit();
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, m.text("visits.doc.title"), true, ParagraphAlignment.CENTER);
            text(document, m.text("visits.doc.subtitle", visit.organizationName()), true, ParagraphAlignment.CENTER);
            LocalDate from = visit.held() ? visit.heldFrom() : visit.plannedFrom();
            LocalDate to = visit.held() ? visit.heldTo() : visit.plannedTo();
            text(document, period(from, to), false, ParagraphAlignment.RIGHT);
            if (!visit.held()) {
                text(
                        document,
                        m.text("visits.doc.notHeld", m.text("visits.status." + visit.status())),
                        true,
                        ParagraphAlignment.LEFT);
            }
            labelled(document, m.text("visits.doc.subject"), visit.subject());
            labelled(
                    document,
                    m.text("visits.doc.checklist"),
                    m.text("visits.template.nameVersion", visit.templateName(), visit.templateVersion()));
            if (!visit.team().isBlank()) {
                labelled(document, m.text("visits.doc.team"), "");
                for (String member : visit.team().split("\\R")) {
                    if (!member.isBlank()) {
                        text(document, "— " + member.strip(), false, ParagraphAlignment.LEFT);
                    }
                }
            }

            text(document, m.text("visits.doc.results"), true, ParagraphAlignment.LEFT);
            int compliant = 0;
            int notCompliant = 0;
            int notApplicable = 0;
            int unchecked = 0;
            XWPFTable table = document.createTable(1, 5);
            header(
                    table.getRow(0),
                    m.text("visits.doc.col.number"),
                    m.text("visits.doc.col.item"),
                    m.text("visits.doc.col.basis"),
                    m.text("visits.doc.col.verdict"),
                    m.text("visits.doc.col.note"));
            int number = 0;
            for (Map.Entry<String, List<Visits.Row>> section : data.checklist().entrySet()) {
                XWPFTableRow heading = table.createRow();
                cell(heading, 0, "", false);
                cell(heading, 1, section.getKey(), true);
                for (int i = 2; i < 5; i++) {
                    cell(heading, i, "", false);
                }
                for (Visits.Row row : section.getValue()) {
                    number++;
                    XWPFTableRow line = table.createRow();
                    cell(line, 0, Integer.toString(number), false);
                    cell(line, 1, row.item().text(), false);
                    cell(line, 2, row.item().legalBasis(), false);
                    cell(
                            line,
                            3,
                            row.verdict() == null
                                    ? m.text("visits.verdict.none")
                                    : m.text("visits.verdict." + row.verdict()),
                            row.verdict() != null && row.verdict().name().equals("NOT_COMPLIANT"));
                    cell(line, 4, row.note() == null ? "" : row.note(), false);
                    if (row.verdict() == null) {
                        unchecked++;
                    } else {
                        switch (row.verdict()) {
                            case COMPLIANT -> compliant++;
                            case NOT_COMPLIANT -> notCompliant++;
                            case NOT_APPLICABLE -> notApplicable++;
                        }
                    }
                }
            }
            text(
                    document,
                    m.text("visits.doc.totals", compliant, notCompliant, notApplicable, unchecked),
                    false,
                    ParagraphAlignment.LEFT);

            if (visit.conclusion() != null) {
                text(document, m.text("visits.doc.conclusion"), true, ParagraphAlignment.LEFT);
                text(document, visit.conclusion(), false, ParagraphAlignment.BOTH);
            }

            text(document, m.text("visits.doc.recommendations"), true, ParagraphAlignment.LEFT);
            if (data.recommendations().isEmpty()) {
                text(document, m.text("visits.doc.noRecommendations"), false, ParagraphAlignment.LEFT);
            } else {
                XWPFTable recs = document.createTable(1, 4);
                header(
                        recs.getRow(0),
                        m.text("visits.doc.col.number"),
                        m.text("visits.doc.col.recommendation"),
                        m.text("visits.doc.col.due"),
                        m.text("visits.doc.col.execution"));
                int n = 0;
                for (Recommendation r : data.recommendations()) {
                    XWPFTableRow line = recs.createRow();
                    cell(line, 0, Integer.toString(++n), false);
                    cell(line, 1, r.text(), false);
                    cell(line, 2, RussianFormats.date(r.dueOn()), r.overdue());
                    StringBuilder state = new StringBuilder(m.text("visits.recommendation.status." + r.status()));
                    if (r.overdue()) {
                        state.append(", ").append(m.text("visits.recommendation.overdue"));
                    }
                    List<ExecutionReport> reports = data.reports().getOrDefault(r.id(), List.of());
                    if (!reports.isEmpty()) {
                        ExecutionReport last = reports.getLast();
                        state.append(". ").append(m.text("visits.doc.lastReport", last.text()));
                        if (last.remark() != null) {
                            state.append(" ").append(m.text("visits.doc.remark", last.remark()));
                        }
                    }
                    cell(line, 3, state.toString(), false);
                }
            }
            text(
                    document,
                    m.text("visits.doc.composed", RussianFormats.date(data.today())),
                    false,
                    ParagraphAlignment.RIGHT);
            document.write(out);
        }
    }

    private static String period(LocalDate from, LocalDate to) {
        return from.equals(to)
                ? RussianFormats.date(from)
                : RussianFormats.date(from) + " — " + RussianFormats.date(to);
    }

    private static void header(XWPFTableRow row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            cell(row, i, titles[i], true);
        }
    }

    private static void cell(XWPFTableRow row, int index, String text, boolean bold) {
        var cell = row.getCell(index);
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        run(paragraph, text, bold, 10);
    }

    private static void text(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, 12);
    }

    private static void labelled(XWPFDocument document, String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        run(paragraph, label + " ", true, 12);
        run(paragraph, text, false, 12);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
