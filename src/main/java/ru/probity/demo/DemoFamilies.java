package ru.probity.demo;

import static ru.probity.procurement.names.RussianNames.patronymic;
import static ru.probity.procurement.names.RussianNames.randomFirstName;
import static ru.probity.procurement.names.RussianNames.randomSurname;
import static ru.probity.procurement.names.RussianNames.shortName;
import static ru.probity.procurement.names.RussianNames.surname;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import ru.probity.demo.DemoPeople.Seed;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Relative;

/**
 * The families of employees, kept consistent: a wife usually bears the female form of her
 * husband's surname, children carry their father's surname and a patronymic from his first name,
 * siblings share the employee's patronymic, birth dates fit the relation, and adults have
 * workplaces — often a company or an individual entrepreneur, the material of conflict-of-interest
 * checks.
 */
final class DemoFamilies {

    private static final String[] TAX_CODES = {"4027", "4028", "4029", "4025", "4003", "4007", "4011"};

    private final RandomGenerator random;
    private final DemoIdentifiers ids;
    private final List<Relative> relatives = new ArrayList<>();

    DemoFamilies(RandomGenerator random, DemoIdentifiers ids) {
        this.random = random;
        this.ids = ids;
    }

    List<Relative> relatives() {
        return relatives;
    }

    void family(Seed seed) {
        Employee e = seed.employee();
        boolean procurement = e.hasProcurementRole();
        String home = e.address();
        LocalDate birth = e.birthDate();

        // spouse: the husband of a woman employee bears seed.spouseBase; the wife of a man takes his name or keeps hers
        String spouseFather = randomFirstName(random, false);
        String spouseName = randomFirstName(random, !e.female());
        LocalDate spouseBirth = null;
        String husbandBase = null;
        String husbandName = null;
        if (seed.married()) {
            // a husband is usually a few years older than his wife
            int gap = random.nextInt(-2 * 365, 7 * 365);
            spouseBirth = clamp(e.female() ? birth.minusDays(gap) : birth.plusDays(gap), 1955);
            String spouseLast = e.female()
                    ? surname(seed.spouseBase(), false)
                    : surname(seed.spouseTookName() ? seed.currentBase() : seed.spouseBase(), true);
            add(
                    e,
                    DemoRelation.SPOUSE,
                    spouseLast,
                    spouseName,
                    patronymic(spouseFather, !e.female()),
                    !e.female(),
                    spouseBirth,
                    home,
                    procurement);
            husbandBase = e.female() ? seed.spouseBase() : seed.currentBase();
            husbandName = e.female() ? spouseName : e.firstName();
        }
        if (husbandBase == null) {
            // children of a single parent: the father's surname is the one the employee bears (a man) or kept
            husbandBase = seed.currentBase();
            husbandName = e.female() ? randomFirstName(random, false) : e.firstName();
        }

        // children
        int children = weighted(20, 35, 35, 10);
        LocalDate childBirth = birth.plusYears(21 + random.nextInt(12)).plusDays(random.nextInt(365));
        for (int i = 0; i < children && childBirth.isBefore(DemoPeople.TODAY); i++) {
            child(e, DemoRelation.CHILD, husbandBase, husbandName, childBirth, home, procurement);
            childBirth = childBirth.plusDays(400 + random.nextInt(6 * 365));
        }
        if (random.nextInt(100) < 2) {
            LocalDate adopted = clamp(birth.plusYears(25 + random.nextInt(15)), 2000);
            if (adopted.isBefore(DemoPeople.TODAY)) {
                child(e, DemoRelation.ADOPTED_CHILD, husbandBase, husbandName, adopted, home, procurement);
            }
        }
        if (seed.married() && random.nextInt(100) < 4) {
            LocalDate stepBirth = clamp(spouseBirth.plusYears(20 + random.nextInt(10)), 1975);
            if (stepBirth.isBefore(DemoPeople.TODAY.minusYears(1))) {
                boolean female = random.nextBoolean();
                add(
                        e,
                        DemoRelation.SPOUSE_CHILD,
                        surname(randomSurname(random), female),
                        randomFirstName(random, female),
                        patronymic(randomFirstName(random, false), female),
                        female,
                        stepBirth,
                        otherAddress(seed),
                        procurement);
            }
        }

        // parents, grandparents, siblings
        int age = Period.between(birth, DemoPeople.TODAY).getYears();
        if (random.nextInt(100) < (age < 45 ? 85 : age < 55 ? 60 : 30)) {
            boolean adoptive = random.nextInt(100) < 2;
            add(
                    e,
                    adoptive ? DemoRelation.ADOPTIVE_PARENT : DemoRelation.PARENT,
                    adoptive ? randomSurname(random) : seed.birthBase(),
                    adoptive ? randomFirstName(random, false) : seed.fatherName(),
                    patronymic(randomFirstName(random, false), false),
                    false,
                    older(birth, 22, 36),
                    otherAddress(seed),
                    procurement);
        }
        if (random.nextInt(100) < (age < 45 ? 90 : age < 55 ? 75 : 45)) {
            add(
                    e,
                    DemoRelation.PARENT,
                    surname(seed.birthBase(), true),
                    randomFirstName(random, true),
                    patronymic(randomFirstName(random, false), true),
                    true,
                    older(birth, 19, 34),
                    otherAddress(seed),
                    procurement);
        }
        if (birth.getYear() >= 1988 && random.nextInt(100) < 35) {
            add(
                    e,
                    DemoRelation.GRANDPARENT,
                    surname(seed.birthBase(), true),
                    randomFirstName(random, true),
                    patronymic(randomFirstName(random, false), true),
                    true,
                    older(birth, 44, 58),
                    otherAddress(seed),
                    procurement);
        }
        int siblings = weighted(45, 40, 15);
        for (int i = 0; i < siblings; i++) {
            boolean female = random.nextBoolean();
            LocalDate sb = clamp(birth.plusDays(sign() * (330L + random.nextInt(11 * 365))), 1955);
            if (sb.isAfter(DemoPeople.TODAY.minusYears(14))) {
                continue;
            }
            boolean married = female && random.nextInt(100) < 65;
            String last = surname(married ? randomSurname(random) : seed.birthBase(), female);
            add(
                    e,
                    DemoRelation.SIBLING,
                    last,
                    randomFirstName(random, female),
                    patronymic(seed.fatherName(), female),
                    female,
                    sb,
                    otherAddress(seed),
                    procurement);
        }
        if (random.nextInt(100) < 5) {
            boolean female = random.nextBoolean();
            add(
                    e,
                    DemoRelation.HALF_SIBLING,
                    surname(randomSurname(random), female),
                    randomFirstName(random, female),
                    patronymic(randomFirstName(random, false), female),
                    female,
                    clamp(birth.plusDays(sign() * (330L + random.nextInt(11 * 365))), 1955),
                    otherAddress(seed),
                    procurement);
        }

        // in-laws: the spouse's parents and siblings share the spouse's birth surname and patronymic
        if (seed.married()) {
            String spouseBirthBase = e.female() ? seed.spouseBase() : randomSurname(random);
            if (!e.female() && !seed.spouseTookName()) {
                spouseBirthBase = seed.spouseBase();
            }
            if (random.nextInt(100) < 35) {
                boolean mother = random.nextInt(100) < 65;
                add(
                        e,
                        DemoRelation.SPOUSE_PARENT,
                        surname(spouseBirthBase, mother),
                        mother ? randomFirstName(random, true) : spouseFather,
                        patronymic(randomFirstName(random, false), mother),
                        mother,
                        older(spouseBirth, 20, 34),
                        otherAddress(seed),
                        procurement);
            }
            if (random.nextInt(100) < 25) {
                boolean female = random.nextBoolean();
                String base = female && random.nextBoolean() ? randomSurname(random) : spouseBirthBase;
                add(
                        e,
                        DemoRelation.SPOUSE_SIBLING,
                        surname(base, female),
                        randomFirstName(random, female),
                        patronymic(spouseFather, female),
                        female,
                        clamp(spouseBirth.plusDays(sign() * (330L + random.nextInt(9 * 365))), 1955),
                        otherAddress(seed),
                        procurement);
            }
        }
    }

