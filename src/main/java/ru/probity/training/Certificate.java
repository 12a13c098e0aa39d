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
                // long names and titles wrap and shrink to stay inside the frame, never cut
                CertificateLayout layout = new CertificateLayout(content, type, width, width - 140, 510);
                layout.block("СЕРТИФИКАТ", 36, 36, 1, 0);
                layout.block("о прохождении проверки знаний", 18, 18, 1, 4);
                layout.block(name, 26, 16, 2, 40);
                layout.block("успешно прошёл(а) тестирование", 16, 16, 1, 16);
                layout.block("«" + sheet.test().title() + "»", 20, 11, 4, 10);
                layout.block(
                        String.format(
                                "Результат: %.0f %% (проходной балл %d %%), попытка %d",
                                sheet.score(), sheet.test().passPercent(), sheet.number()),
                        14,
                        14,
                        1,
                        20);
                layout.block(
                        "Дата: "
                                + RussianFormats.DATE.format(sheet.finishedAt().atZone(zone))
                                + "   ·   № " + sheet.id(),
                        12,
                        12,
                        1,
                        Math.max(20, layout.y() - 110));
            }
            document.save(out);
        }
    }
}
