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

/** The certificate of participation in a training event: A4 landscape, Liberation Sans for Cyrillic. */
final class EventCertificate {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private EventCertificate() {}

    /** The certificate; its date of issue in {@code zone}, the region's. */
    static void write(EventCertificates.CertificateData data, ZoneId zone, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = EventCertificate.class.getResourceAsStream(FONT)) {
            PDType0Font type = PDType0Font.load(document, font);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            String kind = switch (data.event().kind()) {
                case SEMINAR -> "в семинаре";
                case WEBINAR -> "в вебинаре (видеоконференции)";
                case COURSE -> "в курсе обучения";
            };
            String dates = data.from().toLocalDate().equals(data.to().toLocalDate())
                    ? RussianFormats.DATE.format(data.from())
                    : RussianFormats.DATE.format(data.from()) + " — " + RussianFormats.DATE.format(data.to());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(3);
                content.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                content.stroke();
                centered(content, type, "СЕРТИФИКАТ", 36, width, 450);
                centered(content, type, "об участии в обучении", 18, width, 415);
                centered(content, type, data.name(), 26, width, 345);
                centered(content, type, "принял(а) участие " + kind, 16, width, 305);
                centered(content, type, "«" + data.event().title() + "»", 20, width, 265);
                centered(content, type, "Организатор: " + data.event().organization(), 12, width, 230);
                centered(
                        content,
                        type,
                        String.format("%s · занятий: %d · объём: %d ч.", dates, data.sessions(), data.hours()),
                        14,
                        width,
                        195);
                if (data.testTitle() != null) {
                    centered(content, type, "Проверка знаний пройдена: «" + data.testTitle() + "»", 12, width, 170);
                }
                centered(
                        content,
                        type,
                        "Дата выдачи: "
                                + RussianFormats.DATE.format(data.issuedAt().atZone(zone))
                                + "   ·   № " + data.event().id() + "-" + data.number(),
                        12,
                        width,
                        120);
            }
            document.save(out);
        }
    }

    private static void centered(
            PDPageContentStream content, PDType0Font font, String text, float size, float width, float y)
            throws IOException {
        float actual = size;
        float textWidth = font.getStringWidth(text) / 1000 * actual;
        // long titles are made smaller to stay inside the frame
        while (textWidth > width - 100 && actual > 8) {
            actual -= 1;
            textWidth = font.getStringWidth(text) / 1000 * actual;
        }
        content.beginText();
        content.setFont(font, actual);
        content.newLineAtOffset(Math.max(50, (width - textWidth) / 2), y);
        content.showText(text);
        content.endText();
    }
}