    /** A child, and if grown up and married, the child's spouse and grandchildren. */
    private void child(
            Employee e,
            String relation,
            String fatherBase,
            String fatherName,
            LocalDate birth,
            String home,
            boolean procurement) {
        boolean female = random.nextBoolean();
        String first = randomFirstName(random, female);
        int age = Period.between(birth, DemoPeople.TODAY).getYears();
        boolean married = age >= 23 && random.nextInt(100) < 50;
        String partnerBase = randomSurname(random);
        String last = surname(female && married ? partnerBase : fatherBase, female);
        add(
                e,
                relation,
                last,
                first,
                patronymic(fatherName, female),
                female,
                birth,
                age < 18 ? home : null,
                procurement);
        if (!married) {
            return;
        }
        String partnerName = randomFirstName(random, !female);
        add(
                e,
                DemoRelation.CHILD_SPOUSE,
                surname(female ? partnerBase : fatherBase, !female),
                partnerName,
                patronymic(randomFirstName(random, false), !female),
                !female,
                clamp(birth.plusDays(random.nextInt(-4 * 365, 3 * 365)), 1975),
                null,
                procurement);
        String grandBase = female ? partnerBase : fatherBase;
        String grandFather = female ? partnerName : first;
        int grandchildren = age >= 26 ? weighted(40, 40, 20) : 0;
        LocalDate gb = birth.plusYears(22 + random.nextInt(8)).plusDays(random.nextInt(365));
        for (int i = 0; i < grandchildren && gb.isBefore(DemoPeople.TODAY); i++) {
            boolean gf = random.nextBoolean();
            add(
                    e,
                    DemoRelation.GRANDCHILD,
                    surname(grandBase, gf),
                    randomFirstName(random, gf),
                    patronymic(grandFather, gf),
                    gf,
                    gb,
                    null,
                    procurement);
            gb = gb.plusDays(400 + random.nextInt(5 * 365));
        }
    }

