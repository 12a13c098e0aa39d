package ru.probity.org;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kinds of kinship and affinity that matter for conflicts of interest. Two laws count them
 * differently: 273-ФЗ ст.10 (close relatives and in-laws: parents, spouses, children, brothers,
 * sisters, and the spouse's brothers, sisters, parents, children, and children's spouses — adoptive
 * parents and adopted children among them, since СК РФ ст.137 п.1 equates adoptees and adopters to
 * relatives by origin) and 44-ФЗ ст.31 ч.1 п.9 (spouse, parents, children, grandparents, grandchildren, full and half
 * brothers and sisters, adoptive parents and adopted children).
 */
public enum RelationKind {
    SPOUSE("Супруг(а)", true, true, "муж", "жена", "супруг", "супруга"),
    PARENT("Родитель", true, true, "отец", "мать"),
    CHILD("Ребёнок", true, true, "сын", "дочь"),
    SIBLING("Брат, сестра", true, true, "брат", "сестра", "брат/сестра"),
    HALF_SIBLING(
            "Неполнородный брат, сестра",
            true,
            true,
            "неполнородный брат",
            "неполнородная сестра",
            "неполнородный брат/сестра"),
    GRANDPARENT("Дедушка, бабушка", false, true, "дедушка", "бабушка", "дедушка/бабушка"),
    GRANDCHILD("Внук, внучка", false, true, "внук", "внучка", "внук/внучка"),
    /** Equated to a parent by origin (СК РФ ст.137 п.1): close under 273-ФЗ too. */
    ADOPTIVE_PARENT("Усыновитель", true, true, "усыновительница"),
    /** Equated to a child by origin (СК РФ ст.137 п.1): close under 273-ФЗ too. */
    ADOPTED_CHILD("Усыновлённый(ая)", true, true, "усыновленный", "усыновленная"),
    SPOUSE_PARENT(
            "Родитель супруга(и)",
            true,
            false,
            "отец супруга(и)",
            "мать супруга(и)",
            "свекор",
            "свекровь",
            "тесть",
            "теща"),
    SPOUSE_SIBLING(
            "Брат, сестра супруга(и)",
            true,
            false,
            "брат супруга(и)",
            "сестра супруга(и)",
            "деверь",
            "золовка",
            "шурин",
            "свояченица"),
    SPOUSE_CHILD("Ребёнок супруга(и)", true, false, "сын супруга(и)", "дочь супруга(и)", "пасынок", "падчерица"),
    CHILD_SPOUSE("Супруг(а) ребёнка", true, false, "зять", "невестка", "сноха");

    private static final Map<String, RelationKind> BY_NAME = new HashMap<>();

    static {
        for (RelationKind kind : values()) {
            register(kind.name(), kind);
            register(kind.label, kind);
            for (String synonym : kind.synonyms) {
                register(synonym, kind);
            }
        }
    }

    private final String label;
    private final boolean closeRelativeUnder273;
    private final boolean closeRelativeUnder44;
    private final List<String> synonyms;

    RelationKind(String label, boolean closeRelativeUnder273, boolean closeRelativeUnder44, String... synonyms) {
        this.label = label;
        this.closeRelativeUnder273 = closeRelativeUnder273;
        this.closeRelativeUnder44 = closeRelativeUnder44;
        this.synonyms = List.of(synonyms);
    }

    /** The Russian name for display, e.g. «Супруг(а)». */
    public String label() {
        return label;
    }

    /** A close relative or in-law in the sense of 273-ФЗ ст.10 (personal interest). */
    public boolean closeRelativeUnder273() {
        return closeRelativeUnder273;
    }

    /** A relative that makes a conflict of interest under 44-ФЗ ст.31 ч.1 п.9. */
    public boolean closeRelativeUnder44() {
        return closeRelativeUnder44;
    }

    /**
     * The kind named by a label, a common word («жена», «тёща», «сын супруги») or the constant's
     * name; case, ё/е and spacing do not matter.
     */
    public static Optional<RelationKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        RelationKind quick = BY_NAME.get(text.trim().toLowerCase(Locale.ROOT).replace('ё', 'е'));
        return Optional.ofNullable(quick != null ? quick : BY_NAME.get(normalize(text)));
    }

    private static void register(String name, RelationKind kind) {
        String key = normalize(name);
        BY_NAME.put(key, kind);
        if (key.endsWith(" супруга(и)")) {
            String stem = key.substring(0, key.length() - "(и)".length());
            BY_NAME.put(stem, kind); // «отец супруга»
            BY_NAME.put(stem.substring(0, stem.length() - 1) + "и", kind); // «отец супруги»
        }
        if (key.endsWith("(ая)")) {
            BY_NAME.put(key.substring(0, key.length() - "(ая)".length()), kind);
        }
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replace('_', ' ')
                .replaceAll("[\\s\\u00A0]+", " ")
                .replaceAll(" ?([(),/]) ?", "$1")
                .replace(",", ", ")
                .trim();
    }
}
