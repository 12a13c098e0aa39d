package ru.probity.procurement.fns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

/** Synthetic but valid companies and entrepreneurs (check digits right), one at a time. */
public final class FnsTestData {

    private static final String[] MALE_LAST = {
        "ИВАНОВ",
        "ПЕТРОВ",
        "СМИРНОВ",
        "КУЗНЕЦОВ",
        "ПОПОВ",
        "ВАСИЛЬЕВ",
        "СОКОЛОВ",
        "МИХАЙЛОВ",
        "НОВИКОВ",
        "ФЁДОРОВ",
        "МОРОЗОВ",
        "ВОЛКОВ"
    };
    private static final String[] MALE_FIRST = {
        "АЛЕКСАНДР", "СЕРГЕЙ", "ДМИТРИЙ", "АНДРЕЙ", "АЛЕКСЕЙ", "МАКСИМ", "ЕВГЕНИЙ", "ИГОРЬ", "ПЁТР"
    };
    private static final String[] FEMALE_FIRST = {
        "ЕЛЕНА", "ОЛЬГА", "НАТАЛЬЯ", "ТАТЬЯНА", "ИРИНА", "СВЕТЛАНА", "АННА", "МАРИЯ"
    };
    private static final String[] FATHERS = {
        "АЛЕКСАНДРОВ", "СЕРГЕЕВ", "ИВАНОВ", "ПЕТРОВ", "НИКОЛАЕВ", "ВЛАДИМИРОВ", "МИХАЙЛОВ"
    };
    private static final String[] WORDS = {
        "АПТРЕЙД",
        "СТРОЙМОНТАЖ",
        "ВЕКТОР",
        "АЛЬЯНС",
        "РЕГИОН",
        "ТЕХНОСЕРВИС",
        "ГАРАНТ",
        "РОГА & КОПЫТА",
        "СПЕЦСТРОЙ",
        "МЕДТЕХНИКА",
        "ЛИДЕР",
        "КАМА"
    };
    private static final String[] REGIONS = {
        "УДМУРТСКАЯ РЕСПУБЛИКА",
        "МОСКОВСКАЯ ОБЛАСТЬ",
        "ГОРОД МОСКВА",
        "РЕСПУБЛИКА ТАТАРСТАН",
        "КРАСНОДАРСКИЙ КРАЙ",
        "ПЕРМСКИЙ КРАЙ"
    };
    private static final String[] DISTRICTS = {"ЗАВЬЯЛОВСКИЙ РАЙОН", "РАЙОН ЛЕНИНСКИЙ", "ВОТКИНСКИЙ РАЙОН"};
    private static final String[] CITIES = {
        "ГОРОД ИЖЕВСК", "ГОРОД КАЗАНЬ", "ГОРОД ПЕРМЬ", "ГОРОД ЗАРЕЧНЫЙ", "СЕЛО ЗАВЬЯЛОВО", "ДЕРЕВНЯ ПИРОГОВО"
    };
    private static final String[] STREETS = {
        "УЛИЦА ОРДЖОНИКИДЗЕ",
        "УЛИЦА ЛЕНИНА",
        "ПРОСПЕКТ МИРА",
        "ПЕРЕУЛОК САДОВЫЙ",
        "УЛИЦА 10 ЛЕТ ОКТЯБРЯ",
        "БУЛЬВАР ГАГАРИНА"
    };
    private static final String[][] SPLITS = {
        {"100"}, {"50", "50"}, {"60", "40"}, {"33.33", "66.67"}, {"75", "25"}, {"90.5", "9.5"}
    };

    private final Random random;

    public FnsTestData(long seed) {
        random = new Random(seed);
    }

