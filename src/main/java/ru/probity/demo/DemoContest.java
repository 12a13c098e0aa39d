package ru.probity.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.contest.ContestHistory;
import ru.probity.contest.Contests;
import ru.probity.contest.Entries;
import ru.probity.contest.Jury;
import ru.probity.contest.Nomination;

/**
 * The demo's students' contest «Вместе против коррупции» of the region: this school year's, open for
 * applications today, with three nominations, two age groups, about thirty applications from schools
 * and universities of several municipalities, a jury of three (the regional administrator, Kaluga's
 * officer and the head of Kaluga's city services, whose relative from the people registry takes part
 * — so his exclusion shows), partly scored; and last year's, judged, with its results published and
 * diplomas. Everything goes through the contests' services as their users would.
 */
final class DemoContest {

    private DemoContest() {}

    /** The contests' services the demo writes through, and its lookups. */
    @Component
    record Services(Contests contests, Entries entries, Jury jury, ContestHistory history, DemoContestStore store) {}

    private static final String[][] PEOPLE = {
        {"Смирнов", "Смирнова", "Артём", "Андреевич", "m"},
        {"Кузнецов", "Кузнецова", "Полина", "Игоревна", "f"},
        {"Попов", "Попова", "Максим", "Сергеевич", "m"},
        {"Васильев", "Васильева", "Анна", "Дмитриевна", "f"},
        {"Петров", "Петрова", "Иван", "Олегович", "m"},
        {"Соколов", "Соколова", "Дарья", "Алексеевна", "f"},
        {"Михайлов", "Михайлова", "Кирилл", "Владимирович", "m"},
        {"Новиков", "Новикова", "Виктория", "Павловна", "f"},
        {"Фёдоров", "Фёдорова", "Егор", "Николаевич", "m"},
        {"Морозов", "Морозова", "София", "Евгеньевна", "f"},
        {"Волков", "Волкова", "Тимофей", "Романович", "m"},
        {"Алексеев", "Алексеева", "Мария", "Викторовна", "f"},
        {"Лебедев", "Лебедева", "Александр", "Юрьевич", "m"},
        {"Семёнов", "Семёнова", "Ксения", "Михайловна", "f"},
        {"Егоров", "Егорова", "Никита", "Андреевич", "m"},
        {"Павлов", "Павлова", "Алиса", "Сергеевна", "f"},
        {"Козлов", "Козлова", "Матвей", "Ильич", "m"},
        {"Степанов", "Степанова", "Ева", "Константиновна", "f"},
        {"Николаев", "Николаева", "Даниил", "Вадимович", "m"},
        {"Орлов", "Орлова", "Варвара", "Денисовна", "f"},
        {"Андреев", "Андреева", "Михаил", "Артёмович", "m"},
        {"Макаров", "Макарова", "Елизавета", "Олеговна", "f"},
        {"Никитин", "Никитина", "Глеб", "Станиславович", "m"},
        {"Захаров", "Захарова", "Вероника", "Игоревна", "f"},
        {"Зайцев", "Зайцева", "Лев", "Максимович", "m"},
        {"Соловьёв", "Соловьёва", "Милана", "Антоновна", "f"},
        {"Борисов", "Борисова", "Фёдор", "Геннадьевич", "m"},
        {"Яковлев", "Яковлева", "Арина", "Витальевна", "f"},
        {"Григорьев", "Григорьева", "Роман", "Петрович", "m"},
        {"Романов", "Романова", "Злата", "Борисовна", "f"},
    };

    private static final String[] MOTHERS = {"Ольга", "Елена", "Наталья", "Татьяна", "Ирина", "Светлана"};
    private static final String[] MOTHER_PATRONYMICS = {"Викторовна", "Сергеевна", "Александровна", "Петровна"};
    private static final String[] POSTERS = {
        "Честность — это стиль жизни", "Скажи коррупции «нет»", "Чистые руки", "Закон один для всех"
    };
    private static final String[] VIDEOS = {"Один день без взятки", "Не проходи мимо", "Прозрачная власть"};
    private static final String[] ESSAYS = {
        "Почему коррупция касается каждого", "Честность начинается с меня", "Гражданин и закон"
    };

