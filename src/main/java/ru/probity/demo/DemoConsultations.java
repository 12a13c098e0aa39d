package ru.probity.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.acts.Letters;
import ru.probity.consultations.Channel;
import ru.probity.consultations.ConsultationForm;
import ru.probity.consultations.Consultations;
import ru.probity.materials.MaterialForm;
import ru.probity.materials.MaterialKind;
import ru.probity.materials.Materials;

/**
 * The demo's consultations and materials (issue 20, items 5–6): some thirty consultations the
 * regional body gave the municipalities' officers over the last five months (and Kaluga's officer
 * gave its bodies), on several topics and by several channels, most answered and some published in
 * the FAQ; six materials of the region's library with tags and versions, five published, the
 * recommendations on gifts sent to the municipalities by letter and confirmed by Kaluga and Obninsk. Written
 * through the modules' services as their officers would.
 */
final class DemoConsultations {

    private DemoConsultations() {}

    /** The services the demo writes its consultations and materials through. */
    @Component
    record Library(Consultations consultations, Materials materials, Letters letters) {}

    /** A consultation of the script: days ago, the topic's position, channel, question, answer, FAQ text. */
    private record Script(
            int daysAgo, int topic, Channel channel, String question, String answer, int minutes, boolean faq) {}

    private static final List<Script> SCRIPT = List.of(
            new Script(
                    2,
                    10,
                    Channel.PHONE,
                    "Нужно ли указывать в справке о доходах счёт, открытый для получения социальной карты, если"
                            + " движения средств не было?",
                    "Да. В разделе 4 справки указываются все счета, открытые на отчётную дату, в том числе с нулевым"
                            + " остатком (Методические рекомендации Минтруда России по заполнению справки).",
                    10,
                    true),
            new Script(
                    4,
                    10,
                    Channel.EMAIL,
                    "Служащий забыл указать в декларации вклад супруги. Можно ли подать уточнённую справку?",
                    "Уточнённые сведения представляются в течение одного месяца после окончания срока"
                            + " представления справки (Указ Президента РФ № 460, п. 8 Положения, утверждённого Указом"
                            + " № 559 для федеральных служащих — по аналогии для муниципальных).",
                    15,
                    true),
            new Script(
                    5,
                    20,
                    Channel.IN_PERSON,
                    "Заместитель главы администрации — учредитель ООО, которое участвует в закупках администрации."
                            + " Как урегулировать конфликт интересов?",
                    "Необходимо уведомить представителя нанимателя о возникшем конфликте интересов (273-ФЗ ст.11),"
                            + " передать доли в доверительное управление (ст.11 ч.6) и отстранить служащего от"
                            + " подготовки и проведения закупок с участием общества.",
                    40,
                    true),
            new Script(
                    7,
                    30,
                    Channel.PHONE,
                    "Глава поселения получил на юбилей подарок стоимостью свыше трёх тысяч рублей. Каков порядок"
                            + " сдачи подарка?",
                    "Подарок, полученный в связи с протокольным мероприятием, стоимостью свыше 3 000 рублей"
                            + " сдаётся по акту приёма-передачи в уполномоченное подразделение не позднее трёх рабочих"
                            + " дней (постановление Правительства РФ № 10).",
                    12,
                    true),
            new Script(
                    9,
                    40,
                    Channel.MESSENGER,
                    "Может ли муниципальный служащий преподавать в колледже по договору?",
                    "Да, преподавательская деятельность разрешена при условии предварительного уведомления"
                            + " представителя нанимателя (25-ФЗ ст.11 ч.2).",
                    5,
                    true),
            new Script(
                    12,
                    50,
                    Channel.PHONE,
                    "Кто должен проверять аффилированность участников закупки с членами комиссии?",
                    "Заказчик проверяет отсутствие конфликта интересов до подведения итогов (44-ФЗ ст.31 ч.1 п.9);"
                            + " члены комиссии подписывают декларацию об отсутствии конфликта.",
                    20,
                    false),
            new Script(
                    14,
                    60,
                    Channel.VIDEO,
                    "Как часто должна заседать комиссия по соблюдению требований к служебному поведению, если"
                            + " поводов для заседаний нет?",
                    "Заседания проводятся при наличии оснований (Указ № 821, п.16); плановых заседаний закон не"
                            + " требует, но план работы комиссии может их предусматривать.",
                    25,
                    true),
            new Script(
                    16,
                    70,
                    Channel.EMAIL,
                    "Проводится ли антикоррупционная экспертиза проекта решения о бюджете?",
                    "Да, если проект содержит нормы права; экспертиза проводится при подготовке проекта"
                            + " (172-ФЗ ст.3 ч.4).",
                    15,
                    false),
            new Script(
                    19,
                    80,
                    Channel.PHONE,
                    "Обязательно ли обучение служащих, впервые поступивших на службу, по антикоррупционной"
                            + " тематике?",
                    "Да, Национальный план противодействия коррупции предусматривает обучение впервые поступивших"
                            + " на службу по образовательным программам в области противодействия коррупции.",
                    8,
                    false),
            new Script(
                    21,
                    90,
                    Channel.LETTER,
                    "В какой срок нужно ответить гражданину на сообщение о коррупции?",
                    "В течение 30 дней со дня регистрации обращения (59-ФЗ ст.12).",
                    10,
                    true),
            new Script(
                    25,
                    100,
                    Channel.EMAIL,
                    "Какие подразделы обязательны в разделе «Противодействие коррупции» на сайте администрации?",
                    "Перечень подразделов установлен приказом Минтруда России № 530н: нормативные правовые акты,"
                            + " экспертиза, методические материалы, формы документов, сведения о доходах, комиссия,"
                            + " обратная связь.",
                    18,
                    true),
            new Script(
                    28,
                    10,
                    Channel.PHONE,
                    "Нужно ли отражать в декларации кредитную карту с неиспользованным лимитом?",
                    "Кредитная карта с нулевой задолженностью в разделе 6.2 не отражается; счёт карты — в разделе 4.",
                    7,
                    false),
            new Script(
                    33,
                    20,
                    Channel.IN_PERSON,
                    "Брат начальника отдела назначен его подчинённым. Является ли это конфликтом интересов?",
                    "Да, непосредственная подчинённость близкому родственнику запрещена (25-ФЗ ст.13 ч.1 п.5);"
                            + " требуется перевод одного из служащих.",
                    30,
                    false),
            new Script(
                    37,
                    30,
                    Channel.MESSENGER,
                    "Можно ли принять в подарок цветы от граждан после приёма?",
                    "Цветы и сувениры, полученные не в связи с протокольными мероприятиями и служебными"
                            + " командировками, принимать нельзя (ГК РФ ст.575, 25-ФЗ ст.14 ч.1 п.5).",
                    5,
                    false),
            new Script(
                    41,
                    10,
                    Channel.VIDEO,
                    "Как заполнить справку о доходах кандидата на должность руководителя учреждения?",
                    "Кандидат представляет сведения о своих доходах и доходах членов семьи за год, предшествующий"
                            + " году поступления; используется та же форма справки (Указ № 460).",
                    20,
                    false),
            new Script(
                    46,
                    110,
                    Channel.PHONE,
                    "Где взять форму журнала регистрации уведомлений о склонении к коррупции?",
                    "Типовая форма журнала размещена в библиотеке методических материалов региона.",
                    3,
                    false),
            new Script(
                    52,
                    40,
                    Channel.EMAIL,
                    "Нужно ли уведомление, если служащий — член совета многоквартирного дома без оплаты?",
                    "Участие на безвозмездной основе в управлении ТСЖ или МКД разрешено с уведомлением"
                            + " представителя нанимателя (25-ФЗ ст.14 ч.1 п.3).",
                    10,
                    false),
            new Script(
                    58, 50, Channel.PHONE, "Какие документы подтверждают проверку аффилированности?", null, 5, false),
            new Script(
                    63,
                    60,
                    Channel.LETTER,
                    "Может ли представитель прокуратуры участвовать в заседании комиссии?",
                    "Да, по решению председателя комиссии (Указ № 821, п.9).",
                    12,
                    false),
            new Script(
                    70,
                    10,
                    Channel.PHONE,
                    "До какого числа представляются справки о доходах в этом году?",
                    "Не позднее 30 апреля года, следующего за отчётным (Указ № 558 для государственных служащих,"
                            + " для муниципальных — муниципальные акты в рамках 25-ФЗ ст.15).",
                    4,
                    false),
            new Script(
                    77,
                    20,
                    Channel.EMAIL,
                    "Нужно ли уведомлять о конфликте интересов, если родственник лишь подал заявку на конкурс?",
                    "Да, личная заинтересованность возникает уже при возможности получения доходов родственником"
                            + " (273-ФЗ ст.10).",
                    15,
                    false),
            new Script(
                    85,
                    80,
                    Channel.VIDEO,
                    "Кто может провести тестирование служащих на знание антикоррупционного законодательства?",
                    "Кадровая служба или ответственный за профилактику коррупции; тесты доступны в разделе"
                            + " «Обучение».",
                    10,
                    false),
            new Script(
                    92,
                    90,
                    Channel.PHONE,
                    "Можно ли не регистрировать анонимное сообщение о коррупции?",
                    "Анонимное сообщение без адреса для ответа не требует ответа, но информация о готовящемся"
                            + " правонарушении подлежит передаче в органы (59-ФЗ ст.11 ч.1).",
                    10,
                    false),
            new Script(
                    100,
                    110,
                    Channel.IN_PERSON,
                    "Как оформить протокол рабочей встречи по вопросам профилактики коррупции?",
                    "Произвольной формы с перечнем участников, рассмотренных вопросов и поручений.",
                    6,
                    false),
            new Script(
                    108,
                    30,
                    Channel.PHONE,
                    "Что делать, если подарок сдан, а служащий хочет его выкупить?",
                    "Подать заявление о выкупе не позднее двух месяцев со дня сдачи подарка (ПП РФ № 10, п.12).",
                    8,
                    false),
            new Script(
                    115,
                    10,
                    Channel.EMAIL,
                    "Нужно ли подавать справку о доходах при переводе на другую должность внутри администрации?",
                    "Если новая должность включена в перечень, а прежняя — нет, справка представляется при"
                            + " назначении (273-ФЗ ст.8 ч.1).",
                    12,
                    false),
            new Script(
                    122,
                    70,
                    Channel.LETTER,
                    "Какой срок проведения антикоррупционной экспертизы установлен для проектов постановлений?",
                    null,
                    0,
                    false),
            new Script(
                    130,
                    40,
                    Channel.PHONE,
                    "Является ли работа в избирательной комиссии иной оплачиваемой работой?",
                    "Да, если она оплачивается; требуется предварительное уведомление (25-ФЗ ст.11 ч.2).",
                    6,
                    false),
            new Script(
                    138,
                    20,
                    Channel.MESSENGER,
                    "Руководитель учреждения заключил договор с фирмой своего сына. Что предпринять?",
                    "Провести проверку, рассмотреть на комиссии; руководитель обязан был уведомить учредителя"
                            + " о конфликте интересов (273-ФЗ ст.13.3).",
                    35,
                    false),
            new Script(
                    145,
                    100,
                    Channel.EMAIL,
                    "Сколько хранить сведения о доходах на сайте после увольнения служащего?",
                    "Сведения удаляются с сайта при увольнении; при нахождении на должности — размещаются за"
                            + " период службы (Указ № 613).",
                    9,
                    false));

