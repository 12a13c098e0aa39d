package ru.probity.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Centred text blocks down a certificate page: a block wraps at word boundaries to at most its
 * number of lines, shrinking the font down to its smallest size when it needs more; at the smallest
 * size it takes as many lines as the text needs, so nothing is ever cut. A word wider than the
 * line is broken between characters.
 */
final class CertificateLayout {

    /** Line height as a share of the font size. */
    private static final float LEADING = 1.25f;

    private final PDPageContentStream content;
    private final PDFont font;
    private final float pageWidth;
    private final float lineWidth;
    private float y;

    /** A layout whose first block starts below {@code top}, lines at most {@code lineWidth} wide. */
    CertificateLayout(PDPageContentStream content, PDFont font, float pageWidth, float lineWidth, float top) {
        this.content = content;
        this.font = font;
        this.pageWidth = pageWidth;
        this.lineWidth = lineWidth;
        this.y = top;
    }

    /** The lines of a block and the size they are set in. */
    record Block(List<String> lines, float size) {}

    /** Writes a block after {@code spaceBefore} points of space. */
    void block(String text, float size, float minSize, int maxLines, float spaceBefore) throws IOException {
        y -= spaceBefore;
        Block block = fit(font, text, size, minSize, lineWidth, maxLines);
        for (String line : block.lines()) {
            y -= block.size() * LEADING;
            float textWidth = width(font, line, block.size());
            content.beginText();
            content.setFont(font, block.size());
            content.newLineAtOffset((pageWidth - textWidth) / 2, y);
            content.showText(line);
            content.endText();
        }
    }

    /** The baseline of the last line written. */
    float y() {
        return y;
    }

    /** The largest size from {@code size} down to {@code minSize} at which the text takes at most {@code maxLines}. */
    static Block fit(PDFont font, String text, float size, float minSize, float lineWidth, int maxLines)
            throws IOException {
        float actual = size;
        List<String> lines = wrap(font, text, actual, lineWidth);
        while (lines.size() > maxLines && actual - 1 >= minSize) {
            actual -= 1;
            lines = wrap(font, text, actual, lineWidth);
        }
        return new Block(lines, actual);
    }

    /** The text broken into lines no wider than {@code lineWidth} at {@code size}. */
    static List<String> wrap(PDFont font, String text, float size, float lineWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= lineWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word wider than the line is broken between characters
            for (int i = 0; i < word.length(); ) {
                int end = word.offsetByCodePoints(i, 1);
                if (!line.isEmpty() && width(font, line + word.substring(i, end), size) > lineWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(word, i, end);
                i = end;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
