package ru.probity.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import ru.probity.platform.RussianFormats;

/** The certificate of a passed test: A4 landscape, the name, the test, the result and the date. */
final class Certificate {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private Certificate() {}

    /** The certificate; its date in {@code zone}, the region's. */
    static void write(String name, Exams.Sheet sheet, ZoneId zone, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = Certificate.class.getResourceAsStream(FONT)) {
            PDType0Font type = PDType0Font.load(document, font);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                content.stroke();
                centered(content, type, "СЕРТИФИКАТ", 36, width, 440);
                centered(content, type, "о прохождении проверки знаний", 18, width, 405);
                centered(content, type, name, 26, width, 330);
                centered(content, type, "успешно прошёл(а) тестирование", 16, width, 290);
                centered(content, type, "«" + sheet.test().title() + "»", 20, width, 250);
                centered(
                        content,
                        type,
                        String.format(
                                "Результат: %.0f %% (проходной балл %d %%), попытка %d",
                                sheet.score(), sheet.test().passPercent(), sheet.number()),
                        14,
                        width,
                        200);
                centered(
                        content,
                        type,
                        "Дата: "
                                + RussianFormats.DATE.format(sheet.finishedAt().atZone(zone))
                                + "   ·   № " + sheet.id(),
                        12,
                        width,
                        150);
            }
            document.save(out);
        }
    }

    private static void centered(
            PDPageContentStream content, PDType0Font font, String text, float size, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(Math.max(40, (width - textWidth) / 2), y);
        content.showText(text);
        content.endText();
    }
}
