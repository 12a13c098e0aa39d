package ru.probity.procurement.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.names.RussianNames;

/**
 * Name pools and the noise applied to names. Staff people and the planted register people take their
 * surnames from one pool, background register people from another, so that background data cannot
 * meet a staff person by name (only deliberate decoys do).
 */
final class Names {

    /**
     * Staff surnames: the first part of the common list (after Иванов, the surname of examples)
     * and a few rarer ones. The order is part of every seeded world.
     */
    static final List<String> STAFF_SURNAMES = concat(
            RussianNames.SURNAMES.subList(1, 46),
            List.of(
                    "Белоусов",
                    "Ершов",
                    "Горбунов",
                    "Савин",
                    "Панов",
                    "Рыбаков",
                    "Суворов",
                    "Воронцов",
                    "Тетерин",
                    "Муравьёв",
                    "Зуев",
                    "Рябов",
                    "Шестаков",
                    "Блинов",
                    "Высоцкий",
                    "Левицкий",
                    "Покровский"));

    /** Background surnames: the next part of the common list, none of them a staff surname. */
    static final List<String> BACKGROUND_SURNAMES =
            concat(RussianNames.SURNAMES.subList(46, 106), List.of("Вишневский"));

    /** Male first names (and fathers' names of the patronymics), in the order of every seeded world. */
    static final List<String> MALE = List.of(
            "Иван",
            "Пётр",
            "Сергей",
            "Андрей",
            "Алексей",
            "Дмитрий",
            "Николай",
            "Михаил",
            "Александр",
            "Владимир",
            "Юрий",
            "Олег",
            "Игорь",
            "Виктор",
            "Павел",
            "Артём",
            "Семён",
            "Фёдор",
            "Евгений",
            "Василий",
            "Максим",
            "Роман",
            "Константин",
            "Георгий",
            "Степан",
            "Григорий",
            "Борис",
            "Денис",
            "Антон",
            "Вадим");

    /** Female first names, in the order of every seeded world. */
    static final List<String> FEMALE = List.of(
            "Анна",
            "Мария",
            "Елена",
            "Ольга",
            "Наталья",
            "Татьяна",
            "Ирина",
            "Светлана",
            "Алёна",
            "Юлия",
            "Екатерина",
            "Марина",
            "Галина",
            "Людмила",
            "Надежда",
            "Вера",
            "Ксения",
            "Дарья",
            "Полина",
            "Софья",
            "Анастасия",
            "Виктория",
            "Евгения",
            "Валентина",
            "Нина",
            "Лариса",
            "Оксана",
            "Жанна",
            "Тамара",
            "Зоя");

    private Names() {}

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** One name of a pool. */
    static String any(SplittableRandom r, List<String> names) {
        return names.get(r.nextInt(names.size()));
    }

    /** A random person: {@code male} decides the forms; the surname from {@code surnames}. */
    static PersonName random(SplittableRandom r, List<String> surnames, boolean male) {
        return person(any(r, surnames), r, male);
    }

    /** A person with the given (male base form) surname. */
    static PersonName person(String surname, SplittableRandom r, boolean male) {
        String father = any(r, MALE);
        if (male) {
            return new PersonName(surname, any(r, MALE), RussianNames.patronymic(father, false));
        }
        return new PersonName(RussianNames.feminine(surname), any(r, FEMALE), RussianNames.patronymic(father, true));
    }

    /**
     * A person with a double-barrelled surname (the male base forms of the two parts): a name no
     * person of the pools has, since their surnames are single.
     */
    static PersonName doubleBarrelled(String first, String second, SplittableRandom r, boolean male) {
        PersonName p = person(first, r, male);
        return new PersonName(p.lastName() + "-" + RussianNames.surname(second, !male), p.firstName(), p.middleName());
    }

    static boolean isMale(PersonName n) {
        return n.middleName() != null && n.middleName().endsWith("ич");
    }

    /** The surname of the family in its male base form. */
    static String baseSurname(PersonName n) {
        return isMale(n) ? n.lastName() : RussianNames.masculine(n.lastName());
    }

    /** The register's way: upper case, ё written as Е. */
    static PersonName register(PersonName n, boolean keepYo) {
        return new PersonName(upper(n.lastName(), keepYo), upper(n.firstName(), keepYo), upper(n.middleName(), keepYo));
    }

    private static String upper(String s, boolean keepYo) {
        String u = s.toUpperCase(Locale.ROOT);
        return keepYo ? u : u.replace('Ё', 'Е');
    }

    static PersonName withoutYo(PersonName n) {
        return new PersonName(
                n.lastName().replace('ё', 'е'),
                n.firstName().replace('ё', 'е'),
                n.middleName().replace('ё', 'е'));
    }

    static boolean hasYo(PersonName n) {
        return n.toString().indexOf('ё') >= 0;
    }

    /** A typing error in the surname: two letters in its middle swapped. */
    static PersonName typo(PersonName n) {
        char[] s = n.lastName().toCharArray();
        int i = s.length / 2;
        char t = s[i];
        s[i] = s[i - 1];
        s[i - 1] = t;
        return new PersonName(new String(s), n.firstName(), n.middleName());
    }

    /** «Иванов И. И.» — the way protocols often write commission members. */
    static PersonName initials(PersonName n) {
        return new PersonName(
                n.lastName(), n.firstName().charAt(0) + ".", n.middleName().charAt(0) + ".");
    }

    /** The genitive case («Иванова Ивана Ивановича», «Ивановой Анны Петровны»). */
    static PersonName genitive(PersonName n) {
        boolean male = isMale(n);
        String middle = n.middleName();
        return new PersonName(
                male ? maleSurname(n.lastName()) : femaleSurname(n.lastName()),
                male ? maleFirst(n.firstName()) : femaleFirst(n.firstName()),
                male ? middle + "а" : middle.substring(0, middle.length() - 1) + "ы");
    }

    private static String maleSurname(String s) {
        return s.endsWith("ий") ? s.substring(0, s.length() - 2) + "ого" : s + "а";
    }

    private static String femaleSurname(String s) {
        return s.endsWith("ая") ? s.substring(0, s.length() - 2) + "ой" : s.substring(0, s.length() - 1) + "ой";
    }

    private static String maleFirst(String s) {
        if (s.endsWith("й") || s.endsWith("ь")) {
            return s.substring(0, s.length() - 1) + "я";
        }
        return s + "а";
    }

    private static String femaleFirst(String s) {
        char before = s.charAt(s.length() - 2);
        if (s.endsWith("я") || "кгхжшщч".indexOf(before) >= 0) {
            return s.substring(0, s.length() - 1) + "и";
        }
        return s.substring(0, s.length() - 1) + "ы";
    }

    /** The name in Latin letters, upper case (as some registers hold foreign-spelt names). */
    static PersonName latin(PersonName n) {
        return new PersonName(latin(n.lastName()), latin(n.firstName()), latin(n.middleName()));
    }

    private static String latin(String s) {
        return RussianNames.commonLatin(s.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .toUpperCase(Locale.ROOT);
    }
}
