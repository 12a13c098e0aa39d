package ru.probity.training.bank;

import java.util.List;

/**
 * A question of the bank, as plain text (the HTML of imported files is reduced to text, so nothing
 * a file carries is ever rendered as markup).
 *
 * @param category the category, e.g. «273-ФЗ: основы противодействия коррупции»
 * @param options for SINGLE and MULTIPLE the answers with their share of the mark (positive for a
 *     right one); for MATCHING the pairs (text = the item, match = its answer); for SHORT the
 *     accepted answers (fraction 100)
 * @param explanation shown after the answer: why, and the norm it rests on
 */
public record Question(
        String category,
        Kind kind,
        String name,
        String text,
        List<Option> options,
        String explanation,
        List<String> tags) {

    public enum Kind {
        SINGLE,
        MULTIPLE,
        MATCHING,
        SHORT
    }

    /** An answer option, a matching pair or an accepted short answer. */
    public record Option(String text, String match, double fraction) {
        public boolean right() {
            return fraction > 0;
        }
    }

    public Question {
        options = List.copyOf(options);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What is wrong with the question, in Russian, or null when it can be asked. */
    public String problem() {
        if (text == null || text.isBlank()) {
            return "нет текста вопроса";
        }
        return switch (kind) {
            case SINGLE ->
                options.size() < 2 || options.stream().filter(Option::right).count() != 1
                        ? "нужны не меньше двух вариантов и ровно один верный"
                        : null;
            case MULTIPLE ->
                options.size() < 2 || options.stream().noneMatch(Option::right)
                        ? "нужны не меньше двух вариантов и хотя бы один верный"
                        : null;
            case MATCHING ->
                options.size() < 2
                                || options.stream()
                                        .anyMatch(o ->
                                                o.match() == null || o.match().isBlank())
                        ? "нужны не меньше двух пар «элемент — соответствие»"
                        : null;
            case SHORT -> options.isEmpty() ? "нужен хотя бы один принимаемый ответ" : null;
        };
    }
}
