package ru.probity.procurement.generator;

import java.util.SplittableRandom;
import ru.probity.procurement.model.PersonName;

/**
 * Name pools and the noise applied to names. Staff people and the planted register people take their
 * surnames from one pool, background register people from another, so that background data cannot
 * meet a staff person by name (only deliberate decoys do).
 */
final class Names {

    static final String[] STAFF_SURNAMES = {
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
        "Покровский"
    };
    static final String[] BACKGROUND_SURNAMES = {
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
        "Вишневский"
    };
    /** Male first names with the stem of the patronymic («Сергей» → «Сергеевич», «Сергеевна»). */
    static final String[][] MALE = {
        {"Иван", "Иванов"}, {"Пётр", "Петров"}, {"Сергей", "Сергеев"}, {"Андрей", "Андреев"},
        {"Алексей", "Алексеев"}, {"Дмитрий", "Дмитриев"}, {"Николай", "Николаев"}, {"Михаил", "Михайлов"},
        {"Александр", "Александров"}, {"Владимир", "Владимиров"}, {"Юрий", "Юрьев"}, {"Олег", "Олегов"},
        {"Игорь", "Игорев"}, {"Виктор", "Викторов"}, {"Павел", "Павлов"}, {"Артём", "Артёмов"},
        {"Семён", "Семёнов"}, {"Фёдор", "Фёдоров"}, {"Евгений", "Евгеньев"}, {"Василий", "Васильев"},
        {"Максим", "Максимов"}, {"Роман", "Романов"}, {"Константин", "Константинов"}, {"Георгий", "Георгиев"},
        {"Степан", "Степанов"}, {"Григорий", "Григорьев"}, {"Борис", "Борисов"}, {"Денис", "Денисов"},
        {"Антон", "Антонов"}, {"Вадим", "Вадимов"}
    };

    static final String[] FEMALE = {
        "Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Алёна", "Юлия",
        "Екатерина", "Марина", "Галина", "Людмила", "Надежда", "Вера", "Ксения", "Дарья", "Полина", "Софья",
        "Анастасия", "Виктория", "Евгения", "Валентина", "Нина", "Лариса", "Оксана", "Жанна", "Тамара", "Зоя"
    };

    private Names() {}

    /** A random person: {@code male} decides the forms; the surname from {@code surnames}. */
    static PersonName random(SplittableRandom r, String[] surnames, boolean male) {
        String surname = surnames[r.nextInt(surnames.length)];
        return person(surname, r, male);
    }

    /** A person with the given (male base form) surname. */
    static PersonName person(String surname, SplittableRandom r, boolean male) {
        String father = MALE[r.nextInt(MALE.length)][1];
        if (male) {
            return new PersonName(surname, MALE[r.nextInt(MALE.length)][0], father + "ич");
        }
        return new PersonName(feminine(surname), FEMALE[r.nextInt(FEMALE.length)], father + "на");
    }

    /**
     * A person with a double-barrelled surname (the male base forms of the two parts): a name no
     * person of the pools has, since their surnames are single.
     */
    static PersonName doubleBarrelled(String first, String second, SplittableRandom r, boolean male) {
        PersonName p = person(first, r, male);
        return new PersonName(p.lastName() + "-" + (male ? second : feminine(second)), p.firstName(), p.middleName());
    }

    static boolean isMale(PersonName n) {
        return n.middleName() != null && n.middleName().endsWith("ич");
    }

    /** The surname of the family in its male base form. */
    static String baseSurname(PersonName n) {
        String s = n.lastName();
        if (isMale(n)) {
            return s;
        }
        return s.endsWith("ая") ? s.substring(0, s.length() - 2) + "ий" : s.substring(0, s.length() - 1);
    }

    static String feminine(String surname) {
        return surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
    }

    /** The register's way: upper case, ё written as Е. */
    static PersonName register(PersonName n, boolean keepYo) {
        return new PersonName(upper(n.lastName(), keepYo), upper(n.firstName(), keepYo), upper(n.middleName(), keepYo));
    }

    private static String upper(String s, boolean keepYo) {
        String u = s.toUpperCase(java.util.Locale.ROOT);
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

    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    /** The name in Latin letters, upper case (as some registers hold foreign-spelt names). */
    static PersonName latin(PersonName n) {
        return new PersonName(latin(n.lastName()), latin(n.firstName()), latin(n.middleName()));
    }

    private static String latin(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == 'ё') {
                b.append("e");
            } else if (c >= 'а' && c <= 'я') {
                b.append(LATIN[c - 'а']);
            } else {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
