package ru.probity.redflags.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

/**
 * Valid-looking identifiers (INN with check digits, OGRN, KPP) and the companies of the generated
 * world: each with a unique address, phone, e-mail and director unless a plant makes them shared.
 */
final class Registry {

    static final LocalDate EXTRACT_DATE = LocalDate.of(2025, 1, 10);

    private static final String[] WORDS = {
        "Альфа",
        "Вектор",
        "Гранит",
        "Дельта",
        "Лидер",
        "Меридиан",
        "Орион",
        "Прогресс",
        "Ресурс",
        "Сфера",
        "Техно",
        "Унисервис",
        "Феникс",
        "Эталон",
        "Строй",
        "Калугаснаб",
        "Оптима",
        "Партнёр",
        "Регион",
        "Стандарт",
        "Импульс",
        "Горизонт",
        "Кристалл",
        "Магистраль"
    };
    private static final String[] STREETS = {
        "Ленина", "Кирова", "Московская", "Гагарина", "Суворова", "Никитина", "Пушкина", "Театральная",
        "Тульская", "Жукова", "Карла Маркса", "Степана Разина", "Труда", "Садовая", "Луначарского", "Болдина"
    };
    private static final String[] LAST = {
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев"
    };
    private static final String[] FIRST = {
        "Александр",
        "Сергей",
        "Дмитрий",
        "Андрей",
        "Алексей",
        "Максим",
        "Евгений",
        "Иван",
        "Михаил",
        "Артём",
        "Николай",
        "Владимир",
        "Павел",
        "Олег",
        "Игорь",
        "Роман"
    };
    private static final String[] MIDDLE = {
        "Александрович",
        "Сергеевич",
        "Дмитриевич",
        "Андреевич",
        "Алексеевич",
        "Петрович",
        "Иванович",
        "Николаевич",
        "Владимирович",
        "Михайлович",
        "Викторович",
        "Юрьевич"
    };

    private int legal;
    private int people;

    /** Identifiers from tax office 95 on (4095…): apart from the demo region's (4003–4029). */
    void startAtOffice95() {
        legal = 9_500_000;
        people = 95_000_000;
    }

    private final List<Company> companies = new ArrayList<>();

    /** A 10-digit legal INN of the Kaluga region with its check digit. */
    String nextLegalInn() {
        int i = legal++;
        String body = "40" + pad(i / 100_000 % 100, 2) + pad(i % 100_000, 5);
        return body + check(body, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    /** A 12-digit personal INN with its check digits. */
    String nextPersonInn() {
        int i = people++;
        String body = "40" + pad(i / 1_000_000 % 100, 2) + pad(i % 1_000_000, 6);
        String n11 = body + check(body, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        return n11 + check(n11, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    static String ogrn(String inn) {
        String body = "1" + "15" + "40" + inn.substring(2, 10);
        body = body.substring(0, 12);
        long n = Long.parseLong(body);
        return body + (n % 11 % 10);
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += (digits.charAt(k) - '0') * weights[k];
        }
        return sum % 11 % 10;
    }

    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    PersonName personName(SplittableRandom r) {
        return new PersonName(
                LAST[r.nextInt(LAST.length)], FIRST[r.nextInt(FIRST.length)], MIDDLE[r.nextInt(MIDDLE.length)]);
    }

    /** Houses per street: real house numbers are small (a six-digit one reads as a postal index). */
    private static final int HOUSES = 150;

    /** The k-th unique address of the region: a street, a house and an office. */
    static String address(int k) {
        int street = k % STREETS.length;
        int rest = k / STREETS.length;
        return "г. Калуга, ул. " + STREETS[street] + ", д. " + (rest % HOUSES + 1) + ", оф. " + (rest / HOUSES + 1);
    }

    /** The k-th unique mobile number, +7 (9NN) NNN-NN-NN: ten significant digits, as a real one. */
    static String phone(int k) {
        String digits = pad(k % 10_000_000, 7);
        return "+7 (9" + pad(10 + (k / 10_000_000) % 90, 2) + ") " + digits.substring(0, 3) + "-"
                + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    /**
     * A new company, registered on {@code registered}, with a unique address, phone, e-mail and a director
     * of its own.
     */
    Company company(SplittableRandom r, LocalDate registered) {
        String inn = nextLegalInn();
        int k = legal;
        String word = WORDS[r.nextInt(WORDS.length)];
        String name = "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"" + word.toUpperCase(java.util.Locale.ROOT) + "-" + k
                + "\"";
        PersonLink director = new PersonLink(
                nextPersonInn(), personName(r), CompanyRole.DIRECTOR, "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР", null, registered, null);
        Company c = new Company(
                inn,
                inn.substring(0, 4) + "01001",
                ogrn(inn),
                name,
                "ООО \"" + word.toUpperCase(java.util.Locale.ROOT) + "-" + k + "\"",
                address(k),
                "office" + k + "@firm" + (k % 97) + ".ru",
                phone(k),
                registered,
                null,
                EXTRACT_DATE,
                List.of(director),
                List.of(),
                List.of(),
                List.of());
        companies.add(c);
        return c;
    }

    /** Replaces a company already made (a plant changing its facts). */
    Company replace(Company old, Company changed) {
        int i = companies.lastIndexOf(old);
        companies.set(i, changed);
        return changed;
    }

    List<Company> companies() {
        return companies;
    }

    static Company with(
            Company c,
            String address,
            String phone,
            List<PersonLink> people,
            LocalDate registered,
            LocalDate terminated,
            List<String> unreliable) {
        LocalDate extract = terminated != null && terminated.isAfter(c.extractDate()) ? terminated : c.extractDate();
        return new Company(
                c.inn(),
                c.kpp(),
                c.ogrn(),
                c.fullName(),
                c.shortName(),
                address,
                c.email(),
                phone,
                registered,
                terminated,
                extract,
                people,
                c.founders(),
                c.managingOrganizations(),
                unreliable);
    }

    static Supplier supplier(Company c) {
        return new Supplier(
                Supplier.Kind.LEGAL_ENTITY, c.inn(), c.kpp(), c.shortName(), null, c.address(), c.phone(), c.email());
    }

    static BigDecimal money(double roubles) {
        return BigDecimal.valueOf(Math.round(roubles * 100), 2);
    }
}
