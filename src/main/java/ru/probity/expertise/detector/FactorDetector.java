package ru.probity.expertise.detector;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corruptogenic factor detector: explainable patterns per factor of the Методика (ПП РФ №96 of
 * 26.02.2010, п.3 «а»–«и», п.4 «а»–«в»), matched over the text of an act or draft. Each hint carries
 * the factor, the clause it lies in ({@link ClauseNumbers}), the span, and a one-line explanation in
 * Russian (the resource {@code explanations.properties} next to this class). The rules, one per
 * {@link Rules} entry, are described in docs/expertise-detector.md. Plain Java, thread-safe.
 */
public final class FactorDetector {

    private static final Properties EXPLANATIONS = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FactorDetector.class.getResourceAsStream("explanations.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The hints of the text, sorted by start (and factor); at most one per factor and span. */
    public List<Hint> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Sentences sentences = Sentences.of(text);
        ClauseNumbers clauses = ClauseNumbers.of(text);
        List<Hint> hints = new ArrayList<>();
        String lower = folded(text);
        boolean[] marked = new boolean[sentences.count()];
        for (Rules.Rule rule : Rules.ALL) {
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (rule.triggers().isEmpty()) {
                find(rule, m, text, sentences, clauses, hints);
                continue;
            }
            java.util.Arrays.fill(marked, false);
            for (String trigger : rule.triggers()) {
                for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                    marked[sentences.index(at)] = true;
                }
            }
            int last = -1;
            for (int i = 0; i < marked.length; i++) {
                if (!marked[i] || i <= last) {
                    continue;
                }
                // the sentence and the next one: a match may run over a sentence's end
                int j = i;
                while (j + 1 < marked.length && marked[j + 1]) {
                    j++;
                }
                last = j;
                m.region(sentences.start(i), sentences.end(Math.min(j + 1, marked.length - 1)));
                find(rule, m, text, sentences, clauses, hints);
            }
        }
        hints.sort(
                Comparator.comparingInt(Hint::start).thenComparing(Hint::factor).thenComparingInt(Hint::end));
        List<Hint> kept = new ArrayList<>();
        int[] reached = new int[Factor.values().length];
        for (Hint h : hints) {
            if (h.start() >= reached[h.factor().ordinal()]) {
                kept.add(h);
                reached[h.factor().ordinal()] = Math.max(reached[h.factor().ordinal()], h.end());
            }
        }
        return kept;
    }

    private static void find(
            Rules.Rule rule, Matcher m, String text, Sentences sentences, ClauseNumbers clauses, List<Hint> hints) {
        while (m.find()) {
            int i = sentences.index(m.start());
            Rules.Match match = new Rules.Match(text, m, sentences, i);
            if (rule.accept().test(match)) {
                int start = m.start(rule.group());
                int end = m.end(rule.group());
                hints.add(new Hint(
                        rule.factor(),
                        clauses.at(start),
                        start,
                        end,
                        text.substring(start, end),
                        explanation(rule.id())));
            }
        }
    }

    /** The text in lower case and «ё» as «е», char for char (the offsets stay), for the triggers. */
    static String folded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = Character.toLowerCase(chars[i]);
            chars[i] = c == 'ё' ? 'е' : c;
        }
        return new String(chars);
    }

    static String explanation(String ruleId) {
        String text = EXPLANATIONS.getProperty(ruleId);
        if (text == null) {
            throw new IllegalStateException("no explanation for rule " + ruleId);
        }
        return text;
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** A pattern in the detector's dialect: case-insensitive, Cyrillic-aware; compiled once. */
    static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(
                regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
