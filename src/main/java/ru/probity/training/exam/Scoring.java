package ru.probity.training.exam;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.probity.training.bank.Question;

/**
 * The mark of one answer, from 0 to 1: one answer — right or not; several answers — the exact set of
 * the right ones (a partly right choice scores nothing, as in paper tests); matching — the share of
 * pairs matched rightly; short answer — any accepted answer, ignoring case, ё/е, spaces and a
 * trailing full stop.
 */
public final class Scoring {

    private Scoring() {}

    /** An answer as given: the chosen option indexes, the chosen match per item, or a text. */
    public record Answer(Set<Integer> chosen, List<Integer> matches, String text) {
        public static Answer choice(Set<Integer> chosen) {
            return new Answer(Set.copyOf(chosen), List.of(), null);
        }

        /** The chosen option per item; null where the item was left unmatched. */
        public static Answer matching(List<Integer> matches) {
            return new Answer(
                    Set.of(), java.util.Collections.unmodifiableList(new java.util.ArrayList<>(matches)), null);
        }

        public static Answer text(String text) {
            return new Answer(Set.of(), List.of(), text);
        }
    }

    /** The score of an attempt, %: the sum of its marks out of its number of questions (0 for none). */
    public static double percent(double marks, int questions) {
        return questions == 0 ? 0 : marks * 100 / questions;
    }

    /**
     * The mark of {@code answer} to {@code question}. For matching, {@code matches.get(i)} is the
     * index (in the question's option order) of the option whose match was chosen for item i, or
     * null when none was.
     */
    public static double mark(Question question, Answer answer) {
        if (answer == null) {
            return 0;
        }
        List<Question.Option> options = question.options();
        return switch (question.kind()) {
            case SINGLE, MULTIPLE -> {
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).right() != answer.chosen().contains(i)) {
                        yield 0;
                    }
                }
                yield answer.chosen().isEmpty() ? 0 : 1;
            }
            case MATCHING -> {
                int right = 0;
                for (int i = 0; i < options.size() && i < answer.matches().size(); i++) {
                    Integer chosen = answer.matches().get(i);
                    if (chosen != null
                            && chosen >= 0
                            && chosen < options.size()
                            && options.get(chosen).match().equals(options.get(i).match())) {
                        right++;
                    }
                }
                yield options.isEmpty() ? 0 : (double) right / options.size();
            }
            case SHORT -> {
                String given = normalize(answer.text());
                yield !given.isEmpty()
                                && options.stream()
                                        .anyMatch(o -> normalize(o.text()).equals(given))
                        ? 1
                        : 0;
            }
        };
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("\\s+", "")
                .strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
