package ru.probity.procurement.names;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import ru.probity.platform.Transliteration;

/**
 * Russian personal names as generators write them (the demo region, the procurement evaluation
 * world): the common surnames in their masculine form and first names, the feminine form of a
 * surname and back, the patronymic from a father's first name, initials and the Latin spellings.
 * Names are written as names are (Иванов, not ИВАНОВ). The rules are the ones the canonical form
 * of {@link PersonNames} reads back: the possessive suffix {@link #possessive} is the same test.
 *
 * <p>The order of the lists is part of every seeded generator's output: append nothing, reorder
 * nothing.
 */
public final class RussianNames {

    /** Common surnames in the masculine form; the feminine form is {@link #surname}. */
    public static final List<String> SURNAMES = words("""
            Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
            Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
            Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев
            Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин
            Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов
            Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов
            Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин
            Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов
            Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
            Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров
            Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов
            Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерошин Шубин Калашников Зуев
            Лукин Субботин Рыбаков Логинов Блинов Селезнёв Суворов Демидов Ломакин Сафонов Третьяков
            Ширяев Бобров Островский Покровский Вознесенский Троицкий Успенский Рождественский Зарецкий
            Высоцкий Толстой Трубецкой Шевченко Бондаренко Ткаченко Черных Седых
            """);

    /** Common male first names. */
    public static final List<String> MALE_NAMES = words("""
            Александр Алексей Андрей Анатолий Антон Аркадий Артём Борис Вадим Валентин Валерий Василий
            Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Денис Дмитрий Евгений
            Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр
            Роман Руслан Сергей Станислав Степан Фёдор Юрий Ярослав Тимофей Матвей Даниил Глеб Лев
            """);

    /** Common female first names. */
    public static final List<String> FEMALE_NAMES = words("""
            Анастасия Анна Алла Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина Елена
            Елизавета Жанна Зоя Инна Ирина Кристина Ксения Лариса Любовь Людмила Маргарита Марина Мария
            Надежда Наталья Нина Оксана Олеся Ольга Полина Светлана Софья Тамара Татьяна Юлия Яна Алина
            Варвара Вероника Алёна
            """);

    /** Names whose patronymic does not follow the regular rules. */
    private static final Map<String, List<String>> IRREGULAR_PATRONYMICS = Map.ofEntries(
            Map.entry("Илья", List.of("Ильич", "Ильинична")),
            Map.entry("Никита", List.of("Никитич", "Никитична")),
            Map.entry("Лев", List.of("Львович", "Львовна")),
            Map.entry("Пётр", List.of("Петрович", "Петровна")),
            Map.entry("Павел", List.of("Павлович", "Павловна")),
            Map.entry("Михаил", List.of("Михайлович", "Михайловна")),
            Map.entry("Дмитрий", List.of("Дмитриевич", "Дмитриевна")),
            Map.entry("Георгий", List.of("Георгиевич", "Георгиевна")),
            Map.entry("Фома", List.of("Фомич", "Фоминична")),
            Map.entry("Кузьма", List.of("Кузьмич", "Кузьминична")),
            Map.entry("Лука", List.of("Лукич", "Лукинична")),
            Map.entry("Яков", List.of("Яковлевич", "Яковлевна")));

