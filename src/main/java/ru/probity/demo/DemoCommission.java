package ru.probity.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.probity.commission.CaseIntake;
import ru.probity.commission.CaseKind;
import ru.probity.commission.Cases;
import ru.probity.commission.CommissionHistory;
import ru.probity.commission.Commissions;
import ru.probity.commission.Decision;
import ru.probity.commission.Measure;
import ru.probity.commission.MemberRole;
import ru.probity.commission.ServantPresence;
import ru.probity.notifications.NotificationHistory;
import ru.probity.notifications.NotificationKind;
import ru.probity.notifications.NotificationSentToCommission;
import ru.probity.platform.RussianFormats;

/**
 * Notifications and the commission of the Kaluga city economy department (УГХ) in the demo region:
 * a register of every kind with numbers, reviews and outcomes; the commission with its composition
 * (the department's officer `ugh.officer` is its secretary, `kaluga.commission` a member); a meeting
 * held three weeks ago with its attendance, a recusal, votes, two decisions and their follow-up (one
 * task overdue) — the first by an open vote the commission decided on, the second by secret ballot
 * (totals only) with a member's dissenting opinion attached to the minutes, the invited head's deputy
 * and the servants present; and a request for consent waiting for the next meeting. Written through the
 * modules' entry points for history ({@link CommissionHistory}, {@link NotificationHistory}); only
 * the organization and its staff are read here. Besides, the first municipal district's administration
 * has a commission of its own, and its settlements, which form none, hand their servants' cases to it
 * by agreements recorded as transfer acts (issue 18, item 3: a case never climbs to the region's
 * commission; without a commission or such an act it waits).
 */
final class DemoCommission {

    private static final String AUTHOR = "demo";
    private static final String OFFICER = "Григорьева Наталья Павловна";

    private final DemoLookupStore lookup;
    private final CommissionHistory commissions;
    private final NotificationHistory notifications;
    private final LocalDate today;
    private long ugh;

    private DemoCommission(
            DemoLookupStore lookup, CommissionHistory commissions, NotificationHistory notifications, LocalDate today) {
        this.lookup = lookup;
        this.commissions = commissions;
        this.notifications = notifications;
        this.today = today;
    }

    static void load(DemoLookupStore lookup, CommissionHistory commissions, NotificationHistory notifications) {
        new DemoCommission(lookup, commissions, notifications, LocalDate.now()).load();
    }

