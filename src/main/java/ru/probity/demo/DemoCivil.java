package ru.probity.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.civil.Discussions;
import ru.probity.civil.PublicOrganizations;
import ru.probity.civil.model.ActivityKind;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.model.Company;

/**
 * The demo's civil society (issue 21, items 3 and 4), after the seed texts on the Kaluga region: 24
 * public organizations working with the region — twenty in the registry of the region, four in that
 * of ГО «Город Калуга» — with valid ИНН (their ЕГРЮЛ records are added to the demo's register, all
 * but the youngest, which shows the warning), contacts, the agreement with the region for some,
 * representatives in the commissions and the council; their activities over the last half year
 * with results and a few planned; a public discussion of Kaluga open for registration with three
 * participants and questions, and a past one with its results and minutes. Written through the
 * module's services as the officers would.
 */
final class DemoCivil {

    /** The services the demo writes through. */
    @Component
    record Services(PublicOrganizations organizations, Discussions discussions) {}

    private DemoCivil() {}

    /** A public organization of the script: name, address's street, whether it is Kaluga's. */
    private record Script(String name, String street, boolean kaluga) {}

    private static final List<Script> SCRIPT = List.of(
            new Script(
                    "Калужская региональная общественная организация «Гражданский контроль»", "ул. Ленина, 74", false),
            new Script(
                    "Калужское региональное отделение общественной организации «Юристы за прозрачность»",
                    "ул. Кирова, 21",
                    false),
            new Script(
                    "Региональная общественная организация «Союз предпринимателей Калужской области»",
                    "ул. Суворова, 121",
                    false),
            new Script(
                    "Калужская областная общественная организация ветеранов государственной службы",
                    "ул. Пушкина, 9",
                    false),
            new Script(
                    "Автономная некоммерческая организация «Центр антикоррупционных инициатив»",
                    "пл. Старый Торг, 5",
                    false),
            new Script(
                    "Калужская региональная молодёжная общественная организация «Честное поколение»",
                    "ул. Гагарина, 1",
                    false),
            new Script("Общественная организация «Совет женщин Калужской области»", "ул. Московская, 188", false),
            new Script(
                    "Калужская региональная организация защиты прав потребителей «Потребнадзор-Общество»",
                    "ул. Тульская, 42",
                    false),
            new Script("Некоммерческое партнёрство «Калужская палата аудиторов»", "ул. Плеханова, 45", false),
            new Script(
                    "Калужское областное отделение общественной организации «Общественный наблюдатель»",
                    "ул. Степана Разина, 33",
                    false),
            new Script(
                    "Калужская региональная общественная организация «Экологический патруль»",
                    "ул. Никитина, 12",
                    false),
            new Script(
                    "Ассоциация «Совет муниципальных образований Калужской области» (общественный совет)",
                    "ул. Театральная, 11",
                    false),
            new Script(
                    "Калужская региональная общественная организация инвалидов «Равные возможности»",
                    "ул. Болотникова, 6",
                    false),
            new Script(
                    "Автономная некоммерческая организация «Калужский центр гражданского образования»",
                    "ул. Карла Маркса, 4",
                    false),
            new Script(
                    "Калужская областная организация профсоюза работников государственных учреждений",
                    "ул. Ленина, 10",
                    false),
            new Script(
                    "Региональная общественная организация «Родительский контроль Калужской области»",
                    "ул. Дзержинского, 67",
                    false),
            new Script(
                    "Калужская региональная общественная организация «Открытые закупки»", "ул. Баррикад, 172", false),
            new Script(
                    "Калужское региональное отделение «Ассоциации медиков-общественников»",
                    "ул. Вишневского, 1",
                    false),
            new Script("Общественная организация «Калужское землячество студентов»", "ул. Степана Разина, 26", false),
            new Script(
                    "Калужская региональная общественная организация «Антикоррупционный комитет»",
                    "ул. Воскресенская, 20",
                    false),
            new Script(
                    "Калужская городская общественная организация «Совет территориального общественного самоуправления»",
                    "ул. Герцена, 15",
                    true),
            new Script(
                    "Калужская городская общественная организация «Молодёжный парламент города Калуги»",
                    "ул. Ленина, 93",
                    true),
            new Script(
                    "Калужская городская организация ветеранов (пенсионеров) войны, труда, вооружённых сил",
                    "ул. Маршала Жукова, 9",
                    true),
            new Script(
                    "Автономная некоммерческая организация «Калужский городской центр общественного контроля ЖКХ»",
                    "ул. Труда, 3",
                    true));

    /** The index of the youngest organization, missing from the demo's ЕГРЮЛ extract. */
    private static final int NOT_IN_EGRUL = 19;

    static String inn(int i) {
        return Identifiers.completeOrganizationInn("40270" + String.format("%04d", 5100 + i * 37));
    }

