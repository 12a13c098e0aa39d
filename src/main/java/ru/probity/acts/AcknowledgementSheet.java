package ru.probity.acts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.probity.platform.RussianFormats;

/**
 * The acknowledgement sheet of a distribution ("лист ознакомления") as DOCX: the act with its
 * requisites and the version's hash, then every employee with his post, the date and the way he
 * acknowledged, and a column for a handwritten signature.
 */
final class AcknowledgementSheet {

    private AcknowledgementSheet() {}

    /** The sheet; the times of acknowledgement in {@code zone}, the region's. */
    static void write(
            LegalAct act,
            ActVersion version,
            Distributions.Summary summary,
            List<Distributions.Row> rows,
            ZoneId zone,
            OutputStream out)
            throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, "ЛИСТ ОЗНАКОМЛЕНИЯ", true, ParagraphAlignment.CENTER);
            paragraph(
                    document,
                    "с документом «" + act.title() + "»" + (act.requisites().isEmpty() ? "" : " " + act.requisites()),
                    false,
                    ParagraphAlignment.CENTER);
            paragraph(
                    document,
                    "Редакция " + version.number() + " (файл «" + version.fileName() + "», SHA-256 " + version.sha256()
                            + "). Разослан: " + summary.organization() + ", срок ознакомления — "
                            + summary.dueOn().format(RussianFormats.DATE) + ".",
                    false,
                    ParagraphAlignment.LEFT);
            XWPFTable table = document.createTable(rows.size() + 1, 7);
            table.setWidth("100%");
            header(
                    table.getRow(0),
                    "№",
                    "Фамилия, имя, отчество",
                    "Должность",
                    "Организация",
                    "Дата ознакомления",
                    "Способ",
                    "Подпись");
            for (int i = 0; i < rows.size(); i++) {
                Distributions.Row r = rows.get(i);
                XWPFTableRow row = table.getRow(i + 1);
                cell(row, 0, Integer.toString(i + 1));
                cell(row, 1, r.name());
                cell(row, 2, r.post());
                cell(row, 3, r.organization());
                cell(
                        row,
                        4,
                        r.acknowledgedAt() == null
                                ? ""
                                : RussianFormats.DATE_TIME.format(
                                        r.acknowledgedAt().atZone(zone)));
                cell(row, 5, way(r, zone));
                cell(row, 6, "");
            }
            paragraph(
                    document,
                    "Ознакомлено " + summary.acknowledged() + " из " + summary.recipients() + ".",
                    false,
                    ParagraphAlignment.LEFT);
            document.write(out);
        }
    }

    /**
     * How the employee acknowledged: an online acknowledgement made under the local act and the
     * agreement is «подписано простой электронной подписью» with who, when, the act and the
     * agreement (63-ФЗ ст.6 ч.2, ст.9); one made before they were recorded says only that the
     * password confirmed it; a paper one names who recorded it.
     */
    static String way(Distributions.Row r, ZoneId zone) {
        if (r.method() == null) {
            return r.overdue() ? "не ознакомлен, срок истёк" : "не ознакомлен";
        }
        if (!"ONLINE".equals(r.method())) {
            return "на бумаге (внёс " + r.acknowledgedBy() + ")";
        }
        Distributions.Signature basis = r.signature();
        if (basis == null) {
            return "электронно (подтверждено паролем " + r.acknowledgedBy() + ")";
        }
        return "подписано простой электронной подписью: " + r.acknowledgedBy() + ", "
                + RussianFormats.DATE_TIME.format(r.acknowledgedAt().atZone(zone)) + "; локальный акт № "
                + basis.actNumber() + " от " + basis.actAdoptedOn().format(RussianFormats.DATE) + " «"
                + basis.actTitle() + "»; соглашение об использовании простой электронной подписи от "
                + basis.agreedOn().format(RussianFormats.DATE);
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(bold ? 14 : 12);
        run.setText(text);
    }

    private static void header(XWPFTableRow row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            XWPFRun run = row.getCell(i).getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setFontFamily("Times New Roman");
            run.setText(titles[i]);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text) {
        XWPFRun run = row.getCell(column).getParagraphs().getFirst().createRun();
        run.setFontFamily("Times New Roman");
        run.setText(text == null ? "" : text);
    }
}