    private void load() {
        district();
        var ids = lookup.organization(DemoRegionGenerator.UGH);
        if (ids.isEmpty()) {
            return;
        }
        ugh = ids.get();
        // the department's staff without accounts of their own, in the order they were generated
        List<DemoLookupStore.Person> staff = lookup.staffWithoutAccounts(ugh);
        if (staff.size() < 7) {
            return;
        }
        long commission = commissions.commission(
                ugh, null, "Приказ начальника управления от 15.01." + (today.getYear() - 1) + " № 12-п", AUTHOR);
        Map<String, Long> members = members(commission, staff);

        // the meeting held three weeks ago, its first decision written in the register too
        LocalDate held = today.minusDays(20);
        String interestDecision = "Признать, что при исполнении служащим должностных обязанностей личная"
                + " заинтересованность приводит или может привести к конфликту интересов; рекомендовать служащему и"
                + " (или) представителю нанимателя принять меры по урегулированию конфликта интересов или по"
                + " недопущению его возникновения. Рекомендовать исключить служащего из состава единой комиссии на"
                + " время закупок с участием ООО «Благоустройство-Сервис».";

        // the register: one notification of nearly every kind, at every stage
        NotificationHistory.Recorded interest = notification(
                NotificationKind.PERSONAL_INTEREST,
                staff.get(4),
                40,
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
                        + " а учредитель участника закупки — его сын. Предлагается отвод от работы комиссии по закупке.",
                Course.decided(held, "Протокол № 1 от " + RussianFormats.date(held) + ": " + interestDecision));
        notification(
                NotificationKind.OTHER_PAID_WORK,
                staff.get(5),
                25,
                "Преподавание в колледже по договору, 4 часа в неделю.",
                Map.of(
                        "employer",
                        "ГАПОУ КО «Калужский колледж экономики и технологий»",
                        "work",
                        "Преподаватель по совместительству (дисциплина «Основы муниципального хозяйства»)",
                        "period",
                        "с 1 сентября по 30 июня"),
                null,
                Course.closed(
                        "Принято к сведению: преподавательская деятельность, конфликт интересов не усматривается."));
        notification(
                NotificationKind.GIFT,
                staff.get(6),
                10,
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
                null,
                Course.UNDER_REVIEW);
        notification(
                NotificationKind.INDUCEMENT,
                staff.get(3),
                3,
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
                null,
                Course.UNDER_REVIEW);
        NotificationHistory.Recorded consent = notification(
                NotificationKind.FORMER_OFFICIAL_CONSENT,
                staff.get(2),
                6,
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
                        + " ремонта. Вопрос подлежит рассмотрению комиссией (ст. 12 273-ФЗ).",
                Course.SENT);
        notification(
                NotificationKind.NEW_EMPLOYER_NOTICE,
                null,
                12,
                "Сообщает о приёме на работу бывшего главного специалиста управления.",
                Map.of(
                        "post",
                        "Инженер по надзору за строительством",
                        "contract",
                        "Трудовой договор № 57 от " + day(15),
                        "formerPost",
                        "Главный специалист"),
                "Функции управления организацией в обязанности служащего не входили; нарушений ст. 12 нет.",
                Course.UNDER_REVIEW);

        long meeting = commissions.meeting(
                commission, held, LocalTime.of(15, 0), "г. Калуга, ул. Плеханова, д. 45, каб. 12", true, AUTHOR);
        Map<Long, Boolean> presence = new LinkedHashMap<>();
        members.forEach((key, id) -> presence.put(id, !key.equals("member2")));
        commissions.attendance(meeting, presence);
        commissions.invitees(meeting, "Кузнецов А. В. — заместитель начальника управления (представитель нанимателя)");
        long interestCase = commissions.arrived(
                intake(
                        CaseKind.PERSONAL_INTEREST,
                        NotificationSentToCommission.SOURCE_TYPE,
                        interest.id(),
                        interest.registrationNumber(),
                        staff.get(4),
                        "Сын является учредителем ООО «Благоустройство-Сервис», участника закупок управления.",
                        "Мотивированное заключение: личная заинтересованность может привести к конфликту интересов.",
                        held.minusDays(15)),
                AUTHOR);
        // the commission decided on an open vote for this question: the choices are in the minutes by name
        List<Long> interestTasks =
                decide(interestCase, meeting, Decision.CONFLICT_POSSIBLE_MEASURES, interestDecision, members, null);

        long conductCase = commissions.arrived(
                intake(
                        CaseKind.HEAD_SUBMISSION,
                        Cases.MANUAL,
                        commissions.manualSource(),
                        null,
                        staff.get(1),
                        "Представление начальника управления: служащий не сообщил о личной заинтересованности при"
                                + " согласовании договора с организацией, где работает его супруга.",
                        "Служебная записка отдела кадров, копия договора, объяснение служащего.",
                        held.minusDays(10)),
                AUTHOR);
        String conductDecision = "Установить, что служащий не соблюдал требования к служебному поведению и (или)"
                + " требования об урегулировании конфликта интересов; рекомендовать представителю нанимателя указать"
                + " служащему на недопустимость нарушения указанных требований либо применить к служащему конкретную"
                + " меру ответственности.";
        // its extract and the head's answer are still open: the first one overdue
        decide(conductCase, meeting, Decision.CONDUCT_BREACHED, conductDecision, members, members.get("member1"));

        // follow-up of the first: the extract was handed, the copy sent to the head and filed, the head
        // settled the conflict
        commissions.done(interestTasks.get(0), held.plusDays(2), null);
        commissions.done(interestTasks.get(1), held.plusDays(9), Measure.CONFLICT_SETTLED);
        interestTasks.stream().skip(2).forEach(task -> commissions.done(task, held.plusDays(3), null));

        // waiting for the next meeting
        commissions.arrived(
                intake(
                        CaseKind.FORMER_OFFICIAL_CONSENT,
                        NotificationSentToCommission.SOURCE_TYPE,
                        consent.id(),
                        consent.registrationNumber(),
                        staff.get(2),
                        "Просит согласия на должность заместителя директора МУП «Калугатеплосеть» после увольнения.",
                        "Мотивированное заключение: функции управления предприятием входили в должностные обязанности.",
                        today.minusDays(5)),
                AUTHOR);
        // the next meeting, announced in the public section (issue 21) by its day and time only
        commissions.meeting(
                commission,
                today.plusDays(9),
                LocalTime.of(15, 0),
                "г. Калуга, ул. Плеханова, д. 45, каб. 12",
                false,
                AUTHOR);
    }

