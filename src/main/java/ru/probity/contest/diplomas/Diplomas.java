package ru.probity.contest.diplomas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import ru.probity.platform.RussianFormats;

/**
 * The diplomas of a contest, one A4 landscape page each: a prize-winner's diploma of his degree (I,
 * II, III) or a participant's certificate, with the contest, the nomination, the age group, the work,
 * the organizer and the date, in the Liberation Sans PDFBox carries (Cyrillic included), embedded.
 * Long texts wrap and shrink to stay inside the frame.
 */
public final class Diplomas {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String[] ROMAN = {"", "I", "II", "III"};

    private Diplomas() {}

    /** One diploma; {@code place} null for a participant's certificate. */
    public record Diploma(
            String name,
            String school,
            String municipality,
            String work,
            String nomination,
            String ageGroup,
            Integer place,
            String number) {}

    /** The words of the diploma, in the user's language. */
    public record Labels(
            String winner,
            String participant,
            String degree,
            String awarded,
            String participated,
            String nomination,
            String ageGroup,
            String organizer,
            String date) {}

    public static void write(
            String contest, String organizer, LocalDate date, List<Diploma> diplomas, Labels labels, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream in = Diplomas.class.getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, in);
            for (Diploma d : diplomas) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setLineWidth(3);
                    content.addRect(30, 30, width - 60, height - 60);
                    content.stroke();
                    content.setLineWidth(1);
                    content.addRect(38, 38, width - 76, height - 76);
                    content.stroke();
                    Layout layout = new Layout(content, font, width, width - 140, height - 70);
                    boolean winner = d.place() != null && d.place() >= 1 && d.place() <= 3;
                    layout.block(winner ? labels.winner() : labels.participant(), 36, 24, 1, 0);
                    if (winner) {
                        layout.block(ROMAN[d.place()] + " " + labels.degree(), 22, 22, 1, 4);
                    }
                    layout.block(labels.awarded(), 16, 16, 1, 20);
                    layout.block(d.name(), 26, 16, 2, 8);
                    layout.block(d.school() + ", " + d.municipality(), 13, 9, 3, 6);
                    layout.block(labels.participated(), 14, 14, 1, 14);
                    layout.block("«" + contest + "»", 20, 11, 3, 6);
                    layout.block(
                            labels.nomination() + ": " + d.nomination() + " · " + labels.ageGroup() + ": "
                                    + d.ageGroup(),
                            13,
                            9,
                            2,
                            10);
                    layout.block("«" + d.work() + "»", 12, 9, 2, 4);
                    layout.block(labels.organizer() + ": " + organizer, 12, 9, 2, 12);
                    layout.block(
                            labels.date() + ": " + RussianFormats.DATE.format(date) + "   ·   № " + d.number(),
                            11,
                            11,
                            1,
                            8);
                }
            }
            document.save(out);
        }
    }

    /** Centred blocks of text down the page, wrapped at words and shrunk to their least size. */
    static final class Layout {
        private final PDPageContentStream content;
        private final PDFont font;
        private final float pageWidth;
        private final float lineWidth;
        private float y;

        Layout(PDPageContentStream content, PDFont font, float pageWidth, float lineWidth, float top) {
            this.content = content;
            this.font = font;
            this.pageWidth = pageWidth;
            this.lineWidth = lineWidth;
            this.y = top;
        }

        void block(String text, float size, float minSize, int maxLines, float spaceBefore) throws IOException {
            y -= spaceBefore;
            text = printable(font, text);
            float actual = size;
            List<String> lines = wrap(font, text, actual, lineWidth);
            while (lines.size() > maxLines && actual - 1 >= minSize) {
                actual -= 1;
                lines = wrap(font, text, actual, lineWidth);
            }
            for (String line : lines) {
                y -= actual * 1.25f;
                float w = width(font, line, actual);
                content.beginText();
                content.setFont(font, actual);
                content.newLineAtOffset((pageWidth - w) / 2, y);
                content.showText(line);
                content.endText();
            }
        }
    }

    static List<String> wrap(PDFont font, String text, float size, float lineWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= lineWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with the characters the font cannot show replaced by «?». */
    static String printable(PDFont font, String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                clean.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
