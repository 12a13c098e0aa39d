package ru.probity.expertise.detector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled corpus of the detector's evaluation: text files of real normative fragments, each
 * after a header naming its factors ({@code ### 3б 4в}) or {@code ### clean}; lines before the
 * first header starting with {@code #} describe the source ({@code # source: URL}) and the split
 * ({@code # split: dev} or {@code heldout}). The format is described in the corpus's README.md.
 */
public final class Corpus {

    /** The corpus kept in the jar. */
    public static final String RESOURCE = "/expertise/corpus/";

    /** The files of the corpus in the jar, listed in {@code index.txt}. */
    private static final String INDEX = RESOURCE + "index.txt";

    /** A fragment: its file, split, labelled factors (empty: clean) and text. */
    public record Fragment(String file, String split, Set<Factor> factors, String text) {}

    private Corpus() {}

    /** The corpus in the jar. */
    public static List<Fragment> bundled() throws IOException {
        List<Fragment> all = new ArrayList<>();
        for (String name : read(INDEX)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            all.addAll(parse(name, read(RESOURCE + name)));
        }
        return all;
    }

    /** The corpus in a directory: every {@code *.txt} file in it. */
    public static List<Fragment> directory(Path dir) throws IOException {
        List<Fragment> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                all.addAll(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The fragments of one file; a header with an unknown factor code is an error. */
    public static List<Fragment> parse(String file, String content) {
        List<Fragment> fragments = new ArrayList<>();
        String split = "dev";
        Set<Factor> labels = null;
        StringBuilder text = new StringBuilder();
        for (String line : content.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("###")) {
                add(fragments, file, split, labels, text);
                labels = labels(file, line.substring(3).strip());
                text.setLength(0);
            } else if (labels == null) {
                if (line.startsWith("# split:")) {
                    split = line.substring("# split:".length()).strip();
                }
            } else {
                text.append(line).append('\n');
            }
        }
        add(fragments, file, split, labels, text);
        return fragments;
    }

    private static void add(
            List<Fragment> fragments, String file, String split, Set<Factor> labels, StringBuilder text) {
        if (labels != null && !text.toString().isBlank()) {
            fragments.add(new Fragment(file, split, labels, text.toString().strip()));
        }
    }

    private static Set<Factor> labels(String file, String header) {
        Set<Factor> set = EnumSet.noneOf(Factor.class);
        if (header.equals("clean")) {
            return set;
        }
        for (String code : header.split("[\\s,]+")) {
            set.add(Factor.byCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown factor «" + code + "» in " + file)));
        }
        return set;
    }
}