    /** The ЕГРЮЛ records of the organizations (all but one), for the demo's register. */
    static List<Company> companies(LocalDate today) {
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < SCRIPT.size(); i++) {
            if (i == NOT_IN_EGRUL) {
                continue;
            }
            Script s = SCRIPT.get(i);
            companies.add(new Company(
                    inn(i),
                    "402701001",
                    Identifiers.completeOgrn("11240" + String.format("%07d", 27000 + i * 13)),
                    s.name(),
                    null,
                    "248000, Калужская область, г. Калуга, " + s.street(),
                    null,
                    null,
                    today.minusYears(3 + i % 9),
                    null,
                    today.minusDays(30),
                    List.of(),
                    List.of()));
        }
        return companies;
    }

    static void load(Services services, DemoLookupStore lookup, LocalDate today) {
        var admin = lookup.officer("region.admin")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.REGIONAL_ADMIN, u.organizationId(), null));
        var officer = lookup.officer("kaluga.officer");
        if (admin.isEmpty() || officer.isEmpty()) {
            return;
        }
        PublicOrganizations organizations = services.organizations();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCRIPT.size(); i++) {
            Script s = SCRIPT.get(i);
            CurrentUser by = s.kaluga() ? officer.get() : admin.get();
            long id = organizations.create(
                    by,
                    new PublicOrganizations.OrganizationForm(
                            by.organizationId(),
                            s.name(),
                            inn(i),
                            description(i),
                            "248000, Калужская область, г. Калуга, " + s.street(),
                            "+7 4842 " + (50 + i) + "-" + (10 + i) + "-" + (20 + i * 3 % 70),
                            "info" + (i + 1) + "@civil-kaluga.example.ru",
                            i % 3 == 0 ? "https://civil-kaluga.example.ru/org" + (i + 1) : null,
                            null,
                            i % 4 == 0
                                    ? "Соглашение о взаимодействии в сфере противодействия коррупции от "
                                            + ru.probity.platform.RussianFormats.date(
                                                    today.minusYears(1 + i % 3).withDayOfYear(40 + i))
                                            + " № " + (12 + i) + "-С"
                                    : null));
            ids.add(id);
            if (i % 3 == 0) {
                organizations.addRepresentative(
                        by,
                        id,
                        REPRESENTATIVES.get(i / 3 % REPRESENTATIVES.size()),
                        i % 2 == 0
                                ? "Межведомственный совет при Губернаторе Калужской области по противодействию коррупции"
                                : "Комиссия по соблюдению требований к служебному поведению и урегулированию конфликта"
                                        + " интересов");
            }
        }
        // activities: two past ones with results for the first eight, one planned for every third
        for (int i = 0; i < SCRIPT.size(); i++) {
            Script s = SCRIPT.get(i);
            CurrentUser by = s.kaluga() ? officer.get() : admin.get();
            if (i < 8 || s.kaluga()) {
                long activity = organizations.createActivity(
                        by,
                        new PublicOrganizations.ActivityForm(
                                ids.get(i),
                                ActivityKind.PUBLIC_CONTROL,
                                "Общественный мониторинг размещения сведений о закупках подведомственных учреждений",
                                today.minusDays(20 + i * 9),
                                LocalTime.of(10, 0),
                                "г. Калуга, " + s.street(),
                                "Проверка полноты и своевременности размещения сведений о закупках на официальных"
                                        + " сайтах учреждений (212-ФЗ ст.18).",
                                "Проверено 12 учреждений. В двух выявлено несвоевременное размещение сведений о"
                                        + " заключённых контрактах; направлены рекомендации, учреждения устранили"
                                        + " нарушения."));
                if (i == 0) {
                    organizations.addFile(
                            by,
                            activity,
                            "итоги-мониторинга.txt",
                            ("Итоги общественного мониторинга"
                                            + " закупок: проверено 12 учреждений, выявлено 2 нарушения сроков размещения.")
                                    .getBytes(StandardCharsets.UTF_8));
                }
                organizations.createActivity(
                        by,
                        new PublicOrganizations.ActivityForm(
                                ids.get(i),
                                i % 2 == 0 ? ActivityKind.ROUND_TABLE : ActivityKind.MONITORING_VISIT,
                                i % 2 == 0
                                        ? "Круглый стол «Противодействие коррупции: роль институтов гражданского"
                                                + " общества»"
                                        : "Мониторинговый визит в многофункциональный центр",
                                today.minusDays(60 + i * 5),
                                LocalTime.of(14, 30),
                                i % 2 == 0 ? "Калужская областная научная библиотека им. В. Г. Белинского" : null,
                                null,
                                i % 2 == 0
                                        ? "Участвовали 40 человек; подготовлены предложения в план противодействия"
                                                + " коррупции на следующий год."
                                        : "Очередей и фактов вымогательства не выявлено; предложено разместить"
                                                + " памятку о порядке сообщения о коррупции."));
            }
            if (i % 3 == 1) {
                organizations.createActivity(
                        by,
                        new PublicOrganizations.ActivityForm(
                                ids.get(i),
                                ActivityKind.ROUND_TABLE,
                                "Круглый стол «Общественный контроль в сфере муниципальных закупок»",
                                today.plusDays(5 + i),
                                LocalTime.of(11, 0),
                                "г. Калуга, " + s.street(),
                                "Обсуждение практики общественного контроля закупок и предложений в план"
                                        + " противодействия коррупции.",
                                null));
            }
        }
        discussions(services.discussions(), officer.get(), today);
    }

    private static final List<String> REPRESENTATIVES = List.of(
            "Сергеева Анна Викторовна",
            "Ковалёв Дмитрий Игоревич",
            "Никитина Ольга Сергеевна",
            "Филиппов Андрей Павлович",
            "Зайцева Марина Юрьевна",
            "Григорьев Павел Николаевич",
            "Орлова Татьяна Андреевна",
            "Лебедев Игорь Васильевич");

    private static String description(int i) {
        return switch (i % 4) {
            case 0 ->
                "Общественный контроль деятельности органов власти и местного самоуправления, участие в"
                        + " антикоррупционной экспертизе проектов нормативных правовых актов.";
            case 1 -> "Правовое просвещение граждан, бесплатные консультации по вопросам противодействия коррупции.";
            case 2 ->
                "Мониторинг закупок для государственных и муниципальных нужд, участие в общественных" + " обсуждениях.";
            default -> "Участие в работе общественных советов, проведение круглых столов и мониторинговых визитов.";
        };
    }

    /** The past discussion of Kaluga with its results and minutes, and the upcoming one open for registration. */
    private static void discussions(Discussions discussions, CurrentUser officer, LocalDate today) {
        long past = discussions.create(
                officer,
                new Discussions.DiscussionForm(
                        officer.organizationId(),
                        "Публичное обсуждение правоприменительной практики по результатам вступивших в силу решений"
                                + " судов о признании недействительными ненормативных правовых актов",
                        "Обсуждение практики, выявленных причин нарушений и мер по их устранению (273-ФЗ ст.6).",
                        LocalDateTime.of(today.minusDays(45), LocalTime.of(15, 0)),
                        "г. Калуга, ул. Ленина, 93, зал заседаний Городской Управы",
                        null,
                        LocalDateTime.of(today.minusDays(47), LocalTime.of(18, 0)),
                        60));
        discussions.publish(officer, past);
        discussions.publishResults(
                officer,
                past,
                "В обсуждении приняли участие 37 человек, в том числе представители 6 общественных организаций."
                        + " Рассмотрено 9 вопросов. Предложено дополнить план противодействия коррупции мерами по"
                        + " обучению служащих, готовящих проекты актов, и публиковать обзоры судебной практики"
                        + " ежеквартально.",
                "протокол-обсуждения.docx",
                minutesDocx("Протокол публичного обсуждения правоприменительной практики. Присутствовали 37"
                        + " человек. Решили: подготовить обзор судебной практики и дополнить план противодействия"
                        + " коррупции."));

        long upcoming = discussions.create(
                officer,
                new Discussions.DiscussionForm(
                        officer.organizationId(),
                        "Публичное обсуждение проекта плана противодействия коррупции города Калуги на следующий год",
                        "Приглашаем жителей, представителей общественных организаций и предпринимателей обсудить"
                                + " проект плана противодействия коррупции. Вопросы можно задать заранее при"
                                + " регистрации.",
                        LocalDateTime.of(today.plusDays(12), LocalTime.of(15, 0)),
                        "г. Калуга, ул. Ленина, 93, зал заседаний Городской Управы",
                        "https://www.kaluga-gov.example.ru/live",
                        LocalDateTime.of(today.plusDays(10), LocalTime.of(18, 0)),
                        50));
        discussions.publish(officer, upcoming);
        long owner = officer.organizationId();
        discussions.register(
                owner,
                upcoming,
                new Discussions.Registration(
                        "Мельникова Светлана Игоревна",
                        "melnikova.s@mail.example.ru",
                        null,
                        "КРОО «Гражданский контроль»",
                        true,
                        "Предусмотрен ли в плане общественный контроль закупок подведомственных учреждений?"));
        discussions.register(
                owner,
                upcoming,
                new Discussions.Registration("Тарасов Алексей Викторович", null, "+7 910 555-12-34", null, true, null));
        discussions.register(
                owner,
                upcoming,
                new Discussions.Registration(
                        "Захарова Елена Петровна",
                        "zakharova.ep@mail.example.ru",
                        null,
                        null,
                        true,
                        "Как граждане смогут узнать о результатах выполнения плана?"));
        discussions.ask(
                owner,
                upcoming,
                "Белова Наталья Сергеевна",
                "Планируется ли обучение руководителей муниципальных учреждений по вопросам конфликта интересов?");
    }

    /** A plain DOCX of one paragraph (the minutes). */
    static byte[] minutesDocx(String text) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""".formatted(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