    private void add(
            Employee e,
            String relation,
            String lastName,
            String firstName,
            String middleName,
            boolean female,
            LocalDate birth,
            String address,
            boolean procurement) {
        int age = Period.between(birth, DemoPeople.TODAY).getYears();
        if (age > 94) {
            return; // the records hold living relatives
        }
        boolean adult = age >= 18;
        String taxCode = TAX_CODES[random.nextInt(TAX_CODES.length)];
        relatives.add(new Relative(
                relatives.size(),
                e.key(),
                relation,
                lastName,
                firstName,
                middleName,
                female,
                birth,
                adult && random.nextInt(100) < 55 ? ids.personInn(taxCode) : null,
                random.nextInt(100) < 60 ? ids.snils() : null,
                adult && random.nextInt(100) < 50 ? ids.mobile() : null,
                address != null ? address : random.nextInt(100) < 70 ? addressNear(e) : null,
                workplace(lastName, firstName, middleName, female, age, relation, procurement)));
    }

    private String workplace(
            String last, String first, String middle, boolean female, int age, String relation, boolean procurement) {
        if (age < 3) {
            return null;
        }
        if (age < 7) {
            return female ? "воспитанница МБДОУ «Детский сад № 7»" : "воспитанник МБДОУ «Детский сад № 7»";
        }
        if (age < 18 || (age < 22 && random.nextInt(100) < 60)) {
            String place = DemoRandom.pick(random, KalugaRegion.STUDY_PLACES.subList(0, age < 18 ? 3 : 5));
            return female ? place.replace("учащийся", "учащаяся").replace("студент ", "студентка ") : place;
        }
        if (age >= (female ? 60 : 63) && random.nextInt(100) < 80) {
            return female ? "пенсионерка" : "пенсионер";
        }
        boolean close = DemoRelation.SPOUSE.equals(relation) || DemoRelation.CHILD.equals(relation);
        int r = random.nextInt(100);
        int company = procurement && close ? 55 : 38;
        if (r < company) {
            return DemoRandom.pick(random, KalugaRegion.COMPANIES);
        }
        if (r < company + 10) {
            return "ИП " + shortName(last, first, middle);
        }
        if (r < company + 45) {
            return DemoRandom.pick(random, KalugaRegion.PUBLIC_WORKPLACES);
        }
        return female && random.nextBoolean() ? "домохозяйка" : "не работает";
    }

    private String otherAddress(Seed seed) {
        return random.nextInt(100) < 75 ? seed.place().address(random, random.nextInt(100) < 70) : null;
    }

    private String addressNear(Employee e) {
        // the employee's own locality: take the address and replace the house number
        int house = e.address().lastIndexOf(", д. ");
        return e.address().substring(0, house) + ", д. " + (1 + random.nextInt(90));
    }

    private LocalDate older(LocalDate birth, int minYears, int maxYears) {
        return birth.minusYears(minYears + random.nextInt(maxYears - minYears + 1))
                .minusDays(random.nextInt(365));
    }

    private static LocalDate clamp(LocalDate date, int minYear) {
        LocalDate min = LocalDate.of(minYear, 1, 1);
        LocalDate max = DemoPeople.TODAY.minusDays(1);
        return date.isBefore(min) ? min : date.isAfter(max) ? max : date;
    }

    private int sign() {
        return random.nextBoolean() ? 1 : -1;
    }

    private int weighted(int... weights) {
        int r = random.nextInt(100);
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
