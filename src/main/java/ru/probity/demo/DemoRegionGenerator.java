package ru.probity.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import ru.probity.access.Role;
import ru.probity.demo.DemoPeople.Place;
import ru.probity.demo.DemoPosts.Template;
import ru.probity.demo.DemoRegion.Account;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Organization;
import ru.probity.demo.KalugaRegion.District;
import ru.probity.demo.KalugaRegion.Settlement;
import ru.probity.procurement.names.RussianNames;

/**
 * Generates the demo Kaluga region: the real municipal structure (2 city districts, 24 municipal
 * districts, a sample of their settlements), administrations with departments, institutions and
 * enterprises, about two thousand employees with families, and one demo account per role. The
 * same seed always gives the same region.
 */
public final class DemoRegionGenerator {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "probity-demo";

    /** The seed the loader uses. */
    public static final long DEFAULT_SEED = 40L;

    static final String KALUGA = "Городской округ «Город Калуга»";
    static final String OBNINSK = "Городской округ «Город Обнинск»";
    static final String UPRAVA = "Городская Управа города Калуги";
    static final String UGH = "Управление городского хозяйства города Калуги";

    private final long seed;
    private Random random;
    private DemoIdentifiers ids;
    private DemoPeople people;
    private List<Organization> organizations;

    public DemoRegionGenerator(long seed) {
        this.seed = seed;
    }

    public DemoRegionGenerator() {
        this(DEFAULT_SEED);
    }

    /** Builds the whole region; each call starts afresh from the seed. */
    public synchronized DemoRegion generate() {
        random = new Random(seed);
        ids = new DemoIdentifiers(random);
        people = new DemoPeople(random, ids);
        organizations = new ArrayList<>();

        Organization root = org(null, "REGION", KalugaRegion.REGION, "Калужская область", null, null, null, null);
        Place kalugaPlace = new Place("2480xx", "г. Калуга", KalugaRegion.KALUGA_STREETS, "4027", "kaluga.example");
        Organization governor = org(
                root,
                "REGIONAL_BODY",
                "Администрация Губернатора Калужской области",
                "Администрация Губернатора",
                "4027",
                "248000, Калужская область, г. Калуга, пл. Старый Торг, д. 2",
                "4842",
                "admoblkaluga.example");
        people.staff(governor.key(), Template.REGIONAL_BODY, withDomain(kalugaPlace, "admoblkaluga.example"));
        Organization prevention = org(
                governor,
                "DEPARTMENT",
                "Управление по профилактике коррупционных и иных правонарушений",
                "Управление по профилактике коррупции",
                null,
                governor.address(),
                "4842",
                "admoblkaluga.example");
        people.staff(prevention.key(), Template.REGIONAL_DEPARTMENT, withDomain(kalugaPlace, "admoblkaluga.example"));

        kaluga(root, kalugaPlace);
        obninsk(root);
        for (District district : KalugaRegion.DISTRICTS) {
            district(root, district);
        }
        List<Account> accounts = accounts(root);
        return new DemoRegion(organizations, newcomers(people.employees(), accounts), people.relatives(), accounts);
    }

    /** How many of Kaluga's specialists the demo appoints in the last weeks (the onboarding course's audience). */
    static final int NEWCOMERS = 6;

    /**
     * Appoints a few of Kaluga's specialists recently (2 to 22 days before today), so the mandatory
     * onboarding course and the declarations and acts due on appointment have someone to show:
     * active specialists with no account, no duty to declare and no procurement role, outside УГХ
     * (whose staff the demo's stories use), the first ones in the order they were generated.
     */
    private List<Employee> newcomers(List<Employee> employees, List<Account> accounts) {
        java.util.Set<Integer> kaluga = new java.util.HashSet<>();
        int uprava = -1;
        for (Organization o : organizations) {
            if (o.name().equals(KALUGA) || (o.parentKey() != null && kaluga.contains(o.parentKey()))) {
                kaluga.add(o.key());
            }
            if (o.name().equals(UGH)) {
                uprava = o.key();
            }
        }
        kaluga.remove(uprava);
        java.util.Set<Integer> withAccounts = new java.util.HashSet<>();
        accounts.forEach(a -> {
            if (a.employeeKey() != null) {
                withAccounts.add(a.employeeKey());
            }
        });
        List<Employee> result = new ArrayList<>(employees);
        int appointed = 0;
        for (int i = 0; i < result.size() && appointed < NEWCOMERS; i++) {
            Employee e = result.get(i);
            if (kaluga.contains(e.organizationKey())
                    && e.active()
                    && !withAccounts.contains(e.key())
                    && !e.declarationRequired()
                    && !e.headOfCustomer()
                    && !e.contractServiceHead()
                    && !e.contractManager()
                    && !e.procurementCommissionMember()) {
                result.set(i, e.appointedOn(DemoPeople.TODAY.minusDays(2 + 4L * appointed)));
                appointed++;
            }
        }
        return result;
    }

