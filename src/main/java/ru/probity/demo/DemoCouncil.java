package ru.probity.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.council.Attendance;
import ru.probity.council.CouncilAssignments;
import ru.probity.council.Councils;
import ru.probity.council.model.CouncilRole;
import ru.probity.council.model.Presence;

/**
 * The demo's interdepartmental council (issue 21, item 2): «Межведомственный совет по
 * противодействию коррупции при Губернаторе Калужской области» at the region's root, with ten
 * members (two from the registry, the others external, one of them already out of the composition);
 * a meeting held forty days ago with its attendance (one absent, one replaced), agenda with «СЛУШАЛИ /
 * РЕШИЛИ», a material, a published summary and assignments to Kaluga's bodies — one to the city itself
 * waiting on the report of {@code kaluga.officer}, one to the city's department of municipal economy
 * overdue, one to the education department reported and accepted — and one to Obninsk; a meeting
 * announced in twenty-five days. Written through the council's services as {@code region.admin}.
 */
final class DemoCouncil {

    /** The services the demo writes through. */
    @Component
    record Services(Councils councils, CouncilAssignments assignments) {}

    static final String NAME = "Межведомственный совет по противодействию коррупции при Губернаторе Калужской области";
    private static final String ADMINISTRATION = "Администрация Губернатора Калужской области";

    private DemoCouncil() {}

