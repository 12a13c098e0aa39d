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
                // long names and titles wrap and shrink to stay inside the frame, never cut
                CertificateLayout layout = new CertificateLayout(content, type, width, width - 140, 520);
                layout.block("СЕРТИФИКАТ", 36, 36, 1, 0);
                layout.block("об участии в обучении", 18, 18, 1, 4);
                layout.block(data.name(), 26, 16, 2, 30);
                layout.block("принял(а) участие " + kind, 16, 16, 1, 14);
                layout.block("«" + data.event().title() + "»", 20, 11, 4, 10);
                layout.block("Организатор: " + data.event().organization(), 12, 9, 2, 10);
                layout.block(
                        String.format("%s · занятий: %d · объём: %d ч.", dates, data.sessions(), data.hours()),
                        14,
                        14,
                        1,
                        8);
                if (data.testTitle() != null) {
                    layout.block("Проверка знаний пройдена: «" + data.testTitle() + "»", 12, 8, 3, 6);
                }
                layout.block(
                        "Дата выдачи: "
                                + RussianFormats.DATE.format(data.issuedAt().atZone(zone))
                                + "   ·   № " + data.event().id() + "-" + data.number(),
                        12,
                        12,
                        1,
                        Math.max(8, layout.y() - 95));
            }
            document.save(out);
        }
    }
}