    private void kaluga(Organization root, Place place) {
        Organization city = org(root, "CITY_DISTRICT", KALUGA, "ГО «Город Калуга»", null, null, null, null);
        Organization uprava = org(
                city,
                "ADMINISTRATION",
                UPRAVA,
                "Городская Управа",
                "4027",
                "248000, Калужская область, г. Калуга, ул. Ленина, д. 93",
                "4842",
                "kaluga.example");
        people.staff(uprava.key(), Template.CITY_ADMINISTRATION, place);
        String[] departments = {
            UGH,
            "Управление образования города Калуги",
            "Управление финансов города Калуги",
            "Управление экономики и имущественных отношений города Калуги",
            "Управление архитектуры, градостроительства и земельных отношений города Калуги",
            "Управление делами Городского Головы города Калуги"
        };
        for (String name : departments) {
            Organization dept =
                    org(uprava, "DEPARTMENT", name, null, "4027", kalugaAddress(), "4842", "kaluga.example");
            people.staff(dept.key(), Template.CITY_DEPARTMENT, place);
            if (name.equals(UGH)) {
                subordinate(dept, place, "INSTITUTION", "МБУ «Калугаблагоустройство»", Template.INSTITUTION);
                subordinate(
                        dept,
                        place,
                        "INSTITUTION",
                        "МКУ «Управление капитального строительства города Калуги»",
                        Template.INSTITUTION);
                subordinate(dept, place, "INSTITUTION", "МБУ «Калугазеленстрой»", Template.INSTITUTION);
                subordinate(dept, place, "ENTERPRISE", "МУП «Калужские городские парки»", Template.ENTERPRISE);
                subordinate(dept, place, "ENTERPRISE", "МУП «Калугатеплосеть»", Template.ENTERPRISE);
                subordinate(
                        dept,
                        place,
                        "ENTERPRISE",
                        "МУП «Калужское специализированное автохозяйство»",
                        Template.ENTERPRISE);
            } else if (name.startsWith("Управление образования")) {
                subordinate(
                        dept,
                        place,
                        "INSTITUTION",
                        "МБОУ «Средняя общеобразовательная школа № 5» г. Калуги",
                        Template.SCHOOL);
                subordinate(dept, place, "INSTITUTION", "МБОУ «Гимназия № 24» г. Калуги", Template.SCHOOL);
                subordinate(
                        dept, place, "INSTITUTION", "МБДОУ «Детский сад № 12 «Солнышко»» г. Калуги", Template.SCHOOL);
            } else if (name.startsWith("Управление делами")) {
                subordinate(
                        dept,
                        place,
                        "INSTITUTION",
                        "МКУ «Центр бухгалтерского обслуживания» города Калуги",
                        Template.INSTITUTION);
            }
        }
    }

    private void obninsk(Organization root) {
        Place place = new Place("2490xx", "г. Обнинск", KalugaRegion.OBNINSK_STREETS, "4025", "obninsk.example");
        Organization city = org(root, "CITY_DISTRICT", OBNINSK, "ГО «Город Обнинск»", null, null, null, null);
        Organization admin = org(
                city,
                "ADMINISTRATION",
                "Администрация города Обнинска",
                null,
                "4025",
                "249037, Калужская область, г. Обнинск, пл. Преображения, д. 1",
                "484",
                "obninsk.example");
        people.staff(admin.key(), Template.CITY_ADMINISTRATION, place);
        Organization ugh = department(
                admin,
                place,
                "Управление городского хозяйства Администрации города Обнинска",
                Template.CITY_DEPARTMENT);
        subordinate(ugh, place, "INSTITUTION", "МБУ «Благоустройство» города Обнинска", Template.INSTITUTION);
        subordinate(ugh, place, "ENTERPRISE", "МП «Водоканал» города Обнинска", Template.ENTERPRISE);
        Organization edu = department(
                admin, place, "Управление общего образования Администрации города Обнинска", Template.CITY_DEPARTMENT);
        subordinate(
                edu, place, "INSTITUTION", "МБОУ «Средняя общеобразовательная школа № 1» г. Обнинска", Template.SCHOOL);
        department(admin, place, "Финансовое управление Администрации города Обнинска", Template.CITY_DEPARTMENT);
        subordinate(
                admin,
                place,
                "INSTITUTION",
                "МКУ «Управление капитального строительства» города Обнинска",
                Template.INSTITUTION);
    }