    static void load(Services s, DemoLookupStore lookup, LocalDate today, ZoneId zone) {
        Optional<CurrentUser> admin = lookup.officer("region.admin");
        Optional<CurrentUser> kaluga = lookup.officer("kaluga.officer");
        Optional<CurrentUser> head = lookup.officer("ugh.head");
        Optional<Long> root = lookup.root();
        if (admin.isEmpty() || kaluga.isEmpty() || head.isEmpty() || root.isEmpty()) {
            return;
        }
        List<DemoContestStore.School> schools = s.store().schools();
        if (schools.isEmpty()) {
            return;
        }
        long kalugaCity = lookup.organization(DemoRegionGenerator.KALUGA)
                .orElse(schools.getFirst().municipalityId());
        long obninsk = lookup.organization(DemoRegionGenerator.OBNINSK).orElse(kalugaCity);
        List<CurrentUser> jury = List.of(admin.get(), kaluga.get(), head.get());
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;

        past(s, admin.get(), jury, root.get(), year - 1, today, zone, schools, kalugaCity, obninsk);
        current(s, admin.get(), jury, root.get(), year, today, schools, kalugaCity, obninsk, lookup);
    }

    private static long setUp(
            Services s,
            CurrentUser admin,
            List<CurrentUser> jury,
            long root,
            int year,
            LocalDate from,
            LocalDate to,
            LocalDate judging,
            LocalDate results) {
        String title =
                "Молодёжный конкурс «Вместе против коррупции» " + year + "/" + String.format("%02d", (year + 1) % 100);
        long id = s.contests()
                .create(admin, new Contests.ContestForm(root, title, rules(year), from, to, judging, results));
        s.contests().addNomination(admin, id, "Лучший плакат", List.of("IMAGE", "PDF"));
        s.contests().addNomination(admin, id, "Лучший видеоролик", List.of("VIDEO"));
        s.contests().addNomination(admin, id, "Лучшее эссе", List.of("PDF", "DOCX"));
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        criteria.put(
                "Лучший плакат", List.of("Соответствие теме", "Оригинальность замысла", "Художественное исполнение"));
        criteria.put(
                "Лучший видеоролик",
                List.of("Соответствие теме", "Оригинальность замысла", "Качество съёмки и монтажа"));
        criteria.put("Лучшее эссе", List.of("Соответствие теме", "Аргументированность", "Грамотность и стиль"));
        for (Nomination n : nominations(s, admin, id)) {
            for (String c : criteria.get(n.title())) {
                s.contests().addCriterion(admin, id, n.id(), c, 10);
            }
        }
        s.contests().addAgeGroup(admin, id, 14, 17);
        s.contests().addAgeGroup(admin, id, 18, 25);
        s.contests().appointJuror(admin, id, "region.admin");
        s.contests().appointJuror(admin, id, "kaluga.officer");
        s.contests().appointJuror(admin, id, "ugh.head");
        s.contests().announce(admin, id);
        return id;
    }

    private static List<Nomination> nominations(Services s, CurrentUser admin, long id) {
        return s.contests().nominations(admin, id);
    }

    private static String rules(int year) {
        return "Положение о молодёжном конкурсе «Вместе против коррупции» " + year + "/" + (year + 1)
                + " учебного года\n\n"
                + "1. Конкурс проводится в целях антикоррупционного просвещения молодёжи и формирования"
                + " в обществе нетерпимости к коррупционному поведению (Федеральный закон от 25.12.2008"
                + " № 273-ФЗ «О противодействии коррупции», ст. 6).\n"
                + "2. В конкурсе участвуют обучающиеся общеобразовательных организаций и студенты в возрасте"
                + " от 14 до 25 лет. Участник подаёт одну работу в одной номинации.\n"
                + "3. Заявка участника, не достигшего 18 лет, подаётся с согласия его родителя (законного"
                + " представителя) на участие в конкурсе и обработку персональных данных.\n"
                + "4. Работы оценивает жюри по критериям номинации; член жюри, связанный с участником"
                + " родством, в оценке его работы не участвует.\n"
                + "5. Победители (I, II и III места) в каждой номинации и возрастной группе награждаются"
                + " дипломами, остальные участники получают сертификаты участника.";
    }

    /** An application as the public form would send it, for the participant {@code i} of the list. */
    private static Entries.NewEntry entry(
            int i,
            LocalDate birth,
            LocalDate on,
            String school,
            long municipality,
            long nomination,
            String work,
            String video) {
        String[] p = PEOPLE[i % PEOPLE.length];
        boolean female = p[4].equals("f");
        String last = female ? p[1] : p[0];
        boolean minor = birth.plusYears(18).isAfter(on);
        String parent = minor
                ? p[1] + " " + MOTHERS[i % MOTHERS.length] + " " + MOTHER_PATRONYMICS[i % MOTHER_PATRONYMICS.length]
                : null;
        return new Entries.NewEntry(
                last, p[2], p[3], birth, school, municipality, nomination, work, video, null, parent, minor);
    }

    private record Planned(Entries.NewEntry entry, List<Entries.Upload> files) {}