    /** The district's commission and the settlements' agreements handing their cases to it. */
    private void district() {
        var found = lookup.firstDistrict();
        if (found.isEmpty()) {
            return;
        }
        DemoLookupStore.District district = found.get();
        List<DemoLookupStore.Person> staff = lookup.staffWithoutAccounts(district.administration());
        if (staff.size() < 3) {
            return;
        }
        LocalDate formed = LocalDate.of(today.getYear() - 1, 2, 1);
        long commission = commissions.commission(
                district.administration(),
                null,
                "Постановление администрации района от " + RussianFormats.date(formed) + " № 45",
                AUTHOR);
        member(commission, staff.get(0), MemberRole.CHAIR, formed);
        member(commission, staff.get(1), MemberRole.DEPUTY_CHAIR, formed);
        member(commission, staff.get(2), MemberRole.SECRETARY, formed);
        member(
                commission,
                "Зайцева Ольга Андреевна",
                "директор районной библиотеки, член Общественного совета района",
                MemberRole.INDEPENDENT,
                null,
                formed,
                null);
        member(
                commission,
                "Соколова Ирина Владимировна",
                "начальник управления по профилактике коррупционных правонарушений Администрации Губернатора"
                        + " Калужской области",
                MemberRole.REGIONAL,
                null,
                formed,
                null);
        int number = 1;
        for (long settlement : district.settlements()) {
            LocalDate signed = formed.plusDays(14);
            commissions.transferAct(
                    new Commissions.TransferForm(
                            String.valueOf(number++),
                            signed,
                            "Соглашение о передаче комиссии администрации района рассмотрения вопросов соблюдения"
                                    + " требований к служебному поведению муниципальных служащих поселения",
                            settlement,
                            commission,
                            signed,
                            null),
                    AUTHOR);
        }
    }

