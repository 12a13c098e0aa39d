package ru.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import ru.probity.demo.DemoPosts.Level;
import ru.probity.demo.DemoPosts.Post;
import ru.probity.demo.DemoPosts.Template;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.org.EmployeeCategory;
import ru.probity.procurement.names.RussianNames;

/**
 * Employees of the demo organizations: names, dates, identifiers, posts, the duty to declare and
 * the procurement roles of 44-ФЗ; their families are made by {@link DemoFamilies}.
 */
final class DemoPeople {

    /** The day the demo region "is": all dates are before it, so that generation is repeatable. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    /** Where people of an organization live and which tax office issued their INN. */
    record Place(String postcode, String locality, List<String> streets, String taxCode, String mailDomain) {

        String address(RandomGenerator random, boolean flat) {
            String code = postcode.endsWith("xx")
                    ? postcode.substring(0, 4) + String.format("%02d", random.nextInt(34))
                    : postcode;
            return code + ", " + KalugaRegion.REGION + ", " + locality + ", " + DemoRandom.pick(random, streets)
                    + ", д. " + (1 + random.nextInt(120)) + (flat ? ", кв. " + (1 + random.nextInt(180)) : "");
        }
    }

    /** What an employee's family is built from: his own and his spouse's name sources. */
    record Seed(
            Employee employee,
            String birthBase,
            String currentBase,
            String fatherName,
            boolean married,
            String spouseBase,
            boolean spouseTookName,
            Place place) {}

    private final RandomGenerator random;
    private final DemoIdentifiers ids;
    private final DemoFamilies families;
    private final List<Employee> employees = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private int nextKey;

    DemoPeople(RandomGenerator random, DemoIdentifiers ids) {
        this.random = random;
        this.ids = ids;
        this.families = new DemoFamilies(random, ids);
    }

    List<Employee> employees() {
        return employees;
    }

    List<DemoRegion.Relative> relatives() {
        return families.relatives();
    }