    /** About {@code count} applications: schools' pupils 14–17, students 18–25, the three nominations in turn. */
    private static List<Planned> plan(
            int count,
            int offset,
            LocalDate on,
            List<Nomination> nominations,
            List<DemoContestStore.School> schools,
            long kalugaCity,
            long obninsk) {
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Nomination n = nominations.get(i % nominations.size());
            boolean student = i % 4 == 3;
            int age = student ? 18 + (i % 6) : 14 + (i % 4);
            LocalDate birth = on.minusYears(age).minusDays(20 + (i * 11) % 300);
            String school;
            long municipality;
            if (student) {
                boolean inObninsk = i % 8 == 7;
                school = inObninsk
                        ? "ИАТЭ НИЯУ МИФИ (г. Обнинск)"
                        : "ФГБОУ ВО «Калужский государственный университет им. К. Э. Циолковского»";
                municipality = inObninsk ? obninsk : kalugaCity;
            } else {
                DemoContestStore.School sc = schools.get((i + offset) % schools.size());
                school = sc.name();
                municipality = sc.municipalityId();
            }
            int k = i + offset;
            String work;
            String video = null;
            List<Entries.Upload> files = new ArrayList<>();
            switch (n.title()) {
                case "Лучший плакат" -> {
                    work = POSTERS[k % POSTERS.length];
                    files.add(new Entries.Upload("плакат.png", poster(k)));
                }
                case "Лучший видеоролик" -> {
                    work = VIDEOS[k % VIDEOS.length];
                    video = "https://rutube.ru/video/demo" + (1000 + k) + "/";
                }
                default -> {
                    work = ESSAYS[k % ESSAYS.length];
                    files.add(new Entries.Upload("эссе.pdf", essay(work)));
                }
            }
            planned.add(new Planned(entry(k, birth, on, school, municipality, n.id(), work, video), files));
        }
        return planned;
    }

    private static void past(
            Services s,
            CurrentUser admin,
            List<CurrentUser> jury,
            long root,
            int year,
            LocalDate today,
            ZoneId zone,
            List<DemoContestStore.School> schools,
            long kalugaCity,
            long obninsk) {
        LocalDate from = today.minusDays(400);
        LocalDate to = today.minusDays(340);
        LocalDate judging = today.minusDays(320);
        LocalDate results = today.minusDays(310);
        long id = setUp(s, admin, jury, root, year, from, to, judging, results);
        List<Nomination> nominations = nominations(s, admin, id);
        List<String> numbers = new ArrayList<>();
        LocalDate day = from.plusDays(10);
        for (Planned p : plan(18, 7, day, nominations, schools, kalugaCity, obninsk)) {
            numbers.add(s.history().apply(id, day, p.entry(), p.files()));
        }
        List<Long> ids =
                numbers.stream().map(n -> s.history().applicationId(id, n)).toList();
        ids.forEach(a -> s.contests().admit(admin, id, a));
        for (int j = 0; j < jury.size(); j++) {
            score(s, jury.get(j), id, ids, j, ids.size());
        }
        s.contests().closeJudging(admin, id);
        s.contests().publishResults(admin, id);
        s.history()
                .backdate(
                        id,
                        judging.atTime(17, 0).atZone(zone).toInstant(),
                        results.atTime(12, 0).atZone(zone).toInstant());
    }

    private static void current(
            Services s,
            CurrentUser admin,
            List<CurrentUser> jury,
            long root,
            int year,
            LocalDate today,
            List<DemoContestStore.School> schools,
            long kalugaCity,
            long obninsk,
            DemoLookupStore lookup) {
        long id = setUp(
                s,
                admin,
                jury,
                root,
                year,
                today.minusDays(20),
                today.plusDays(30),
                today.plusDays(45),
                today.plusDays(60));
        List<Nomination> nominations = nominations(s, admin, id);
        List<Long> ids = new ArrayList<>();
        for (Planned p : plan(29, 0, today, nominations, schools, kalugaCity, obninsk)) {
            ids.add(s.history()
                    .applicationId(
                            id,
                            s.entries()
                                    .apply(root, id, p.entry(), p.files(), null)
                                    .number()));
        }
        tie(s, lookup, root, id, today, nominations, schools).ifPresent(ids::add);
        for (int i = 0; i < ids.size(); i++) {
            if (i == 5) {
                s.contests().reject(admin, id, ids.get(i), "Работа не соответствует теме конкурса");
            } else {
                s.contests().admit(admin, id, ids.get(i));
            }
        }
        List<Long> admitted = new ArrayList<>(ids);
        admitted.remove(5);
        // the judging goes on: the administrator has scored most works, Kaluga's officer a few, the third juror none
        score(s, jury.get(0), id, admitted, 0, 18);
        score(s, jury.get(1), id, admitted, 1, 6);
    }

    /**
     * A participant who is a relative of the third juror's card in the people registry (a child or
     * another of school or student age), or else a minor whose legal representative is the juror's
     * relative: the juror is excluded from that work, and the organizer sees why.
     */
    private static Optional<Long> tie(
            Services s,
            DemoLookupStore lookup,
            long root,
            long id,
            LocalDate today,
            List<Nomination> nominations,
            List<DemoContestStore.School> schools) {
        Optional<Long> card = lookup.employeeOf("ugh.head");
        if (card.isEmpty()) {
            return Optional.empty();
        }
        List<DemoContestStore.Relative> relatives = s.store().relatives(card.get());
        DemoContestStore.School school = schools.getFirst();
        Nomination essay = nominations.get(2);
        byte[] pdf = essay("Моя семья и честность");
        Optional<DemoContestStore.Relative> young = relatives.stream()
                .filter(r -> r.birthDate() != null)
                .filter(r -> !r.birthDate().plusYears(14).isAfter(today)
                        && r.birthDate().plusYears(26).isAfter(today))
                .findFirst();
        if (young.isPresent()) {
            var r = young.get();
            boolean minor = r.birthDate().plusYears(18).isAfter(today);
            var names = lookup.names(card.get());
            var receipt = s.entries()
                    .apply(
                            root,
                            id,
                            new Entries.NewEntry(
                                    r.lastName(),
                                    r.firstName(),
                                    r.middleName(),
                                    r.birthDate(),
                                    school.name(),
                                    school.municipalityId(),
                                    essay.id(),
                                    "Моя семья и честность",
                                    null,
                                    null,
                                    minor ? full(names) : null,
                                    minor),
                            List.of(new Entries.Upload("эссе.pdf", pdf)),
                            null);
            return Optional.of(s.history().applicationId(id, receipt.number()));
        }
        Optional<DemoContestStore.Relative> adult = relatives.stream()
                .filter(r ->
                        r.birthDate() == null || r.birthDate().plusYears(30).isBefore(today))
                .findFirst();
        var names = lookup.names(card.get());
        String parent = adult.map(
                        r -> r.lastName() + " " + r.firstName() + (r.middleName() == null ? "" : " " + r.middleName()))
                .orElse(full(names));
        var receipt = s.entries()
                .apply(
                        root,
                        id,
                        new Entries.NewEntry(
                                names.last(),
                                "Алексей",
                                names.first().endsWith("й")
                                        ? names.first()
                                                        .substring(
                                                                0, names.first().length() - 1) + "евич"
                                        : names.first() + "ович",
                                today.minusYears(15).minusDays(40),
                                school.name(),
                                school.municipalityId(),
                                essay.id(),
                                "Моя семья и честность",
                                null,
                                null,
                                parent,
                                true),
                        List.of(new Entries.Upload("эссе.pdf", pdf)),
                        null);
        return Optional.of(s.history().applicationId(id, receipt.number()));
    }

    private static String full(DemoLookupStore.Names names) {
        return names.last() + " " + names.first() + (names.middle() == null ? "" : " " + names.middle());
    }

    /** The juror {@code j} scores the first {@code count} works he may (skipping those he is tied to). */
    private static void score(Services s, CurrentUser juror, long id, List<Long> works, int j, int count) {
        Jury.Works mine = s.jury().works(juror, id);
        int done = 0;
        for (Jury.WorkRow w : mine.works()) {
            if (done >= count) {
                break;
            }
            long a = w.work().applicationId();
            if (!works.contains(a)) {
                continue;
            }
            Jury.Sheet sheet = s.jury().sheet(juror, id, a);
            Map<Long, String> given = new LinkedHashMap<>();
            for (var c : sheet.criteria()) {
                int points = 4 + (int) ((a * 7 + c.id() * 3 + j * 5) % 7);
                given.put(c.id(), Integer.toString(Math.min(points, c.maxPoints())));
            }
            s.jury().score(juror, id, a, given);
            done++;
        }
    }

    /** A small poster: coloured stripes, a PNG. */
    private static byte[] poster(int k) {
        BufferedImage image = new BufferedImage(120, 170, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] colors = {new Color(0x1f4e79), new Color(0xc00000), new Color(0x2e7d32), new Color(0xf9a825)};
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 170);
        for (int i = 0; i < 4; i++) {
            g.setColor(colors[(i + k) % colors.length]);
            g.fillRect(10, 15 + i * 38, 100, 28);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page essay as PDF. */
    private static byte[] essay(String title) {
        try (PDDocument document = new PDDocument();
                InputStream font = DemoContest.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type, 16);
                content.newLineAtOffset(60, 760);
                content.showText(title);
                content.setFont(type, 11);
                content.newLineAtOffset(0, -30);
                content.showText("Коррупция разрушает доверие людей друг к другу и к государству.");
                content.newLineAtOffset(0, -16);
                content.showText("Противостоять ей может каждый, начиная с честности в малом.");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