    public Company company() {
        String region = String.format("%02d", 1 + random.nextInt(89));
        String inn = Identifiers.completeOrganizationInn(region + digits(7));
        LocalDate registered = LocalDate.of(2002, 7, 1).plusDays(random.nextInt(8000));
        String ogrn = Identifiers.completeOgrn((random.nextBoolean() ? "1" : "5")
                + String.format("%02d", registered.getYear() % 100)
                + region
                + digits(7));
        String word = pick(WORDS) + (random.nextInt(3) == 0 ? "-" + random.nextInt(100) : "");
        List<PersonLink> people = new ArrayList<>(3);
        people.add(new PersonLink(
                personInn(region),
                person(),
                CompanyRole.DIRECTOR,
                random.nextBoolean() ? "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР" : "ДИРЕКТОР",
                null,
                registered,
                null));
        String[] split = pick(SPLITS);
        List<CompanyShare> founders = new ArrayList<>(1);
        for (int i = 0; i < split.length; i++) {
            BigDecimal percent = new BigDecimal(split[i]);
            if (i == 1 && random.nextInt(4) == 0) {
                String fRegion = String.format("%02d", 1 + random.nextInt(89));
                founders.add(new CompanyShare(
                        Identifiers.completeOrganizationInn(fRegion + digits(7)),
                        Identifiers.completeOgrn("1" + digits(2) + fRegion + digits(7)),
                        "АКЦИОНЕРНОЕ ОБЩЕСТВО \"" + pick(WORDS) + "\"",
                        percent,
                        registered.plusDays(random.nextInt(400)),
                        null));
            } else {
                people.add(new PersonLink(
                        personInn(region), person(), CompanyRole.FOUNDER, null, percent, registered, null));
            }
        }
        LocalDate extract = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
        return new Company(
                inn,
                region + String.format("%02d", random.nextInt(100)) + "01001",
                ogrn,
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"" + word + "\"",
                "ООО \"" + word + "\"",
                address(),
                random.nextInt(3) == 0 ? "info" + random.nextInt(10000) + "@example.ru" : null,
                null,
                registered,
                random.nextInt(10) == 0 ? registered.plusDays(1 + random.nextInt(3000)) : null,
                extract,
                List.copyOf(people),
                List.copyOf(founders));
    }

    Entrepreneur entrepreneur() {
        String region = String.format("%02d", 1 + random.nextInt(89));
        LocalDate registered = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(7000));
        return new Entrepreneur(
                personInn(region),
                Identifiers.completeOgrnip(
                        "3" + String.format("%02d", registered.getYear() % 100) + region + digits(9)),
                person(),
                random.nextInt(4) == 0 ? "ip" + random.nextInt(10000) + "@example.ru" : null,
                random.nextBoolean() ? pick(REGIONS) : address(),
                registered,
                random.nextInt(8) == 0 ? registered.plusDays(1 + random.nextInt(2000)) : null,
                LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365)));
    }

    private PersonName person() {
        boolean male = random.nextBoolean();
        String last = pick(MALE_LAST);
        String father = pick(FATHERS);
        return male
                ? new PersonName(last, pick(MALE_FIRST), father + "ИЧ")
                : new PersonName(last + "А", pick(FEMALE_FIRST), random.nextInt(20) == 0 ? null : father + "НА");
    }

    private String address() {
        StringBuilder sb = new StringBuilder();
        sb.append(100000 + random.nextInt(900000)).append(", ").append(pick(REGIONS));
        if (random.nextInt(3) == 0) {
            sb.append(", ").append(pick(DISTRICTS));
        }
        sb.append(", ").append(pick(CITIES)).append(", ").append(pick(STREETS));
        sb.append(", ДОМ ").append(1 + random.nextInt(150));
        if (random.nextInt(4) == 0) {
            sb.append(", КОРПУС ").append(1 + random.nextInt(5));
        }
        if (random.nextBoolean()) {
            sb.append(random.nextBoolean() ? ", КВАРТИРА " : ", ОФИС ").append(1 + random.nextInt(300));
        }
        return sb.toString();
    }

    private String personInn(String region) {
        return Identifiers.completePersonInn(region + digits(8));
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
