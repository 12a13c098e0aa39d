package ru.probity.expertise.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a version cut into pieces for the expertise page: plain runs and the runs a mark
 * covers (a hint or a finding). Marks that overlap an earlier one are not drawn in the text (they
 * stay in the list beside it); spans outside the text are clipped.
 */
public final class MarkedText {

    private MarkedText() {}

    /** A span to mark: what it stands for ({@code kind} and {@code id}), offsets with {@code end} exclusive. */
    public record Mark(String kind, long id, int start, int end) {}

    /** A piece of the text, with the mark that covers it or {@code null}. */
    public record Piece(String text, Mark mark) {}

    public static List<Piece> pieces(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Mark m : sorted) {
            int start = Math.max(0, Math.min(m.start(), text.length()));
            int end = Math.max(start, Math.min(m.end(), text.length()));
            if (start < at || end == start) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), null));
            }
            pieces.add(new Piece(text.substring(start, end), m));
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }
}