    static void load(Services services, DemoLookupStore lookup, LocalDate today) {
        var admin = lookup.officer("region.admin")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.REGIONAL_ADMIN, u.organizationId(), null));
        var officer = lookup.officer("kaluga.officer");
        if (admin.isEmpty() || officer.isEmpty()) {
            return;
        }
        CurrentUser region = admin.get();
        Councils councils = services.councils();
        CouncilAssignments assignments = services.assignments();
        long kaluga = officer.get().organizationId();
        long council = councils.create(region, region.organizationId(), NAME);
        LocalDate formed = today.minusYears(1).withDayOfMonth(1);

        List<DemoLookupStore.Person> regionStaff = lookup.staffWithoutAccounts(region.organizationId());
        List<DemoLookupStore.Person> kalugaStaff = lookup.organization(DemoRegionGenerator.UPRAVA)
                .map(lookup::staffWithoutAccounts)
                .orElse(List.of());
        add(
                councils,
                region,
                council,
                null,
                "Орлов Николай Петрович",
                "Губернатор Калужской области",
                "Правительство Калужской области",
                CouncilRole.CHAIR,
                formed);
        if (!regionStaff.isEmpty()) {
            councils.addMember(
                    region,
                    council,
                    new Councils.MemberForm(
                            regionStaff.getFirst().id(), null, null, null, CouncilRole.DEPUTY_CHAIR, formed, null));
        } else {
            add(
                    councils,
                    region,
                    council,
                    null,
                    "Ларионов Павел Андреевич",
                    "заместитель Губернатора — руководитель Администрации Губернатора",
                    ADMINISTRATION,
                    CouncilRole.DEPUTY_CHAIR,
                    formed);
        }
        add(
                councils,
                region,
                council,
                null,
                "Соколова Ирина Владимировна",
                "начальник управления по профилактике коррупционных правонарушений",
                ADMINISTRATION,
                CouncilRole.SECRETARY,
                formed);
        add(
                councils,
                region,
                council,
                null,
                "Гусев Олег Викторович",
                "заместитель прокурора области",
                "Прокуратура Калужской области",
                CouncilRole.MEMBER,
                formed);
        add(
                councils,
                region,
                council,
                null,
                "Егоров Сергей Александрович",
                "заместитель начальника полиции по оперативной работе",
                "УМВД России по Калужской области",
                CouncilRole.MEMBER,
                formed);
        add(
                councils,
                region,
                council,
                null,
                "Фролова Анна Михайловна",
                "председатель комитета",
                "Законодательное Собрание Калужской области",
                CouncilRole.MEMBER,
                formed);
        add(
                councils,
                region,
                council,
                null,
                "Зайцев Игорь Николаевич",
                "председатель",
                "Контрольно-счётная палата Калужской области",
                CouncilRole.MEMBER,
                formed);
        add(
                councils,
                region,
                council,
                null,
                "Никитина Светлана Юрьевна",
                "член Общественной палаты",
                "Общественная палата Калужской области",
                CouncilRole.MEMBER,
                formed);
        if (!kalugaStaff.isEmpty()) {
            councils.addMember(
                    region,
                    council,
                    new Councils.MemberForm(
                            kalugaStaff.getFirst().id(), null, null, null, CouncilRole.MEMBER, formed, null));
        }
        add(
                councils,
                region,
                council,
                null,
                "Волков Дмитрий Сергеевич",
                "председатель регионального отделения",
                "Калужское региональное отделение Ассоциации юристов России",
                CouncilRole.MEMBER,
                formed);
        long left = add(
                councils,
                region,
                council,
                null,
                "Медведев Артём Игоревич",
                "депутат",
                "Законодательное Собрание Калужской области",
                CouncilRole.MEMBER,
                formed);
        councils.endMembership(region, council, left, today.minusMonths(3));

        // the meeting held forty days ago
        LocalDate heldOn = today.minusDays(40);
        long held = councils.announce(
                region,
                council,
                new Councils.MeetingForm(heldOn, "15:00", "г. Калуга, ул. Пролетарская, д. 111, зал заседаний"));
        long website = councils.addAgendaItem(
                region,
                held,
                "О состоянии разделов «Противодействие коррупции» официальных сайтов органов местного самоуправления",
                "Соколова И. В.");
        long procurement = councils.addAgendaItem(
                region,
                held,
                "О мерах по предотвращению конфликта интересов при осуществлении закупок муниципальными учреждениями",
                "Гусев О. В.");
        long education = councils.addAgendaItem(
                region,
                held,
                "Об антикоррупционном просвещении обучающихся общеобразовательных организаций",
                "Никитина С. Ю.");
        councils.recordItem(
                region,
                held,
                website,
                "О результатах мониторинга разделов «Противодействие коррупции» официальных сайтов: в части органов"
                        + " разделы не соответствуют требованиям Приказа Минтруда России №530н.",
                "Информацию принять к сведению. Органам местного самоуправления привести разделы в соответствие.");
        councils.recordItem(
                region,
                held,
                procurement,
                "О выявленных прокуратурой случаях заключения контрактов с организациями, связанными с должностными"
                        + " лицами заказчиков.",
                "Организовать анализ закупок подведомственных учреждений на предмет конфликта интересов.");
        councils.recordItem(
                region,
                held,
                education,
                "О проведении конкурса «Вместе против коррупции» и уроков антикоррупционного просвещения.",
                "Продолжить работу, итоги представить на следующем заседании.");
        var meeting = councils.meeting(region, held);
        List<Councils.PresenceInput> presence = new ArrayList<>();
        int n = 0;
        for (Attendance a : councils.attendance(region, meeting)) {
            n++;
            if (a.member().fullName().startsWith("Фролова")) {
                presence.add(new Councils.PresenceInput(a.member().id(), Presence.ABSENT, null));
            } else if (a.member().fullName().startsWith("Егоров")) {
                presence.add(new Councils.PresenceInput(
                        a.member().id(),
                        Presence.REPLACED,
                        "Семёнов Алексей Петрович, начальник отдела экономической безопасности и противодействия"
                                + " коррупции"));
            } else {
                presence.add(new Councils.PresenceInput(a.member().id(), Presence.PRESENT, null));
            }
        }
        councils.recordAttendance(region, held, presence);
        councils.addMaterial(
                region,
                held,
                "Справка о мониторинге сайтов.txt",
                ("Справка о результатах мониторинга разделов «Противодействие коррупции» официальных сайтов органов"
                                + " местного самоуправления Калужской области: проверено " + n * 3
                                + " сайтов, замечания по 11.")
                        .getBytes(StandardCharsets.UTF_8));
        councils.hold(region, held);

        assignments.assign(
                region,
                held,
                new CouncilAssignments.AssignmentForm(
                        website,
                        kaluga,
                        "Привести раздел «Противодействие коррупции» официального сайта в соответствие с Приказом"
                                + " Минтруда России от 07.10.2013 №530н, информацию представить в управление по"
                                + " профилактике коррупционных правонарушений.",
                        "Раздел сайта соответствует Приказу №530н",
                        today.plusDays(20)));
        lookup.organization(DemoRegionGenerator.UGH)
                .ifPresent(ugh -> assignments.assign(
                        region,
                        held,
                        new CouncilAssignments.AssignmentForm(
                                procurement,
                                ugh,
                                "Провести анализ закупок подведомственных учреждений за текущий год на предмет"
                                        + " конфликта интересов, результаты представить в совет.",
                                "Аналитическая справка",
                                today.minusDays(5))));
        lookup.organization("Управление образования города Калуги").ifPresent(school -> {
            long done = assignments.assign(
                    region,
                    held,
                    new CouncilAssignments.AssignmentForm(
                            education,
                            school,
                            "Провести в общеобразовательных организациях единый урок антикоррупционного просвещения.",
                            "Урок проведён во всех школах",
                            today.minusDays(10)));
            assignments.report(
                    officer.get(),
                    done,
                    "Единый урок проведён во всех общеобразовательных организациях города, материалы размещены на"
                            + " сайтах школ.",
                    null,
                    null);
            assignments.accept(region, done);
        });
        lookup.officer("obninsk.officer")
                .ifPresent(obninsk -> assignments.assign(
                        region,
                        held,
                        new CouncilAssignments.AssignmentForm(
                                website,
                                obninsk.organizationId(),
                                "Привести раздел «Противодействие коррупции» официального сайта в соответствие с"
                                        + " Приказом №530н.",
                                "",
                                today.plusDays(45))));
        councils.publication(
                region,
                held,
                "Совет рассмотрел состояние разделов «Противодействие коррупции» официальных сайтов органов местного"
                        + " самоуправления, меры по предотвращению конфликта интересов при закупках муниципальных"
                        + " учреждений и итоги антикоррупционного просвещения школьников. Органам местного"
                        + " самоуправления даны поручения со сроками исполнения; ход исполнения контролирует"
                        + " управление по профилактике коррупционных правонарушений.",
                true);

        // the meeting announced
        long next = councils.announce(
                region,
                council,
                new Councils.MeetingForm(
                        today.plusDays(25), "11:00", "г. Калуга, ул. Пролетарская, д. 111, зал заседаний"));
        councils.addAgendaItem(
                region, next, "О ходе исполнения поручений совета по итогам предыдущего заседания", "Соколова И. В.");
        councils.addAgendaItem(
                region,
                next,
                "О взаимодействии органов власти с общественными организациями в сфере противодействия коррупции",
                "Никитина С. Ю.");
    }

    private static long add(
            Councils councils,
            CurrentUser region,
            long council,
            Long employee,
            String name,
            String post,
            String body,
            CouncilRole role,
            LocalDate from) {
        return councils.addMember(
                region, council, new Councils.MemberForm(employee, name, body, post, role, from, null));
    }
}
