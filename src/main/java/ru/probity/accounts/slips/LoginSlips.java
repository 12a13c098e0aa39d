package ru.probity.accounts.slips;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Login slips to cut out and hand over (A4 portrait): for each organization a new page headed by its
 * name, then one framed slip per account — the organization, the person's name, the login, the
 * one-time password (or a note that a link went by e-mail) and how to sign in — with the Liberation
 * Sans font PDFBox carries (Cyrillic included) embedded.
 */
public final class LoginSlips {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 40;
    private static final float GAP = 14;
    private static final float PAD = 8;

    /** One slip; {@code password} null when a link was mailed instead ({@link Labels#mailed}). */
    public record Slip(String organization, String fullName, String login, String password) {}

    /**
     * The labels, in the user's language.
     *
     * @param title the heading of a slip («Учётная запись в системе …»)
     * @param howTo how to sign in, with the address
     */
    public record Labels(
            String title,
            String organization,
            String name,
            String login,
            String password,
            String mailed,
            String howTo) {}

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    private LoginSlips() throws IOException {
        try (InputStream in = LoginSlips.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, in);
        }
    }

    /** Writes the slips, grouped by organization in the order given (each group from a new page). */
    public static void write(List<Slip> slips, Labels labels, OutputStream out) throws IOException {
        LoginSlips pdf = new LoginSlips();
        try (PDDocument document = pdf.document) {
            String organization = null;
            for (Slip slip : slips) {
                if (!slip.organization().equals(organization)) {
                    organization = slip.organization();
                    pdf.newPage();
                    pdf.heading(organization);
                }
                pdf.slip(slip, labels);
            }
            if (pdf.content == null) {
                pdf.newPage();
            }
            pdf.content.close();
            document.save(out);
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void heading(String text) throws IOException {
        for (String line : wrap(text, width(), 13)) {
            y -= 17;
            text(line, MARGIN, y, 13);
        }
        y -= GAP;
    }

    private void slip(Slip slip, Labels labels) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(labels.title(), 11));
        lines.add(new Line("", 6));
        add(lines, labels.organization() + ": " + slip.organization(), 10);
        add(lines, labels.name() + ": " + slip.fullName(), 10);
        lines.add(new Line(labels.login() + ": " + slip.login(), 12));
        if (slip.password() == null) {
            add(lines, labels.mailed(), 10);
        } else {
            lines.add(new Line(labels.password() + ": " + slip.password(), 12));
        }
        lines.add(new Line("", 6));
        add(lines, labels.howTo(), 9);
        float height = PAD * 2;
        for (Line line : lines) {
            height += line.size() + 4;
        }
        if (y - height < MARGIN) {
            newPage();
        }
        // a dashed frame: where to cut
        content.setLineDashPattern(new float[] {4, 3}, 0);
        content.addRect(MARGIN, y - height, width(), height);
        content.stroke();
        float lineY = y - PAD;
        for (Line line : lines) {
            lineY -= line.size() + 4;
            if (!line.text().isEmpty()) {
                text(line.text(), MARGIN + PAD, lineY + 3, line.size());
            }
        }
        y -= height + GAP;
    }

    private record Line(String text, float size) {}

    private void add(List<Line> lines, String text, float size) throws IOException {
        for (String line : wrap(text, width() - 2 * PAD, size)) {
            lines.add(new Line(line, size));
        }
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