    private void district(Organization root, District d) {
        Settlement centre = d.centre();
        String mail = RussianNames.latin(centre.name()) + ".example";
        Place place = new Place(
                centre.postcode(),
                d.adjective() + " район, " + centre.locality(),
                KalugaRegion.TOWN_STREETS,
                d.taxCode(),
                mail);
        String shortName = "МР «" + d.adjective() + " район»";
        Organization mr = org(root, "MUNICIPAL_DISTRICT", d.name(), shortName, null, null, null, null);
        Organization admin = org(
                mr,
                "ADMINISTRATION",
                "Администрация муниципального района «" + d.adjective() + " район»",
                "Администрация " + shortName,
                d.taxCode(),
                townAddress(place),
                d.phoneCode(),
                mail);
        people.staff(admin.key(), Template.DISTRICT_ADMINISTRATION, place);
        String suffix = " администрации муниципального района «" + d.adjective() + " район»";
        Organization edu = department(admin, place, "Отдел образования" + suffix, Template.DISTRICT_DEPARTMENT);
        department(admin, place, "Финансовый отдел" + suffix, Template.DISTRICT_DEPARTMENT);
        subordinate(
                edu,
                place,
                "INSTITUTION",
                "МКОУ «" + d.feminine() + " средняя общеобразовательная школа № 1»",
                Template.SCHOOL);
        if (random.nextBoolean()) {
            subordinate(
                    admin,
                    place,
                    "INSTITUTION",
                    "МКУ «Центр бухгалтерского обслуживания» " + d.genitive(),
                    Template.INSTITUTION);
        }
        for (Settlement s : d.settlements()) {
            String kind = s.urban() ? "URBAN_SETTLEMENT" : "RURAL_SETTLEMENT";
            String type = s.urban() ? "Городское поселение" : "Сельское поселение";
            String abbr = s.urban() ? "ГП" : "СП";
            Place local = new Place(
                    s.postcode(),
                    d.adjective() + " район, " + s.locality(),
                    KalugaRegion.TOWN_STREETS,
                    d.taxCode(),
                    RussianNames.latin(s.name()) + ".example");
            Organization mo =
                    org(mr, kind, type + " «" + s.title() + "»", abbr + " «" + s.title() + "»", null, null, null, null);
            Organization sa = org(
                    mo,
                    "ADMINISTRATION",
                    "Администрация " + type.toLowerCase().replace("ое поселение", "ого поселения") + " «" + s.title()
                            + "»",
                    "Администрация " + abbr + " «" + s.title() + "»",
                    d.taxCode(),
                    townAddress(local),
                    d.phoneCode(),
                    local.mailDomain());
            people.staff(sa.key(), Template.SETTLEMENT_ADMINISTRATION, local);
        }
    }

    private Organization department(Organization parent, Place place, String name, Template template) {
        Organization dept = org(
                parent,
                "DEPARTMENT",
                name,
                null,
                place.taxCode(),
                address(parent, place),
                phoneCode(parent),
                parent.email() == null
                        ? null
                        : parent.email().substring(parent.email().indexOf('@') + 1));
        people.staff(dept.key(), template, place);
        return dept;
    }

    private void subordinate(Organization parent, Place place, String kind, String name, Template template) {
        String domain = parent.email() == null
                ? place.mailDomain()
                : parent.email().substring(parent.email().indexOf('@') + 1);
        Organization org =
                org(parent, kind, name, null, place.taxCode(), address(parent, place), phoneCode(parent), domain);
        people.staff(org.key(), template, place);
    }

    private String address(Organization parent, Place place) {
        return place.locality().equals("г. Калуга") ? kalugaAddress() : townAddress(place);
    }

    private String phoneCode(Organization parent) {
        String phone = parent.phone();
        return phone == null ? "4842" : phone.substring(1, phone.indexOf(')'));
    }