    private RussianNames() {}

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    public static String randomSurname(RandomGenerator random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    public static String randomFirstName(RandomGenerator random, boolean female) {
        List<String> names = female ? FEMALE_NAMES : MALE_NAMES;
        return names.get(random.nextInt(names.size()));
    }

    // ---- surnames

    /**
     * Whether a surname (or the stem of one) ends in the possessive suffix -ов/-ев/-ёв/-ин/-ын, the
     * class that takes -а for a woman (Иванов → Иванова) and declines like a noun.
     */
    public static boolean possessive(String surname) {
        int n = surname.length();
        if (n < 2) {
            return false;
        }
        char a = surname.charAt(n - 2);
        char b = surname.charAt(n - 1);
        return (b == 'в' && (a == 'о' || a == 'е' || a == 'ё')) || (b == 'н' && (a == 'и' || a == 'ы'));
    }

    /** The surname in the right gender: Иванов / Иванова, Островский / Островская, Шевченко. */
    public static String surname(String masculine, boolean female) {
        return female ? feminine(masculine) : masculine;
    }

    /**
     * A woman's form of a masculine surname: possessive -ов/-ев/-ёв/-ин/-ын take -а (Иванов →
     * Иванова, Ильин → Ильина), adjectival -ий/-ый/-ой become -ая (Островский → Островская, Толстой
     * → Толстая); the rest does not change for a woman (Шевченко, Черных, Ковальчук).
     */
    public static String feminine(String masculine) {
        if (possessive(masculine)) {
            return masculine + "а";
        }
        if (masculine.endsWith("ий") || masculine.endsWith("ый") || masculine.endsWith("ой")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine;
    }

    /**
     * The masculine (family) form of a woman's surname, the reverse of {@link #feminine}: Иванова →
     * Иванов, Островская → Островский, Толстая → Толстой (-ой when the list has it, otherwise -ий
     * after г, к, х and the hushing consonants and -ой after the others, as the canonical form reads
     * adjectival surnames); the rest is the same for a man (Шевченко, Глинка, Черных).
     */
    public static String masculine(String feminine) {
        int n = feminine.length();
        if (n > 3 && feminine.endsWith("а") && possessive(feminine.substring(0, n - 1))) {
            return feminine.substring(0, n - 1);
        }
        if (n > 3 && feminine.endsWith("ая")) {
            String stem = feminine.substring(0, n - 2);
            if (SURNAMES.contains(stem + "ой")) {
                return stem + "ой"; // Трубецкая → Трубецкой
            }
            return stem + (Grammar.isVelarOrHushing(Grammar.last(stem)) ? "ий" : "ой");
        }
        return feminine;
    }

    // ---- patronymics and initials

    /** The patronymic of a son or daughter of a man with this first name: Сергей → Сергеевич, Сергеевна. */
    public static String patronymic(String fatherName, boolean female) {
        List<String> irregular = IRREGULAR_PATRONYMICS.get(fatherName);
        if (irregular != null) {
            return irregular.get(female ? 1 : 0);
        }
        String stem;
        String male;
        String fem;
        if (fatherName.endsWith("ий") || fatherName.endsWith("ей") || fatherName.endsWith("ай")) {
            // Сергей -> Сергеевич, Николай -> Николаевич, Василий -> Васильевич
            stem = fatherName.endsWith("ий")
                    ? fatherName.substring(0, fatherName.length() - 2) + "ье"
                    : fatherName.substring(0, fatherName.length() - 1) + "е";
            male = stem + "вич";
            fem = stem + "вна";
        } else if (fatherName.endsWith("а") || fatherName.endsWith("я")) {
            stem = fatherName.substring(0, fatherName.length() - 1);
            male = stem + "ич";
            fem = stem + "ична";
        } else {
            // Иван -> Иванович, Артём -> Артёмович, Игорь -> Игоревич
            stem = fatherName.endsWith("ь") ? fatherName.substring(0, fatherName.length() - 1) + "е" : fatherName + "о";
            male = stem + "вич";
            fem = stem + "вна";
        }
        return female ? fem : male;
    }

    /**
     * The full name «Фамилия Имя Отчество» in the genitive case, for documents: «в отношении
     * Ивановой Анны Сергеевны» (the engine {@link Genitive}; what it cannot decline stays as it is).
     */
    public static String genitive(String fullName) {
        return Genitive.of(fullName);
    }

    /** Initials as written after a surname: «Петров А.В.» (no middle name: «Петров А.»). */
    public static String shortName(String lastName, String firstName, String middleName) {
        return lastName + " " + firstName.charAt(0) + "." + (middleName == null ? "" : middleName.charAt(0) + ".");
    }

    // ---- Latin spellings

    /**
     * The passport transliteration ({@link Transliteration#passport}), for e-mail logins and domains:
     * Журавлёва → zhuravleva, Спас-Деменск → spas-demensk.
     */
    public static String latin(String cyrillic) {
        return Transliteration.passport(cyrillic);
    }

    /** The Latin initial of a name for a login: Яна → y, Юрий → y, Жанна → z. */
    public static String initial(String name) {
        char first = Character.toLowerCase(name.charAt(0));
        return first == 'я' || first == 'ю' ? "y" : latin(String.valueOf(first)).substring(0, 1);
    }

    private static final String[] COMMON_LATIN = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    /**
     * The common spelling of the older rules and of many foreign documents (й y, ю yu, я ya, ё yo,
     * ъ and ь dropped) of lower-case Cyrillic; other characters are kept: юрьев → yurev.
     */
    public static String commonLatin(String lowerCase) {
        StringBuilder b = new StringBuilder(lowerCase.length() + 6);
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            int k = c - 'а';
            if (c == 'ё') {
                b.append("yo");
            } else if (k >= 0 && k < COMMON_LATIN.length) {
                b.append(COMMON_LATIN[k]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
