package ru.probity.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Russian personal names for the demo region: surnames (in their masculine form), first names,
 * the rules that make a patronymic from a father's first name and a feminine surname from a
 * masculine one, and a simple transliteration for e-mail addresses.
 */
final class RussianNames {

    /** Common surnames in the masculine form; the feminine form is derived by {@link #surname}. */
    static final List<String> SURNAMES = List.of(
            "Иванов",
            "Смирнов",
            "Кузнецов",
            "Попов",
            "Васильев",
            "Петров",
            "Соколов",
            "Михайлов",
            "Новиков",
            "Фёдоров",
            "Морозов",
            "Волков",
            "Алексеев",
            "Лебедев",
            "Семёнов",
            "Егоров",
            "Павлов",
            "Козлов",
            "Степанов",
            "Николаев",
            "Орлов",
            "Андреев",
            "Макаров",
            "Никитин",
            "Захаров",
            "Зайцев",
            "Соловьёв",
            "Борисов",
            "Яковлев",
            "Григорьев",
            "Романов",
            "Воробьёв",
            "Сергеев",
            "Кузьмин",
            "Фролов",
            "Александров",
            "Дмитриев",
            "Королёв",
            "Гусев",
            "Киселёв",
            "Ильин",
            "Максимов",
            "Поляков",
            "Сорокин",
            "Виноградов",
            "Ковалёв",
            "Белов",
            "Медведев",
            "Антонов",
            "Тарасов",
            "Жуков",
            "Баранов",
            "Филиппов",
            "Комаров",
            "Давыдов",
            "Беляев",
            "Герасимов",
            "Богданов",
            "Осипов",
            "Сидоров",
            "Матвеев",
            "Титов",
            "Марков",
            "Миронов",
            "Крылов",
            "Куликов",
            "Карпов",
            "Власов",
            "Мельников",
            "Денисов",
            "Гаврилов",
            "Тихонов",
            "Казаков",
            "Афанасьев",
            "Данилов",
            "Савельев",
            "Тимофеев",
            "Фомин",
            "Чернов",
            "Абрамов",
            "Мартынов",
            "Ефимов",
            "Федотов",
            "Щербаков",
            "Назаров",
            "Калинин",
            "Исаев",
            "Чернышёв",
            "Быков",
            "Маслов",
            "Родионов",
            "Коновалов",
            "Лазарев",
            "Воронин",
            "Климов",
            "Филатов",
            "Пономарёв",
            "Голубев",
            "Кудрявцев",
            "Прохоров",
            "Наумов",
            "Потапов",
            "Журавлёв",
            "Овчинников",
            "Трофимов",
            "Леонов",
            "Соболев",
            "Ермаков",
            "Колесников",
            "Гончаров",
            "Емельянов",
            "Никифоров",
            "Грачёв",
            "Котов",
            "Гришин",
            "Ефремов",
            "Архипов",
            "Громов",
            "Кириллов",
            "Малышев",
            "Панов",
            "Моисеев",
            "Румянцев",
            "Акимов",
            "Кондратьев",
            "Бирюков",
            "Горбунов",
            "Анисимов",
            "Ерошин",
            "Шубин",
            "Калашников",
            "Зуев",
            "Лукин",
            "Субботин",
            "Рыбаков",
            "Логинов",
            "Блинов",
            "Селезнёв",
            "Суворов",
            "Демидов",
            "Ломакин",
            "Сафонов",
            "Третьяков",
            "Ширяев",
            "Бобров",
            "Островский",
            "Покровский",
            "Вознесенский",
            "Троицкий",
            "Успенский",
            "Рождественский",
            "Зарецкий",
            "Высоцкий",
            "Толстой",
            "Трубецкой",
            "Шевченко",
            "Бондаренко",
            "Ткаченко",
            "Черных",
            "Седых");

    static final List<String> MALE_NAMES = List.of(
            "Александр",
            "Алексей",
            "Андрей",
            "Анатолий",
            "Антон",
            "Аркадий",
            "Артём",
            "Борис",
            "Вадим",
            "Валентин",
            "Валерий",
            "Василий",
            "Виктор",
            "Виталий",
            "Владимир",
            "Владислав",
            "Вячеслав",
            "Геннадий",
            "Георгий",
            "Григорий",
            "Денис",
            "Дмитрий",
            "Евгений",
            "Егор",
            "Иван",
            "Игорь",
            "Илья",
            "Кирилл",
            "Константин",
            "Леонид",
            "Максим",
            "Михаил",
            "Никита",
            "Николай",
            "Олег",
            "Павел",
            "Пётр",
            "Роман",
            "Руслан",
            "Сергей",
            "Станислав",
            "Степан",
            "Фёдор",
            "Юрий",
            "Ярослав",
            "Тимофей",
            "Матвей",
            "Даниил",
            "Глеб",
            "Лев");

