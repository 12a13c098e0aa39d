package ru.probity.expertise.text;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison of two versions of a text by lines, with the changed words marked inside a changed
 * line (java-diff-utils: Myers' diff). Unchanged stretches are kept short: {@link #CONTEXT} lines
 * around each change, the rest folded.
 */
public final class VersionDiff {

    /** Unchanged lines shown before and after a change. */
    public static final int CONTEXT = 2;

    private static final String START = "\u0001";
    private static final String END = "\u0002";

    private VersionDiff() {}

    /** What happened to a line. */
    public enum Change {
        EQUAL,
        INSERTED,
        DELETED,
        CHANGED,
        /** unchanged lines left out */
        FOLDED
    }

    /** A run of a line's text; {@code changed} when the words were removed (old) or added (new). */
    public record Run(String text, boolean changed) {}

    /** A row of the comparison: the old line and the new one as runs, and their numbers (0 when none). */
    public record Row(Change change, int oldNumber, List<Run> oldLine, int newNumber, List<Run> newLine) {}

    /** The rows of the comparison of {@code before} with {@code after}. */
    public static List<Row> compare(String before, String after) {
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(line -> line)
                .oldTag(open -> open ? START : END)
                .newTag(open -> open ? START : END)
                .build();
        List<DiffRow> diff = generator.generateDiffRows(oldLines, newLines);
        List<Row> all = new ArrayList<>();
        int oldNumber = 0;
        int newNumber = 0;
        for (DiffRow r : diff) {
            Change change = switch (r.getTag()) {
                case EQUAL -> Change.EQUAL;
                case INSERT -> Change.INSERTED;
                case DELETE -> Change.DELETED;
                case CHANGE -> Change.CHANGED;
            };
            boolean hasOld = change != Change.INSERTED;
            boolean hasNew = change != Change.DELETED;
            if (change == Change.CHANGED && r.getOldLine().isEmpty()) {
                hasOld = false;
            }
            if (change == Change.CHANGED && r.getNewLine().isEmpty()) {
                hasNew = false;
            }
            all.add(new Row(
                    change,
                    hasOld ? ++oldNumber : 0,
                    hasOld ? runs(r.getOldLine()) : List.of(),
                    hasNew ? ++newNumber : 0,
                    hasNew ? runs(r.getNewLine()) : List.of()));
        }
        return fold(all);
    }

    /** Whether the comparison shows any change. */
    public static boolean changed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.change() != Change.EQUAL && r.change() != Change.FOLDED);
    }

    private static List<Row> fold(List<Row> all) {
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).change() != Change.EQUAL) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int folded = 0;
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                if (folded > 0) {
                    rows.add(new Row(Change.FOLDED, folded, List.of(), folded, List.of()));
                    folded = 0;
                }
                rows.add(all.get(i));
            } else {
                folded++;
            }
        }
        if (folded > 0) {
            rows.add(new Row(Change.FOLDED, folded, List.of(), folded, List.of()));
        }
        return rows;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
    }

    private static List<Run> runs(String marked) {
        List<Run> runs = new ArrayList<>();
        boolean changed = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START.charAt(0) || c == END.charAt(0)) {
                if (!current.isEmpty()) {
                    runs.add(new Run(current.toString(), changed));
                    current.setLength(0);
                }
                changed = c == START.charAt(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), changed));
        }
        return runs;
    }
}