    /** Staffs one organization and returns its employees, the head first. */
    List<Employee> staff(int organizationKey, Template template, Place place) {
        List<Post> posts = DemoPosts.staffList(template, random);
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            boolean mayLeave = post.level() == Level.SPECIALIST || post.level() == Level.SENIOR_SPECIALIST;
            boolean dismissed = mayLeave && posts.size() >= 5 && random.nextInt(100) < 10;
            seeds.add(person(organizationKey, post, template, place, dismissed));
        }
        assignProcurementRoles(seeds, posts, template);
        List<Employee> staff = new ArrayList<>();
        for (Seed seed : seeds) {
            employees.add(seed.employee());
            staff.add(seed.employee());
            boolean important =
                    seed.employee().declarationRequired() || seed.employee().hasProcurementRole();
            if (random.nextInt(100) < (important ? 95 : 70)) {
                families.family(seed);
            }
        }
        return staff;
    }

    private Seed person(int organizationKey, Post post, Template template, Place place, boolean dismissed) {
        boolean head = post.level() == Level.HEAD;
        int femaleShare = head ? 40 : template == Template.SCHOOL ? 80 : template.municipalService ? 68 : 50;
        boolean female = random.nextInt(100) < femaleShare;
        boolean senior = head || post.level() == Level.DEPUTY || post.level() == Level.UNIT_HEAD;
        LocalDate birth = date(senior ? 1962 : 1960, head ? 1985 : senior ? 1990 : 2000);
        String firstName = RussianNames.randomFirstName(random, female);
        String fatherName = RussianNames.randomFirstName(random, false);
        String birthBase = RussianNames.randomSurname(random);
        boolean married = birth.getYear() < 2001 && random.nextInt(100) < 75;
        String spouseBase = RussianNames.randomSurname(random);
        boolean tookName = random.nextInt(100) < (female ? 80 : 90);
        String currentBase = female && married && tookName ? spouseBase : birthBase;
        String lastName = RussianNames.surname(currentBase, female);
        String middleName = RussianNames.patronymic(fatherName, female);

        LocalDate earliest =
                birth.plusYears(21).isAfter(LocalDate.of(2005, 1, 1)) ? birth.plusYears(21) : LocalDate.of(2005, 1, 1);
        LocalDate appointed = between(head ? max(earliest, LocalDate.of(2010, 1, 1)) : earliest, TODAY.minusDays(3));
        LocalDate dismissedOn = dismissed ? between(appointed.plusDays(60), TODAY.minusDays(1)) : null;
        boolean declaration = switch (post.level()) {
            case HEAD -> true;
            case DEPUTY, UNIT_HEAD, CONTRACT_SERVICE_HEAD, CONTRACT_MANAGER -> template.municipalService;
            case SENIOR_SPECIALIST -> template.municipalService && random.nextInt(100) < 35;
            case SPECIALIST -> false;
        };
        Employee employee = new Employee(
                nextKey++,
                organizationKey,
                lastName,
                firstName,
                middleName,
                female,
                birth,
                random.nextInt(100) < 92 ? ids.personInn(place.taxCode()) : null,
                random.nextInt(100) < 94 ? ids.snils() : null,
                random.nextInt(100) < 85 ? ids.mobile() : null,
                email(lastName, firstName, middleName, place.mailDomain()),
                place.address(random, random.nextInt(100) < 75),
                post.title(),
                appointed,
                dismissedOn,
                declaration,
                false,
                false,
                false,
                false);
        return new Seed(employee, birthBase, currentBase, fatherName, married, spouseBase, tookName, place);
    }

    /** Head of the customer, contract service head, 1–2 contract managers, 3–5 commission members. */
    private void assignProcurementRoles(List<Seed> seeds, List<Post> posts, Template template) {
        if (!template.customer()) {
            return;
        }
        int n = seeds.size();
        boolean[] head = new boolean[n];
        boolean[] service = new boolean[n];
        boolean[] manager = new boolean[n];
        boolean[] commission = new boolean[n];
        head[0] = true;
        int serviceIndex = firstActive(seeds, posts, Level.CONTRACT_SERVICE_HEAD, Level.DEPUTY, Level.UNIT_HEAD);
        if (serviceIndex < 0) {
            serviceIndex = n > 1 ? firstActive(seeds, posts, Level.SENIOR_SPECIALIST, Level.SPECIALIST) : 0;
        }
        service[Math.max(serviceIndex, 0)] = true;
        int managers = 0;
        for (int i = 1; i < n && managers < 2; i++) {
            if (posts.get(i).level() == Level.CONTRACT_MANAGER
                    && seeds.get(i).employee().active()) {
                manager[i] = true;
                managers++;
            }
        }
        int wanted = 3 + random.nextInt(3);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (seeds.get(i).employee().active() && !manager[i]) {
                candidates.add(i);
            }
        }
        java.util.Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        if (!service[0] && serviceIndex > 0) {
            commission[serviceIndex] = true;
        }
        for (int i = 0; i < candidates.size() && count(commission) < wanted; i++) {
            commission[candidates.get(i)] = true;
        }
        if (count(commission) < 3) {
            commission[0] = true;
            for (int i = 1; i < n && count(commission) < 3; i++) {
                commission[i] |= seeds.get(i).employee().active();
            }
        }
        for (int i = 0; i < n; i++) {
            Seed s = seeds.get(i);
            Employee e = s.employee();
            boolean procurement = head[i] || service[i] || manager[i] || commission[i];
            Employee updated = new Employee(
                    e.key(),
                    e.organizationKey(),
                    e.lastName(),
                    e.firstName(),
                    e.middleName(),
                    e.female(),
                    e.birthDate(),
                    e.inn(),
                    e.snils(),
                    e.phone(),
                    e.email(),
                    e.address(),
                    e.post(),
                    e.appointedOn(),
                    e.dismissedOn(),
                    e.declarationRequired() || (procurement && template.municipalService),
                    head[i],
                    service[i],
                    manager[i],
                    commission[i]);
            seeds.set(
                    i,
                    new Seed(
                            updated,
                            s.birthBase(),
                            s.currentBase(),
                            s.fatherName(),
                            s.married(),
                            s.spouseBase(),
                            s.spouseTookName(),
                            s.place()));
        }
    }

    private static int firstActive(List<Seed> seeds, List<Post> posts, Level... levels) {
        for (Level level : levels) {
            for (int i = 1; i < seeds.size(); i++) {
                if (posts.get(i).level() == level && seeds.get(i).employee().active()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int count(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            c += f ? 1 : 0;
        }
        return c;
    }

    private String email(String lastName, String firstName, String middleName, String domain) {
        String login =
                RussianNames.latin(lastName) + "." + RussianNames.initial(firstName) + RussianNames.initial(middleName);
        String email = login + "@" + domain;
        for (int i = 2; !emails.add(email); i++) {
            email = login + i + "@" + domain;
        }
        return email;
    }

    /**
     * A plausible category (DOMAIN.md «Who is who») by the kind of the employee's organization and
     * his post: the staff of regional bodies are state civil servants; of municipal administrations
     * and their departments municipal servants, except the head of a settlement's administration,
     * who is usually the head of the settlement (a municipal post); the director of an institution
     * or enterprise is its head, the rest of its staff «other».
     */
    static EmployeeCategory category(List<DemoRegion.Organization> organizations, Employee e) {
        DemoRegion.Organization organization = organizations.get(e.organizationKey());
        boolean regional = false;
        for (DemoRegion.Organization o = organization;
                o != null;
                o = o.parentKey() == null ? null : organizations.get(o.parentKey())) {
            regional |= o.kind().equals("REGIONAL_BODY");
        }
        if (regional) {
            return EmployeeCategory.REGIONAL_CIVIL_SERVANT;
        }
        DemoRegion.Organization parent =
                organization.parentKey() == null ? null : organizations.get(organization.parentKey());
        return switch (organization.kind()) {
            case "INSTITUTION", "ENTERPRISE" ->
                e.post().startsWith("Директор") ? EmployeeCategory.INSTITUTION_HEAD : EmployeeCategory.OTHER;
            case "ADMINISTRATION" ->
                e.post().startsWith("Глава")
                                && parent != null
                                && (parent.kind().equals("URBAN_SETTLEMENT")
                                        || parent.kind().equals("RURAL_SETTLEMENT"))
                        ? EmployeeCategory.MUNICIPAL_POST
                        : EmployeeCategory.MUNICIPAL_SERVANT;
            case "DEPARTMENT" -> EmployeeCategory.MUNICIPAL_SERVANT;
            case "CITY_DISTRICT", "MUNICIPAL_DISTRICT", "MUNICIPAL_OKRUG", "URBAN_SETTLEMENT", "RURAL_SETTLEMENT" ->
                e.post().startsWith("Глава") ? EmployeeCategory.MUNICIPAL_POST : EmployeeCategory.MUNICIPAL_SERVANT;
            default -> EmployeeCategory.OTHER;
        };
    }

    LocalDate date(int fromYear, int toYear) {
        return between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
