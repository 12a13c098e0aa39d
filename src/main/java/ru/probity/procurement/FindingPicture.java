package ru.probity.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.procurement.affiliation.PathStep;

/**
 * Draws a finding's path as inline SVG: a box for every node, left to right, arrows labelled with
 * the relation. Longer paths snake over several rows (the second row runs right to left) so that
 * every arrow joins neighbours. People and companies have different colours. No script needed.
 */
final class FindingPicture {

    static final int NODES_PER_ROW = 4;
    private static final int BOX_W = 190;
    private static final int BOX_H = 74;
    private static final int GAP_X = 124;
    private static final int GAP_Y = 70;
    private static final int MARGIN = 10;
    private static final int CHARS_PER_LINE = 22;
    private static final int LINES_PER_BOX = 4;

    private static final Pattern INN = Pattern.compile("ИНН\\s*(\\d+)");
    private static final Pattern COMPANY_WORDS = Pattern.compile(
            "(^|[\\s«\"(])(ООО|АО|ЗАО|ОАО|ПАО|НАО|МУП|ГУП|ФГУП|МКУ|МБУ|МАУ|ГКУ|ГБУ|ГАУ|ТОО|НКО|АНО|ИП|организация)($|[\\s»\")])"
                    + "|[«\"]");
    private static final Pattern PERSON_NAME = Pattern.compile("^[А-ЯЁ][а-яё-]+\\s+[А-ЯЁ][а-яё-]+.*");

    private FindingPicture() {}

    /** The picture of a path, or an empty string for an empty path. */
    static String svg(List<PathStep> path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        List<String> nodes = new ArrayList<>(path.size() + 1);
        nodes.add(label(path.getFirst().from()));
        for (PathStep step : path) {
            nodes.add(label(step.to()));
        }
        int rows = (nodes.size() + NODES_PER_ROW - 1) / NODES_PER_ROW;
        int columns = Math.min(nodes.size(), NODES_PER_ROW);
        int width = 2 * MARGIN + columns * BOX_W + (columns - 1) * GAP_X;
        int height = 2 * MARGIN + rows * BOX_H + (rows - 1) * GAP_Y;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"finding-path img-fluid\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(escape(String.join(" → ", nodes))).append("</title>");
        svg.append("<defs><marker id=\"finding-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#495057\"/>"
                + "</marker></defs>");
        for (int i = 0; i < path.size(); i++) {
            arrow(svg, i, i + 1, path.get(i).relation());
        }
        for (int i = 0; i < nodes.size(); i++) {
            box(svg, i, nodes.get(i));
        }
        return svg.append("</svg>").toString();
    }

    /** Whether a node's label names a company (or an organization) rather than a person. */
    static boolean isCompany(String label) {
        if (label == null || label.isBlank()) {
            return false;
        }
        Matcher inn = INN.matcher(label);
        if (inn.find()) {
            return inn.group(1).length() == 10;
        }
        if (COMPANY_WORDS.matcher(label).find()) {
            return true;
        }
        return !PERSON_NAME.matcher(label.strip()).matches();
    }

    private static String label(String text) {
        return text == null || text.isBlank() ? "—" : text.strip();
    }

    private static int row(int node) {
        return node / NODES_PER_ROW;
    }

    private static int column(int node) {
        int c = node % NODES_PER_ROW;
        return row(node) % 2 == 0 ? c : NODES_PER_ROW - 1 - c;
    }

    private static int x(int node) {
        return MARGIN + column(node) * (BOX_W + GAP_X);
    }

    private static int y(int node) {
        return MARGIN + row(node) * (BOX_H + GAP_Y);
    }

    private static void box(StringBuilder svg, int node, String text) {
        boolean company = isCompany(text);
        int x = x(node);
        int y = y(node);
        svg.append("<g class=\"")
                .append(company ? "node-company" : "node-person")
                .append("\"><rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(BOX_W)
                .append("\" height=\"")
                .append(BOX_H)
                .append("\" rx=\"")
                .append(company ? 3 : 14)
                .append("\" fill=\"")
                .append(company ? "#fff3cd" : "#cfe2ff")
                .append("\" stroke=\"")
                .append(company ? "#b58105" : "#0a58ca")
                .append("\"/><title>")
                .append(escape(text))
                .append("</title>");
        List<String> lines = wrap(text, CHARS_PER_LINE, LINES_PER_BOX);
        int top = y + BOX_H / 2 - (lines.size() - 1) * 8 + 4;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"")
                    .append(x + BOX_W / 2)
                    .append("\" y=\"")
                    .append(top + i * 16)
                    .append("\" text-anchor=\"middle\" fill=\"#212529\">")
                    .append(escape(lines.get(i)))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    private static void arrow(StringBuilder svg, int from, int to, String relation) {
        int x1;
        int y1;
        int x2;
        int y2;
        if (row(from) == row(to)) {
            boolean rightwards = column(to) > column(from);
            x1 = rightwards ? x(from) + BOX_W : x(from);
            x2 = rightwards ? x(to) : x(to) + BOX_W;
            y1 = y(from) + BOX_H / 2;
            y2 = y1;
        } else {
            x1 = x(from) + BOX_W / 2;
            x2 = x1;
            y1 = y(from) + BOX_H;
            y2 = y(to);
        }
        svg.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" stroke=\"#495057\" stroke-width=\"1.5\" marker-end=\"url(#finding-arrow)\"/>");
        List<String> lines = wrap(label(relation), row(from) == row(to) ? 17 : 30, 3);
        boolean vertical = row(from) != row(to);
        boolean leftOfArrow = vertical && column(from) == NODES_PER_ROW - 1;
        int cx = vertical ? (leftOfArrow ? x1 - 8 : x1 + 8) : (x1 + x2) / 2;
        int top = vertical ? (y1 + y2) / 2 - (lines.size() - 1) * 7 + 4 : y1 - 6 - (lines.size() - 1) * 14;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"")
                    .append(cx)
                    .append("\" y=\"")
                    .append(top + i * 14)
                    .append("\" text-anchor=\"")
                    .append(vertical ? (leftOfArrow ? "end" : "start") : "middle")
                    .append("\" font-size=\"11\" fill=\"#6c757d\">")
                    .append(escape(lines.get(i)))
                    .append("</text>");
        }
    }

    /** Words into lines of at most {@code width} characters; the last line ends with … if cut. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.getLast();
            cut.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
            return cut;
        }
        return lines;
    }

    /** Text safe inside SVG elements and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
