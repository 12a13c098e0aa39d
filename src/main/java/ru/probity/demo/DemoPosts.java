package ru.probity.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Staff lists of the demo organizations: which posts an organization of each kind has, how many
 * people work there, and which posts belong to the procurement system (44-ФЗ: contract service,
 * contract manager).
 */
final class DemoPosts {

    /** One post of a staff list, with its place in the hierarchy. */
    record Post(String title, Level level) {}

    enum Level {
        HEAD,
        DEPUTY,
        UNIT_HEAD,
        CONTRACT_SERVICE_HEAD,
        CONTRACT_MANAGER,
        SENIOR_SPECIALIST,
        SPECIALIST
    }

    /** A kind of staff list. {@code municipalService}: its people are civil or municipal servants. */
    enum Template {
        REGIONAL_BODY(
                "Руководитель Администрации Губернатора Калужской области", "Заместитель руководителя", true, 8, 12),
        REGIONAL_DEPARTMENT("Начальник управления", "Заместитель начальника управления", true, 6, 9),
        CITY_ADMINISTRATION("Глава администрации", "Заместитель главы администрации", true, 12, 15),
        DISTRICT_ADMINISTRATION("Глава администрации", "Заместитель главы администрации", true, 9, 15),
        SETTLEMENT_ADMINISTRATION("Глава администрации", "Заместитель главы администрации", true, 3, 6),
        CITY_DEPARTMENT("Начальник управления", "Заместитель начальника управления", true, 8, 15),
        DISTRICT_DEPARTMENT("Заведующий отделом", "Заместитель заведующего отделом", true, 5, 12),
        INSTITUTION("Директор", "Заместитель директора", false, 6, 15),
        SCHOOL("Директор", "Заместитель директора по учебно-воспитательной работе", false, 6, 15),
        ENTERPRISE("Директор", "Главный инженер", false, 6, 15);

        final String head;
        final String deputy;
        final boolean municipalService;
        final int minSize;
        final int maxSize;

        Template(String head, String deputy, boolean municipalService, int minSize, int maxSize) {
            this.head = head;
            this.deputy = deputy;
            this.municipalService = municipalService;
            this.minSize = minSize;
            this.maxSize = maxSize;
        }

        boolean customer() {
            return this != REGIONAL_DEPARTMENT;
        }
    }

    private static final List<String> UNITS = List.of(
            "отдела экономического развития",
            "юридического отдела",
            "отдела кадров и муниципальной службы",
            "отдела бухгалтерского учёта и отчётности",
            "отдела жилищно-коммунального хозяйства",
            "отдела по работе с обращениями граждан",
            "отдела архитектуры и градостроительства",
            "отдела имущественных и земельных отношений",
            "отдела информационных технологий",
            "общего отдела");

    private static final List<String> REGIONAL_UNITS = List.of(
            "отдела профилактики коррупционных правонарушений",
            "отдела антикоррупционного мониторинга",
            "отдела методического обеспечения",
            "правового отдела");

    private static final List<String> INSTITUTION_STAFF = List.of(
            "Главный бухгалтер",
            "Бухгалтер",
            "Юрисконсульт",
            "Инженер",
            "Инженер по охране труда",
            "Экономист",
            "Специалист по кадрам",
            "Мастер участка",
            "Техник",
            "Делопроизводитель",
            "Инженер-программист",
            "Заведующий хозяйством");

    private static final List<String> SCHOOL_STAFF = List.of(
            "Главный бухгалтер",
            "Учитель математики",
            "Учитель русского языка и литературы",
            "Учитель начальных классов",
            "Учитель истории",
            "Учитель физической культуры",
            "Педагог-психолог",
            "Социальный педагог",
            "Заведующий хозяйством",
            "Секретарь",
            "Бухгалтер");

    private DemoPosts() {}

    /** The staff list of one organization: the head first, then deputies, units, specialists. */
    static List<Post> staffList(Template template, RandomGenerator random) {
        int size = template.minSize + random.nextInt(template.maxSize - template.minSize + 1);
        List<Post> posts = new ArrayList<>();
        posts.add(new Post(template.head, Level.HEAD));
        int deputies = template == Template.SETTLEMENT_ADMINISTRATION ? (size >= 4 ? 1 : 0) : (size >= 9 ? 2 : 1);
        for (int i = 0; i < deputies; i++) {
            posts.add(new Post(template.deputy, Level.DEPUTY));
        }
        if (template.municipalService) {
            addBodyPosts(template, size, posts, random);
        } else {
            addInstitutionPosts(template, size, posts, random);
        }
        return posts;
    }

    private static void addBodyPosts(Template template, int size, List<Post> posts, RandomGenerator random) {
        boolean settlement = template == Template.SETTLEMENT_ADMINISTRATION;
        boolean regional = template == Template.REGIONAL_BODY || template == Template.REGIONAL_DEPARTMENT;
        if (template.customer() && size >= 8) {
            posts.add(new Post("Начальник отдела муниципальных закупок", Level.CONTRACT_SERVICE_HEAD));
        }
        if (template.customer()) {
            posts.add(new Post(
                    settlement
                            ? "Ведущий специалист (контрактный управляющий)"
                            : "Главный специалист отдела муниципальных закупок",
                    Level.CONTRACT_MANAGER));
            if (size >= 10) {
                posts.add(new Post("Ведущий специалист отдела муниципальных закупок", Level.CONTRACT_MANAGER));
            }
        }
        List<String> units = new ArrayList<>(regional ? REGIONAL_UNITS : UNITS);
        java.util.Collections.shuffle(units, new java.util.Random(random.nextLong()));
        int unitHeads = settlement ? 0 : Math.max(1, (size - posts.size()) / 3);
        for (int i = 0; i < unitHeads && posts.size() < size; i++) {
            posts.add(new Post("Начальник " + units.get(i % units.size()), Level.UNIT_HEAD));
        }
        int u = 0;
        while (posts.size() < size) {
            String unit = settlement || unitHeads == 0 ? "" : " " + units.get(u++ % unitHeads);
            int grade = random.nextInt(10);
            if (regional) {
                posts.add(new Post(
                        (grade < 5 ? "Консультант" : "Главный специалист") + unit,
                        grade < 5 ? Level.SENIOR_SPECIALIST : Level.SPECIALIST));
            } else if (grade < 4) {
                posts.add(new Post("Главный специалист" + unit, Level.SENIOR_SPECIALIST));
            } else if (grade < 8) {
                posts.add(new Post("Ведущий специалист" + unit, Level.SPECIALIST));
            } else {
                posts.add(new Post("Специалист 1 разряда" + unit, Level.SPECIALIST));
            }
        }
    }

    private static void addInstitutionPosts(Template template, int size, List<Post> posts, RandomGenerator random) {
        posts.add(new Post(
                template == Template.SCHOOL ? "Специалист по закупкам" : "Контрактный управляющий",
                Level.CONTRACT_MANAGER));
        List<String> staff = template == Template.SCHOOL ? SCHOOL_STAFF : INSTITUTION_STAFF;
        int i = 0;
        while (posts.size() < size) {
            String title = i < staff.size() ? staff.get(i) : DemoRandom.pick(random, staff.subList(1, staff.size()));
            posts.add(new Post(title, i == 0 ? Level.SENIOR_SPECIALIST : Level.SPECIALIST));
            i++;
        }
    }
}