    private String kalugaAddress() {
        return String.format("2480%02d", random.nextInt(34)) + ", Калужская область, г. Калуга, "
                + DemoRandom.pick(random, KalugaRegion.KALUGA_STREETS) + ", д. " + (1 + random.nextInt(150));
    }

    private String townAddress(Place place) {
        return place.address(random, false);
    }

    /** Adds an organization; a legal entity (with a tax code) gets INN, KPP, OGRN, phone and e-mail. */
    private Organization org(
            Organization parent,
            String kind,
            String name,
            String shortName,
            String taxCode,
            String address,
            String phoneCode,
            String domain) {
        String inn = null;
        String kpp = null;
        String ogrn = null;
        String phone = null;
        String email = null;
        if (taxCode != null) {
            inn = ids.organizationInn(taxCode);
            kpp = ids.kpp(taxCode);
            ogrn = ids.ogrn(taxCode, 2002 + random.nextInt(20));
        }
        if (phoneCode != null) {
            phone = ids.landline(phoneCode);
        }
        if (domain != null) {
            boolean main = kind.equals("ADMINISTRATION") || kind.equals("REGIONAL_BODY");
            email = (main ? "adm" : mailbox(name)) + "@" + domain;
        }
        Organization org = new Organization(
                organizations.size(),
                parent == null ? null : parent.key(),
                kind,
                name,
                shortName,
                inn,
                kpp,
                ogrn,
                address,
                phone,
                email);
        organizations.add(org);
        return org;
    }

    /** An institution «МБУ «Калугаблагоустройство»» -> kalugablagoustroistvo; a body -> its acronym. */
    private static String mailbox(String name) {
        int open = name.indexOf('«');
        if (open < 0 || !name.startsWith("М")) {
            // a body: «Финансовый отдел администрации ...» -> foa
            return acronym(open < 0 ? name : name.substring(0, open));
        }
        String quoted = name.substring(open + 1).replaceAll("[»«].*", "");
        String box = RussianNames.latin(quoted).replaceAll("[^a-z0-9]", "");
        return box.length() > 24 ? acronym(quoted) : box;
    }

    /** Latin initials of the words of a name: «Управление образования города Калуги» -> uogk. */
    private static String acronym(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s,]+")) {
            if (word.length() > 2 && Character.isLetter(word.charAt(0))) {
                sb.append(RussianNames.initial(word));
            }
        }
        return sb.toString();
    }

    private static Place withDomain(Place place, String domain) {
        return new Place(place.postcode(), place.locality(), place.streets(), place.taxCode(), domain);
    }

    private List<Account> accounts(Organization root) {
        DemoRegion region = new DemoRegion(organizations, people.employees(), List.of(), List.of());
        int kaluga = region.organization(KALUGA).key();
        int obninsk = region.organization(OBNINSK).key();
        int ugh = region.organization(UGH).key();
        List<Employee> ughStaff = people.employees().stream()
                .filter(e -> e.organizationKey() == ugh)
                .toList();
        Employee head = ughStaff.getFirst();
        Employee ordinary = ughStaff.stream()
                .filter(e -> e.active() && !e.hasProcurementRole() && !e.declarationRequired())
                .findFirst()
                .orElse(ughStaff.getLast());
        return List.of(
                new Account("region.admin", "Соколова Ирина Владимировна", Role.REGIONAL_ADMIN, root.key(), null),
                new Account("region.auditor", "Белов Андрей Николаевич", Role.AUDITOR, root.key(), null),
                new Account("region.custodian", "Лебедева Марина Олеговна", Role.CUSTODIAN, root.key(), null),
                new Account("kaluga.officer", "Морозова Елена Сергеевна", Role.ANTICORRUPTION_OFFICER, kaluga, null),
                new Account(
                        "obninsk.officer", "Кузнецова Ольга Викторовна", Role.ANTICORRUPTION_OFFICER, obninsk, null),
                new Account("ugh.officer", "Григорьева Наталья Павловна", Role.ANTICORRUPTION_OFFICER, ugh, null),
                new Account("ugh.head", head.fullName(), Role.ORGANIZATION_HEAD, ugh, head.key()),
                new Account("kaluga.commission", "Тихонов Михаил Юрьевич", Role.COMMISSION_MEMBER, kaluga, null),
                new Account("ugh.employee", ordinary.fullName(), Role.EMPLOYEE, ugh, ordinary.key()),
                new Account("ugh.lawyer", "Савельева Татьяна Игоревна", Role.LEGAL_EXPERT, ugh, null));
    }
}