    private Map<String, Long> members(long commission, List<DemoLookupStore.Person> staff) {
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 15);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("chair", member(commission, staff.get(0), MemberRole.CHAIR, from));
        ids.put("deputy", member(commission, staff.get(1), MemberRole.DEPUTY_CHAIR, from));
        ids.put(
                "secretary",
                member(
                        commission,
                        OFFICER,
                        "ответственный за профилактику коррупционных правонарушений",
                        MemberRole.SECRETARY,
                        "ugh.officer",
                        from,
                        null));
        ids.put("member1", member(commission, staff.get(3), MemberRole.MEMBER, from));
        ids.put("member2", member(commission, staff.get(5), MemberRole.MEMBER, from));
        ids.put(
                "city",
                member(
                        commission,
                        "Тихонов Михаил Юрьевич",
                        "начальник отдела муниципальной службы и кадров Городской Управы города Калуги",
                        MemberRole.MEMBER,
                        "kaluga.commission",
                        from,
                        null));
        ids.put(
                "science",
                member(
                        commission,
                        "Орлова Светлана Николаевна",
                        "доцент кафедры государственного и муниципального управления КГУ им. К. Э. Циолковского",
                        MemberRole.INDEPENDENT,
                        null,
                        from,
                        null));
        ids.put(
                "public",
                member(
                        commission,
                        "Васильев Игорь Петрович",
                        "член Общественной палаты города Калуги",
                        MemberRole.INDEPENDENT,
                        null,
                        from,
                        null));
        ids.put(
                "region",
                member(
                        commission,
                        "Соколова Ирина Владимировна",
                        "начальник управления по профилактике коррупционных правонарушений Администрации Губернатора"
                                + " Калужской области",
                        MemberRole.REGIONAL,
                        null,
                        from,
                        null));
        // a member whose term ended: he stays in last year's minutes only
        member(
                commission,
                "Кравцов Олег Викторович",
                "юрисконсульт управления",
                MemberRole.MEMBER,
                null,
                from,
                LocalDate.of(today.getYear() - 1, 12, 31));
        return ids;
    }

    /** A member from the department's staff, by his employee record. */
    private long member(long commission, DemoLookupStore.Person person, MemberRole role, LocalDate from) {
        return commissions.member(
                commission,
                new Commissions.MemberForm(person.name(), person.post(), role, null, null, from, null),
                person.id(),
                AUTHOR);
    }

    /** A member from outside the staff, by his account if he has one. */
    private long member(
            long commission,
            String name,
            String position,
            MemberRole role,
            String username,
            LocalDate from,
            LocalDate to) {
        return commissions.member(
                commission, new Commissions.MemberForm(name, position, role, null, username, from, to), null, AUTHOR);
    }

    /** How far a notification has come: its conclusion's and transfer's days follow its registration. */
    private record Course(boolean sent, LocalDate decidedOn, String decision, String outcome) {

        static final Course UNDER_REVIEW = new Course(false, null, null, null);
        static final Course SENT = new Course(true, null, null, null);

        static Course decided(LocalDate on, String decision) {
            return new Course(true, on, decision, null);
        }

        static Course closed(String outcome) {
            return new Course(false, null, null, outcome);
        }
    }

    private NotificationHistory.Recorded notification(
            NotificationKind kind,
            DemoLookupStore.Person person,
            int daysAgo,
            String summary,
            Map<String, String> details,
            String conclusion,
            Course course) {
        LocalDate registered = today.minusDays(daysAgo);
        boolean reviewed = conclusion != null;
        return notifications.record(
                new NotificationHistory.Past(
                        ugh,
                        kind,
                        person == null ? "PAPER" : (daysAgo % 2 == 0 ? "ONLINE" : "PAPER"),
                        person == null ? null : person.id(),
                        // a new employer's notice names the former employee and the sending organization
                        person == null ? "Белоусов Артём Игоревич" : person.name(),
                        person == null ? null : person.post(),
                        person == null ? "ООО «КалугаСтройНадзор»" : null,
                        summary,
                        details,
                        registered,
                        OFFICER,
                        conclusion,
                        reviewed ? registered.plusDays(4) : null,
                        reviewed ? OFFICER : null,
                        course.sent() ? registered.plusDays(5) : null,
                        course.outcome() == null ? null : registered.plusDays(6),
                        course.outcome(),
                        course.decidedOn(),
                        course.decision()),
                AUTHOR);
    }

    private CaseIntake intake(
            CaseKind kind,
            String source,
            long sourceId,
            String ref,
            DemoLookupStore.Person person,
            String summary,
            String materials,
            LocalDate received) {
        return new CaseIntake(
                kind,
                ugh,
                person.id(),
                source,
                sourceId,
                ref,
                person.name(),
                person.post(),
                summary,
                materials,
                received);
    }

    /**
     * The question decided at the meeting with everyone present voting for it, by an open vote the
     * commission decided on; or, if a member recused himself, by secret ballot (the default) with one
     * against — who attached his dissenting opinion — and one abstaining. Returns its follow-up tasks.
     */
    private List<Long> decide(
            long caseId, long meeting, Decision decision, String text, Map<String, Long> members, Long recused) {
        Long secret = recused;
        Map<Long, String> votes = new LinkedHashMap<>();
        Map<Long, String> recusals = new LinkedHashMap<>();
        for (Map.Entry<String, Long> m : members.entrySet()) {
            if (m.getKey().equals("member2")) {
                continue; // absent
            }
            if (recused != null && m.getValue().equals(recused)) {
                recusals.put(recused, "родственник служащего работает в той же организации");
                continue;
            }
            String choice = recused != null && m.getKey().equals("city")
                    ? "AGAINST"
                    : recused != null && m.getKey().equals("public") ? "ABSTAIN" : "FOR";
            votes.put(m.getValue(), choice);
        }
        return commissions.decided(
                caseId,
                meeting,
                new CommissionHistory.Minuted(
                        decision,
                        text,
                        "Информация секретаря комиссии Григорьевой Н. П. о поступивших материалах.",
                        "Служащий дал пояснения, подтвердил изложенные обстоятельства.",
                        votes,
                        recusals,
                        "ugh.officer",
                        secret == null,
                        secret == null
                                ? Map.of()
                                : Map.of(
                                        members.get("city"),
                                        "Считаю, что материалов недостаточно для вывода о несоблюдении требований: служащий"
                                                + " не знал о трудоустройстве супруги в организации-контрагенте до"
                                                + " согласования договора; следовало запросить дополнительные"
                                                + " объяснения и отложить рассмотрение вопроса."),
                        ServantPresence.PRESENT),
                AUTHOR);
    }

    private String day(int daysAgo) {
        return RussianFormats.date(today.minusDays(daysAgo));
    }
}