    static final List<String> FEMALE_NAMES = List.of(
            "Анастасия",
            "Анна",
            "Алла",
            "Валентина",
            "Валерия",
            "Вера",
            "Виктория",
            "Галина",
            "Дарья",
            "Евгения",
            "Екатерина",
            "Елена",
            "Елизавета",
            "Жанна",
            "Зоя",
            "Инна",
            "Ирина",
            "Кристина",
            "Ксения",
            "Лариса",
            "Любовь",
            "Людмила",
            "Маргарита",
            "Марина",
            "Мария",
            "Надежда",
            "Наталья",
            "Нина",
            "Оксана",
            "Олеся",
            "Ольга",
            "Полина",
            "Светлана",
            "Софья",
            "Тамара",
            "Татьяна",
            "Юлия",
            "Яна",
            "Алина",
            "Варвара",
            "Вероника",
            "Алёна");

    /** Names whose patronymic does not follow the regular rules. */
    private static final Map<String, String[]> IRREGULAR_PATRONYMICS = Map.ofEntries(
            Map.entry("Илья", new String[] {"Ильич", "Ильинична"}),
            Map.entry("Никита", new String[] {"Никитич", "Никитична"}),
            Map.entry("Лев", new String[] {"Львович", "Львовна"}),
            Map.entry("Пётр", new String[] {"Петрович", "Петровна"}),
            Map.entry("Павел", new String[] {"Павлович", "Павловна"}),
            Map.entry("Михаил", new String[] {"Михайлович", "Михайловна"}),
            Map.entry("Дмитрий", new String[] {"Дмитриевич", "Дмитриевна"}),
            Map.entry("Георгий", new String[] {"Георгиевич", "Георгиевна"}),
            Map.entry("Фома", new String[] {"Фомич", "Фоминична"}),
            Map.entry("Кузьма", new String[] {"Кузьмич", "Кузьминична"}),
            Map.entry("Лука", new String[] {"Лукич", "Лукинична"}),
            Map.entry("Яков", new String[] {"Яковлевич", "Яковлевна"}));

    private RussianNames() {}

    /** The patronymic of a son or daughter of a man with this first name. */
    static String patronymic(String fatherName, boolean female) {
        String[] irregular = IRREGULAR_PATRONYMICS.get(fatherName);
        if (irregular != null) {
            return female ? irregular[1] : irregular[0];
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

    /** The surname in the right gender: Иванов / Иванова, Островский / Островская, Шевченко. */
    static String surname(String masculine, boolean female) {
        if (!female) {
            return masculine;
        }
        if (masculine.endsWith("ов")
                || masculine.endsWith("ев")
                || masculine.endsWith("ёв")
                || masculine.endsWith("ин")
                || masculine.endsWith("ын")) {
            return masculine + "а";
        }
        if (masculine.endsWith("ский") || masculine.endsWith("цкий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        if (masculine.endsWith("ой") || masculine.endsWith("ый")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine;
    }

    static String randomSurname(RandomGenerator random) {
        return pick(random, SURNAMES);
    }

    static String randomFirstName(RandomGenerator random, boolean female) {
        return pick(random, female ? FEMALE_NAMES : MALE_NAMES);
    }

    /** Initials as written after a surname: «Петров А.В.». */
    static String shortName(String lastName, String firstName, String middleName) {
        return lastName + " " + firstName.charAt(0) + "." + (middleName == null ? "" : middleName.charAt(0) + ".");
    }

    /** Latin transliteration (close to the passport rules of 2014), lower case, for e-mail logins. */
    static String latin(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        for (char c : cyrillic.toLowerCase().toCharArray()) {
            sb.append(
                    switch (c) {
                        case 'а' -> "a";
                        case 'б' -> "b";
                        case 'в' -> "v";
                        case 'г' -> "g";
                        case 'д' -> "d";
                        case 'е', 'ё', 'э' -> "e";
                        case 'ж' -> "zh";
                        case 'з' -> "z";
                        case 'и', 'й' -> "i";
                        case 'к' -> "k";
                        case 'л' -> "l";
                        case 'м' -> "m";
                        case 'н' -> "n";
                        case 'о' -> "o";
                        case 'п' -> "p";
                        case 'р' -> "r";
                        case 'с' -> "s";
                        case 'т' -> "t";
                        case 'у' -> "u";
                        case 'ф' -> "f";
                        case 'х' -> "kh";
                        case 'ц' -> "ts";
                        case 'ч' -> "ch";
                        case 'ш' -> "sh";
                        case 'щ' -> "shch";
                        case 'ы' -> "y";
                        case 'ъ' -> "ie";
                        case 'ь' -> "";
                        case 'ю' -> "iu";
                        case 'я' -> "ia";
                        case ' ', '-' -> "-";
                        default -> Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "";
                    });
        }
        return sb.toString();
    }

    /** The Latin initial of a name: Яна -> y, Юрий -> y, Жанна -> z. */
    static String initial(String name) {
        char first = Character.toLowerCase(name.charAt(0));
        return first == 'я' || first == 'ю' ? "y" : latin(String.valueOf(first)).substring(0, 1);
    }

    /** Latin initials of the words of a name: «Управление образования города Калуги» -> uogk. */
    static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s,]+")) {
            if (word.length() > 2 && Character.isLetter(word.charAt(0))) {
                sb.append(initial(word));
            }
        }
        return sb.toString();
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