    static void load(Library library, DemoLookupStore lookup, LocalDate today) {
        Optional<CurrentUser> region = lookup.officer("region.admin");
        Optional<CurrentUser> kalugaOfficer = lookup.officer("kaluga.officer");
        Optional<Long> kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        Optional<Long> obninsk = lookup.organization(DemoRegionGenerator.OBNINSK);
        Optional<Long> ugh = lookup.organization(DemoRegionGenerator.UGH);
        if (region.isEmpty() || kalugaOfficer.isEmpty() || kaluga.isEmpty() || obninsk.isEmpty() || ugh.isEmpty()) {
            return;
        }
        consultations(
                library.consultations(),
                lookup,
                region.get(),
                kalugaOfficer.get(),
                kaluga.get(),
                obninsk.get(),
                ugh.get(),
                today);
        List<CurrentUser> recipients = new ArrayList<>(List.of(kalugaOfficer.get()));
        lookup.officer("obninsk.officer").ifPresent(recipients::add);
        materials(library, region.get(), kalugaOfficer.get(), recipients, today);
    }

    private static void consultations(
            Consultations consultations,
            DemoLookupStore lookup,
            CurrentUser region,
            CurrentUser kalugaOfficer,
            long kaluga,
            long obninsk,
            long ugh,
            LocalDate today) {
        List<Long> askers = new ArrayList<>(List.of(kaluga, obninsk));
        lookup.firstDistrict().ifPresent(d -> {
            askers.add(d.administration());
            askers.addAll(d.settlements().stream().limit(2).toList());
        });
        List<Consultations.Topic> topics = consultations.topics(true);
        for (int i = 0; i < SCRIPT.size(); i++) {
            Script s = SCRIPT.get(i);
            // every fourth consultation is Kaluga's officer's, given to its body УГХ; the rest the region's
            boolean municipal = i % 4 == 3;
            CurrentUser consultant = municipal ? kalugaOfficer : region;
            long asker = municipal ? ugh : askers.get(i % askers.size());
            List<DemoLookupStore.Person> staff = lookup.staffWithoutAccounts(asker);
            DemoLookupStore.Person person = staff.isEmpty() ? null : staff.get((i * 7) % staff.size());
            long topic = topics.stream()
                    .filter(t -> t.position() == s.topic())
                    .findFirst()
                    .orElse(topics.getLast())
                    .id();
            LocalDateTime askedAt = today.minusDays(s.daysAgo()).atTime(LocalTime.of(9 + i % 8, (i * 13) % 60));
            long id = consultations.create(
                    consultant,
                    new ConsultationForm(
                            asker,
                            person == null ? "Смирнова Ольга Петровна" : person.name(),
                            person == null ? "главный специалист" : person.post(),
                            s.channel() == Channel.EMAIL
                                    ? "anticor" + i + "@example.ru"
                                    : "+7 (4842) 50-" + (10 + i) + "-0" + (i % 10),
                            s.channel(),
                            topic,
                            s.question(),
                            s.answer(),
                            askedAt,
                            s.minutes() == 0 ? null : s.minutes()));
            if (s.faq()) {
                consultations.publish(consultant, id, s.question(), s.answer());
            }
        }
    }

