package ru.probity.acts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import ru.probity.platform.RussianFormats;

/**
 * The acknowledgement sheet as PDF (A4 landscape), the same content as the DOCX one, with the
 * Liberation Sans font that PDFBox carries (Cyrillic included) embedded, so it prints the same
 * everywhere. Rows continue on new pages with the header repeated.
 */
final class AcknowledgementSheetPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float LEADING = 11;
    private static final float[] WIDTHS = {24, 140, 110, 130, 76, 240, 50};
    private static final String[] HEADER = {
        "№", "Фамилия, имя, отчество", "Должность", "Организация", "Дата ознакомления", "Способ", "Подпись"
    };

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    private AcknowledgementSheetPdf() throws IOException {
        try (InputStream in = AcknowledgementSheetPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        }
    }

    /** The sheet; the times of acknowledgement in {@code zone}, the region's. */
    static void write(
            LegalAct act,
            ActVersion version,
            Distributions.Summary summary,
            List<Distributions.Row> rows,
            ZoneId zone,
            OutputStream out)
            throws IOException {
        AcknowledgementSheetPdf sheet = new AcknowledgementSheetPdf();
        try (PDDocument document = sheet.document) {
            sheet.newPage();
            sheet.line("ЛИСТ ОЗНАКОМЛЕНИЯ", 13, true);
            sheet.paragraph(
                    "с документом «" + act.title() + "»" + (act.requisites().isEmpty() ? "" : " " + act.requisites()));
            sheet.paragraph("Редакция " + version.number() + " (файл «" + version.fileName() + "», SHA-256 "
                    + version.sha256() + "). Разослан: " + summary.organization() + ", срок ознакомления — "
                    + summary.dueOn().format(RussianFormats.DATE) + ".");
            sheet.y -= 6;
            sheet.row(HEADER);
            for (int i = 0; i < rows.size(); i++) {
                Distributions.Row r = rows.get(i);
                sheet.row(new String[] {
                    Integer.toString(i + 1),
                    r.name(),
                    r.post(),
                    r.organization(),
                    r.acknowledgedAt() == null
                            ? ""
                            : RussianFormats.DATE_TIME.format(r.acknowledgedAt().atZone(zone)),
                    AcknowledgementSheet.way(r, zone),
                    ""
                });
            }
            sheet.y -= 6;
            sheet.paragraph("Ознакомлено " + summary.acknowledged() + " из " + summary.recipients() + ".");
            sheet.content.close();
            document.save(out);
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void line(String text, float size, boolean centered) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        float pageWidth = PDRectangle.A4.getHeight();
        y -= size + 4;
        text(text, centered ? (pageWidth - width) / 2 : MARGIN, y, size);
    }

    private void paragraph(String text) throws IOException {
        for (String line : wrap(text, PDRectangle.A4.getHeight() - 2 * MARGIN, 10)) {
            y -= 13;
            text(line, MARGIN, y, 10);
        }
    }

    /** One table row: cells wrapped to their column, the row as tall as its tallest cell. */
    private void row(String[] cells) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> wrapped = wrap(cells[i] == null ? "" : cells[i], WIDTHS[i] - 4, SIZE);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * LEADING + 4;
        if (y - rowHeight < MARGIN) {
            newPage();
            if (cells != HEADER) {
                row(HEADER);
            }
        }
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            content.addRect(x, y - rowHeight, WIDTHS[i], rowHeight);
            float lineY = y - LEADING + 1;
            for (String line : lines.get(i)) {
                text(line, x + 2, lineY, SIZE);
                lineY -= LEADING;
            }
            x += WIDTHS[i];
        }
        content.stroke();
        y -= rowHeight;
    }

    private void text(String text, float x, float atY, float size) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    /** Words to lines no wider than {@code width}; a word longer than a line is cut. */
    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\n', ' ').split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, size) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
