package ru.probity.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications and the commission of the Kaluga city economy department (УГХ) in the demo region:
 * a register of every kind with numbers, reviews and outcomes; the commission with its composition
 * (the department's officer `ugh.officer` is its secretary, `kaluga.commission` a member); a meeting
 * held three weeks ago with its attendance, a recusal, votes, two decisions and their follow-up (one
 * task overdue); and a request for consent waiting for the next meeting.
 */
final class DemoCommission {

    private static final String AUTHOR = "demo";

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Map<String, Integer> counters = new HashMap<>();
    private long ugh;

    private DemoCommission(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    static void load(JdbcTemplate jdbc) {
        new DemoCommission(jdbc, LocalDate.now()).load();
    }

    private record Person(long id, String name, String post) {}

    private void load() {
        List<Long> ids =
                jdbc.queryForList("select id from organization where name = ?", Long.class, DemoRegionGenerator.UGH);
        if (ids.isEmpty()) {
            return;
        }
        ugh = ids.getFirst();
        // the department's staff without accounts of their own, in the order they were generated
        List<Person> staff =
                jdbc.query("""
                select e.id, e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, ''), e.post
                from employee e where e.organization_id = ? and e.active
                  and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id""", (rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)), ugh);
        if (staff.size() < 7) {
            return;
        }
        long commission = commission();
        Map<String, Long> members = members(commission, staff);

        // the register: one notification of nearly every kind, at every stage
        long interest = notification(
                "PERSONAL_INTEREST",
                staff.get(4),
                40,
                "DECIDED",
                "Сын является учредителем ООО «Благоустройство-Сервис», участника закупок управления.",
                Map.of(
                        "grounds",
                        "Сын — учредитель (50 %) ООО «Благоустройство-Сервис», которое подало заявку на"
                                + " аукцион по содержанию скверов.",
                        "duties",
                        "Член единой комиссии по осуществлению закупок управления.",
                        "measures",
                        "Прошу освободить от участия в работе комиссии по этой закупке."),
                "Личная заинтересованность может привести к конфликту интересов: служащий входит в единую комиссию,"
                        + " а учредитель участника закупки — его сын. Предлагается отвод от работы комиссии по закупке.");
        notification(
                "OTHER_PAID_WORK",
                staff.get(5),
                25,
                "CLOSED",
                "Преподавание в колледже по договору, 4 часа в неделю.",
                Map.of(
                        "employer",
                        "ГАПОУ КО «Калужский колледж экономики и технологий»",
                        "work",
                        "Преподаватель по совместительству (дисциплина «Основы муниципального хозяйства»)",
                        "period",
                        "с 1 сентября по 30 июня"),
                null);
        jdbc.update(
                "update notification set outcome = ? where id = (select max(id) from notification)",
                "Принято к сведению: преподавательская деятельность, конфликт интересов не усматривается.");
        notification(
                "GIFT",
                staff.get(6),
                10,
                "REGISTERED",
                "Памятный подарок участникам регионального форума ЖКХ.",
                Map.of(
                        "event",
                        "Региональный форум «ЖКХ Калужской области», г. Калуга, выставочный центр",
                        "gift",
                        "Настольные часы с символикой форума",
                        "quantity",
                        "1",
                        "value",
                        "ориентировочно 4 500"),
                null);
        notification(
                "INDUCEMENT",
                staff.get(3),
                3,
                "REGISTERED",
                "Представитель подрядчика предложил вознаграждение за подписание акта приёмки работ.",
                Map.of(
                        "circumstances",
                        "Служебный кабинет, 14:30, в присутствии свидетеля не было.",
                        "offence",
                        "Подписание акта приёмки невыполненных работ по ремонту тротуаров.",
                        "method",
                        "Подкуп: предложено 50 000 рублей.",
                        "response",
                        "Отказался, сообщил начальнику управления."),
                null);
        long consent = notification(
                "FORMER_OFFICIAL_CONSENT",
                staff.get(2),
                6,
                "SENT_TO_COMMISSION",
                "Просит согласия на должность заместителя директора МУП «Калугатеплосеть» после увольнения.",
                Map.of(
                        "posts",
                        "Начальник отдела жилищно-коммунального хозяйства (последние 2 года)",
                        "employer",
                        "МУП «Калугатеплосеть», г. Калуга",
                        "functions",
                        "Согласование планов ремонта тепловых сетей предприятия.",
                        "contract",
                        "Трудовой договор, заместитель директора по эксплуатации, бессрочно"),
                "Отдельные функции управления предприятием входили в должностные обязанности: согласование планов"
                        + " ремонта. Вопрос подлежит рассмотрению комиссией (ст. 12 273-ФЗ).");
        notification(
                "NEW_EMPLOYER_NOTICE",
                null,
                12,
                "REVIEWED",
                "Сообщает о приёме на работу бывшего главного специалиста управления.",
                Map.of(
                        "post",
                        "Инженер по надзору за строительством",
                        "contract",
                        "Трудовой договор № 57 от " + day(15),
                        "formerPost",
                        "Главный специалист"),
                "Функции управления организацией в обязанности служащего не входили; нарушений ст. 12 нет.");
        jdbc.update(
                "update notification set person_name = 'Белоусов Артём Игоревич', sender = 'ООО «КалугаСтройНадзор»'"
                        + " where id = (select max(id) from notification)");
        counters();

        // the meeting held three weeks ago
        LocalDate held = today.minusDays(20);
        long meeting = jdbc.queryForObject("""
                insert into commission_meeting (commission_id, year, number, held_on, starts_at, place, status, closed_at,
                  created_by) values (?, ?, 1, ?, '15:00', 'г. Калуга, ул. Плеханова, д. 45, каб. 12', 'CLOSED', now(), ?)
                returning id""", Long.class, commission, held.getYear(), Date.valueOf(held), AUTHOR);
        jdbc.update(
                "insert into commission_meeting_counter (commission_id, year, last) values (?, ?, 1)",
                commission,
                held.getYear());
        for (Map.Entry<String, Long> m : members.entrySet()) {
            jdbc.update(
                    "insert into commission_attendance (meeting_id, member_id, present) values (?, ?, ?)",
                    meeting,
                    m.getValue(),
                    !m.getKey().equals("member2"));
        }
        String interestNumber = jdbc.queryForObject(
                "select registration_number from notification where id = ?", String.class, interest);
        long interestCase = caseOf(
                "PERSONAL_INTEREST",
                "NOTIFICATION",
                interest,
                interestNumber,
                staff.get(4),
                "Сын является учредителем ООО «Благоустройство-Сервис», участника закупок управления.",
                "Мотивированное заключение: личная заинтересованность может привести к конфликту интересов.",
                held.minusDays(15),
                commission,
                "DECIDED",
                meeting);
        String interestDecision = "Признать, что при исполнении служащим должностных обязанностей личная"
                + " заинтересованность приводит или может привести к конфликту интересов; рекомендовать служащему и"
                + " (или) представителю нанимателя принять меры по урегулированию конфликта интересов или по"
                + " недопущению его возникновения. Рекомендовать исключить служащего из состава единой комиссии на"
                + " время закупок с участием ООО «Благоустройство-Сервис».";
        decide(interestCase, meeting, 1, "CONFLICT_POSSIBLE_MEASURES", interestDecision, held, members, null);
        jdbc.update(
                "update notification set commission_decided_on = ?, commission_decision = ? where id = ?",
                Date.valueOf(held),
                "Протокол № 1 от " + ru(held) + ": " + interestDecision,
                interest);

        long submission = jdbc.queryForObject("select nextval('commission_manual_source_seq')", Long.class);
        long conductCase = caseOf(
                "HEAD_SUBMISSION",
                "MANUAL",
                submission,
                null,
                staff.get(1),
                "Представление начальника управления: служащий не сообщил о личной заинтересованности при согласовании"
                        + " договора с организацией, где работает его супруга.",
                "Служебная записка отдела кадров, копия договора, объяснение служащего.",
                held.minusDays(10),
                commission,
                "DECIDED",
                meeting);
        String conductDecision = "Установить, что служащий не соблюдал требования к служебному поведению и (или)"
                + " требования об урегулировании конфликта интересов; рекомендовать представителю нанимателя указать"
                + " служащему на недопустимость нарушения указанных требований либо применить к служащему конкретную"
                + " меру ответственности.";
        decide(conductCase, meeting, 2, "CONDUCT_BREACHED", conductDecision, held, members, members.get("member1"));

        // follow-up: the extract of the first was handed, the head settled the conflict; the second is overdue
        followUp(
                interestCase,
                meeting,
                "Вручить (направить) выписку из протокола: " + staff.get(4).name(),
                "Секретарь комиссии",
                held.plusDays(7),
                held.plusDays(2),
                null);
        followUp(
                interestCase,
                meeting,
                "Рассмотреть протокол и письменно сообщить комиссии о мерах, принятых по её рекомендациям",
                "Представитель нанимателя (руководитель)",
                held.plusMonths(1),
                held.plusDays(9),
                "CONFLICT_SETTLED");
        followUp(
                conductCase,
                meeting,
                "Вручить (направить) выписку из протокола: " + staff.get(1).name(),
                "Секретарь комиссии",
                held.plusDays(7),
                null,
                null);
        followUp(
                conductCase,
                meeting,
                "Рассмотреть протокол и письменно сообщить комиссии о мерах, принятых по её рекомендациям",
                "Представитель нанимателя (руководитель)",
                held.plusMonths(1),
                null,
                null);

        // waiting for the next meeting
        caseOf(
                "FORMER_OFFICIAL_CONSENT",
                "NOTIFICATION",
                consent,
                jdbc.queryForObject("select registration_number from notification where id = ?", String.class, consent),
                staff.get(2),
                "Просит согласия на должность заместителя директора МУП «Калугатеплосеть» после увольнения.",
                "Мотивированное заключение: функции управления предприятием входили в должностные обязанности.",
                today.minusDays(5),
                commission,
                "PENDING",
                null);
    }

    private long commission() {
        return jdbc.queryForObject(
                """
                insert into commission (organization_id, name, basis, created_by, updated_by)
                values (?, ?, ?, ?, ?) returning id""",
                Long.class,
                ugh,
                "Комиссия по соблюдению требований к служебному поведению муниципальных служащих и урегулированию"
                        + " конфликта интересов",
                "Приказ начальника управления от 15.01." + (today.getYear() - 1) + " № 12-п",
                AUTHOR,
                AUTHOR);
    }

    private Map<String, Long> members(long commission, List<Person> staff) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 15);
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        ids.put(
                "chair",
                member(
                        commission,
                        staff.get(0).name(),
                        staff.get(0).post(),
                        "CHAIR",
                        staff.get(0).id(),
                        null,
                        from));
        ids.put(
                "deputy",
                member(
                        commission,
                        staff.get(1).name(),
                        staff.get(1).post(),
                        "DEPUTY_CHAIR",
                        staff.get(1).id(),
                        null,
                        from));
        ids.put(
                "secretary",
                member(
                        commission,
                        "Григорьева Наталья Павловна",
                        "ответственный за профилактику коррупционных правонарушений",
                        "SECRETARY",
                        null,
                        "ugh.officer",
                        from));
        ids.put(
                "member1",
                member(
                        commission,
                        staff.get(3).name(),
                        staff.get(3).post(),
                        "MEMBER",
                        staff.get(3).id(),
                        null,
                        from));
        ids.put(
                "member2",
                member(
                        commission,
                        staff.get(5).name(),
                        staff.get(5).post(),
                        "MEMBER",
                        staff.get(5).id(),
                        null,
                        from));
        ids.put(
                "city",
                member(
                        commission,
                        "Тихонов Михаил Юрьевич",
                        "начальник отдела муниципальной службы и кадров Городской Управы города Калуги",
                        "MEMBER",
                        null,
                        "kaluga.commission",
                        from));
        ids.put(
                "science",
                member(
                        commission,
                        "Орлова Светлана Николаевна",
                        "доцент кафедры государственного и муниципального управления КГУ им. К. Э. Циолковского",
                        "INDEPENDENT",
                        null,
                        null,
                        from));
        ids.put(
                "public",
                member(
                        commission,
                        "Васильев Игорь Петрович",
                        "член Общественной палаты города Калуги",
                        "INDEPENDENT",
                        null,
                        null,
                        from));
        ids.put(
                "region",
                member(
                        commission,
                        "Соколова Ирина Владимировна",
                        "начальник управления по профилактике коррупционных правонарушений Администрации Губернатора"
                                + " Калужской области",
                        "REGIONAL",
                        null,
                        null,
                        from));
        // a member whose term ended: he stays in last year's minutes only
        long former =
                member(commission, "Кравцов Олег Викторович", "юрисконсульт управления", "MEMBER", null, null, from);
        jdbc.update(
                "update commission_member set term_to = ? where id = ?",
                Date.valueOf(LocalDate.of(today.getYear() - 1, 12, 31)),
                former);
        return ids;
    }

    private long member(
            long commission,
            String name,
            String position,
            String role,
            Long employee,
            String username,
            LocalDate from) {
        return jdbc.queryForObject(
                """
                insert into commission_member (commission_id, full_name, position, role, employee_id, user_id, term_from,
                  created_by)
                values (?, ?, ?, ?, ?, (select id from app_user where username = ?), ?, ?) returning id""", Long.class, commission, name, position, role, employee, username, Date.valueOf(from), AUTHOR);
    }

    private long notification(
            String kind,
            Person person,
            int daysAgo,
            String status,
            String summary,
            Map<String, String> details,
            String conclusion) {
        LocalDate registered = today.minusDays(daysAgo);
        String key = kind + "/" + registered.getYear();
        int seq = counters.merge(key, 1, Integer::sum);
        String code = switch (kind) {
            case "INDUCEMENT" -> "СК";
            case "PERSONAL_INTEREST" -> "ЛЗ";
            case "OTHER_PAID_WORK" -> "ИР";
            case "GIFT" -> "ПД";
            case "FAMILY_INCOME" -> "СД";
            case "FORMER_OFFICIAL_CONSENT" -> "СГ";
            default -> "НР";
        };
        boolean reviewed = conclusion != null;
        boolean sent = status.equals("SENT_TO_COMMISSION") || status.equals("DECIDED");
        StringBuilder json = new StringBuilder("{");
        details.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":\"")
                .append(v.replace("\"", "\\\""))
                .append('"'));
        json.append('}');
        return jdbc.queryForObject(
                """
                insert into notification (organization_id, kind, status, channel, employee_id, person_name, person_post,
                  summary, details, submitted_on, registration_year, registration_seq, registration_number, registered_on,
                  registered_by, review_by, conclusion, concluded_on, concluded_by, sent_to_commission_on, closed_on,
                  created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, 'Григорьева Наталья Павловна', ?, ?, ?,
                  ?, ?, ?, ?, ?) returning id""",
                Long.class,
                ugh,
                kind,
                status,
                person == null ? "PAPER" : (daysAgo % 2 == 0 ? "ONLINE" : "PAPER"),
                person == null ? null : person.id(),
                person == null ? "" : person.name(),
                person == null ? null : person.post(),
                summary,
                json.toString(),
                Date.valueOf(registered),
                registered.getYear(),
                seq,
                code + "-" + seq + "/" + registered.getYear(),
                Date.valueOf(registered),
                Date.valueOf(ru.probity.platform.WorkingDays.plus(registered, 7)),
                conclusion,
                reviewed ? Date.valueOf(registered.plusDays(4)) : null,
                reviewed ? "Григорьева Наталья Павловна" : null,
                sent ? Date.valueOf(registered.plusDays(5)) : null,
                status.equals("CLOSED") ? Date.valueOf(registered.plusDays(6)) : null,
                AUTHOR,
                AUTHOR);
    }

    private void counters() {
        counters.forEach((key, last) -> {
            String[] parts = key.split("/");
            jdbc.update(
                    "insert into notification_counter (organization_id, kind, year, last) values (?, ?, ?, ?)",
                    ugh,
                    parts[0],
                    Integer.parseInt(parts[1]),
                    last);
        });
    }

    private long caseOf(
            String kind,
            String source,
            long sourceId,
            String ref,
            Person person,
            String summary,
            String materials,
            LocalDate received,
            long commission,
            String status,
            Long meeting) {
        return jdbc.queryForObject(
                """
                insert into commission_case (commission_id, organization_id, kind, source_type, source_id, source_ref,
                  employee_id, person_name, person_post, summary, materials, received_on, consider_by, status, meeting_id,
                  created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                commission,
                ugh,
                kind,
                source,
                sourceId,
                ref,
                person.id(),
                person.name(),
                person.post(),
                summary,
                materials,
                Date.valueOf(received),
                Date.valueOf(received.plusDays(20)),
                status,
                meeting,
                AUTHOR);
    }

    /** The question on the agenda with everyone present voting for it (one against and one abstaining if recused). */
    private void decide(
            long caseId,
            long meeting,
            int position,
            String decision,
            String text,
            LocalDate held,
            Map<String, Long> members,
            Long recused) {
        long item = jdbc.queryForObject(
                """
                insert into commission_agenda_item (meeting_id, case_id, position, heard, speeches, decision, decision_text,
                  votes_for, votes_against, votes_abstained, adopted, decided_at, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, true, now(), 'ugh.officer') returning id""",
                Long.class,
                meeting,
                caseId,
                position,
                "Информация секретаря комиссии Григорьевой Н. П. о поступивших материалах.",
                "Служащий дал пояснения, подтвердил изложенные обстоятельства.",
                decision,
                text);
        List<String> choices = new ArrayList<>();
        for (Map.Entry<String, Long> m : members.entrySet()) {
            if (m.getKey().equals("member2")) {
                continue; // absent
            }
            if (recused != null && m.getValue().equals(recused)) {
                jdbc.update(
                        "insert into commission_recusal (item_id, member_id, reason) values (?, ?, ?)",
                        item,
                        recused,
                        "родственник служащего работает в той же организации");
                continue;
            }
            String choice = recused != null && m.getKey().equals("city")
                    ? "AGAINST"
                    : recused != null && m.getKey().equals("public") ? "ABSTAIN" : "FOR";
            choices.add(choice);
            jdbc.update(
                    "insert into commission_vote (item_id, member_id, choice) values (?, ?, ?)",
                    item,
                    m.getValue(),
                    choice);
        }
        jdbc.update(
                "update commission_agenda_item set votes_for = ?, votes_against = ?, votes_abstained = ? where id = ?",
                (int) choices.stream().filter("FOR"::equals).count(),
                (int) choices.stream().filter("AGAINST"::equals).count(),
                (int) choices.stream().filter("ABSTAIN"::equals).count(),
                item);
        jdbc.update(
                "update commission_case set decision = ?, decision_text = ?, decided_on = ? where id = ?",
                decision,
                text,
                Date.valueOf(held),
                caseId);
    }

    private void followUp(
            long caseId,
            long meeting,
            String title,
            String responsible,
            LocalDate due,
            LocalDate done,
            String measure) {
        jdbc.update(
                """
                insert into commission_follow_up (case_id, meeting_id, title, responsible, due_on, done_on, measure,
                  created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId,
                meeting,
                title,
                responsible,
                Date.valueOf(due),
                done == null ? null : Date.valueOf(done),
                measure,
                AUTHOR);
    }

    private String day(int daysAgo) {
        return ru(today.minusDays(daysAgo));
    }

    private static String ru(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