    private static void materials(
            Library library,
            CurrentUser region,
            CurrentUser kalugaOfficer,
            List<CurrentUser> recipients,
            LocalDate today) {
        Materials materials = library.materials();
        long gifts = material(
                materials,
                region,
                MaterialKind.RECOMMENDATIONS,
                "Методические рекомендации по порядку сообщения о получении подарка и его сдачи",
                "Порядок уведомления о получении подарка в связи с протокольными мероприятиями, оценки, сдачи"
                        + " и выкупа подарка (постановление Правительства РФ № 10).",
                "подарки, уведомления, ПП РФ №10",
                true,
                "Рекомендации-подарки.txt",
                "Служащий, получивший подарок в связи с протокольным мероприятием, служебной командировкой или"
                        + " другим официальным мероприятием, уведомляет об этом представителя нанимателя не позднее"
                        + " трёх рабочих дней. Подарок стоимостью свыше трёх тысяч рублей сдаётся по акту.",
                "Редакция с образцом акта приёма-передачи подарков: служащий сдаёт подарки по акту, оценка"
                        + " проводится комиссией по поступлению и выбытию активов.");
        long practice = material(
                materials,
                region,
                MaterialKind.COURT_PRACTICE,
                "Обзор судебной практики по делам об увольнении в связи с утратой доверия",
                "Решения судов Калужской области и Верховного Суда РФ об увольнении за непредставление сведений"
                        + " о доходах и неурегулирование конфликта интересов.",
                "судебная практика, утрата доверия, декларации",
                true,
                "Обзор-практики.txt",
                "Суды признают законным увольнение служащего, не представившего сведения о доходах супруги,"
                        + " если декларация не подана и уважительных причин не установлено. Неполнота декларации"
                        + " сама по себе не всегда влечёт увольнение: учитывается тяжесть проступка.",
                null);
        material(
                materials,
                region,
                MaterialKind.ACT_TEMPLATE,
                "Типовое положение о комиссии по соблюдению требований к служебному поведению",
                "Образец муниципального правового акта о комиссии (Указ Президента РФ № 821).",
                "комиссия, типовые формы, конфликт интересов",
                true,
                "Положение-о-комиссии.txt",
                "1. Комиссия рассматривает вопросы соблюдения требований к служебному поведению и урегулирования"
                        + " конфликта интересов. 2. В состав комиссии включаются представители научных организаций.",
                null);
        material(
                materials,
                region,
                MaterialKind.PRESENTATION,
                "Семинар: заполнение справок о доходах в 2026 году",
                "Материалы видеосеминара для кадровых служб органов местного самоуправления.",
                "декларации, обучение, семинар",
                true,
                "Семинар-справки.txt",
                "Типичные ошибки при заполнении справки: не указаны счета с нулевым остатком, неверно указана"
                        + " площадь недвижимости, не отражены доходы от продажи автомобиля.",
                null);
        material(
                materials,
                region,
                MaterialKind.OTHER,
                "Памятка для служащих об иной оплачиваемой работе",
                "Проект памятки: готовится к публикации.",
                "иная работа, памятка",
                false,
                "Памятка.txt",
                "Служащий вправе выполнять иную оплачиваемую работу с предварительным уведомлением, если это не"
                        + " повлечёт конфликт интересов.",
                null);
        long journal = material(
                materials,
                kalugaOfficer,
                MaterialKind.ACT_TEMPLATE,
                "Форма журнала регистрации уведомлений о фактах обращения в целях склонения к коррупции",
                "Форма, утверждённая в Городской Управе города Калуги.",
                "уведомления, склонение, типовые формы",
                true,
                "Журнал-уведомлений.txt",
                "Журнал регистрации уведомлений представителя нанимателя о фактах обращения в целях склонения"
                        + " муниципального служащего к совершению коррупционных правонарушений.",
                null);

        // on the public sections «Противодействие коррупции» (issue 21): the region's for every
        // organization, Kaluga's for the city and its bodies
        materials.setOnSite(region, gifts, true);
        materials.setOnSite(region, practice, true);
        materials.setOnSite(kalugaOfficer, journal, true);

        long letter = materials.send(
                region,
                gifts,
                Letters.Recipients.MUNICIPALITIES,
                List.of(),
                today.plusDays(10),
                false,
                "Просим довести рекомендации до муниципальных служащих.");
        for (CurrentUser recipient : recipients) {
            library.letters().recipients(recipient, letter).stream()
                    .filter(Letters.Recipient::mine)
                    .findFirst()
                    .ifPresent(r -> library.letters().confirm(recipient, r.id(), null));
        }
    }

    private static long material(
            Materials materials,
            CurrentUser officer,
            MaterialKind kind,
            String title,
            String description,
            String tags,
            boolean published,
            String fileName,
            String text,
            String secondVersion) {
        long id = materials.create(officer, new MaterialForm(kind, title, description, tags));
        materials.addVersion(officer, id, fileName, (title + "\n\n" + text).getBytes(StandardCharsets.UTF_8), null);
        if (secondVersion != null) {
            materials.addVersion(
                    officer,
                    id,
                    fileName,
                    (title + "\n\n" + text + "\n\n" + secondVersion).getBytes(StandardCharsets.UTF_8),
                    null);
        }
        if (published) {
            materials.publish(officer, id, true);
        }
        return id;
    }
}
