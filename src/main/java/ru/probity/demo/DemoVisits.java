package ru.probity.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.agreements.Agreements;
import ru.probity.visits.Visit;
import ru.probity.visits.Visits;
import ru.probity.visits.model.Verdict;

/**
 * The demo's on-site visits and agreements (issue 20, items 3 and 4), after the seed text on the
 * Kaluga region: a monitoring visit to Kaluga (the organization of {@code kaluga.officer}) held two
 * months ago with its checklist filled in — two items not compliant, one not applicable — an
 * evidence file and two recommendations, one overdue without a report and one reported by the
 * officer and waiting on the region; a visit to Obninsk planned; the agreement of February 2017
 * between the region and Kaluga on the interaction in preventing corruption with its obligations
 * (one overdue, one done), and one with the prosecutor's office as an external party. Written
 * through the modules' services.
 */
final class DemoVisits {

    /** The services the demo writes through. */
    @Component
    record Services(Visits visits, Agreements agreements) {}

    private DemoVisits() {}

    static void load(Services services, DemoLookupStore lookup, LocalDate today) {
        var admin = lookup.officer("region.admin")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.REGIONAL_ADMIN, u.organizationId(), null));
        var officer = lookup.officer("kaluga.officer");
        var obninsk = lookup.officer("obninsk.officer");
        if (admin.isEmpty() || officer.isEmpty()) {
            return;
        }
        Visits visits = services.visits();
        long kaluga = officer.get().organizationId();
        String team = "Соколова И. В., начальник управления по профилактике коррупционных правонарушений\n"
                + "Белов А. Н., консультант управления по профилактике коррупционных правонарушений";

        long held = visits.plan(
                admin.get(),
                new Visits.VisitForm(
                        kaluga,
                        today.minusDays(61),
                        today.minusDays(60),
                        "Мониторинг деятельности по профилактике коррупционных правонарушений и соблюдения"
                                + " законодательства о противодействии коррупции",
                        team,
                        null));
        visits.hold(
                admin.get(),
                held,
                today.minusDays(61),
                today.minusDays(60),
                "Работа по профилактике коррупционных правонарушений в целом организована. Выявлены недостатки в"
                        + " ведении раздела «Противодействие коррупции» официального сайта и в регистрации уведомлений"
                        + " об иной оплачиваемой работе.");
        Visit visit = visits.get(admin.get(), held);
        List<Visits.ResultInput> results = new ArrayList<>();
        long website = 0;
        long paidWork = 0;
        for (var section : visits.checklist(admin.get(), visit).values()) {
            for (Visits.Row row : section) {
                String text = row.item().text();
                if (text.startsWith("Раздел «Противодействие коррупции»")) {
                    website = row.item().id();
                    results.add(
                            new Visits.ResultInput(
                                    website,
                                    Verdict.NOT_COMPLIANT,
                                    "Нет подразделов «Методические материалы» и «Формы документов», обратная связь не работает."));
                } else if (text.startsWith("Уведомления о намерении")) {
                    paidWork = row.item().id();
                    results.add(new Visits.ResultInput(
                            paidWork,
                            Verdict.NOT_COMPLIANT,
                            "Два уведомления 2026 года зарегистрированы после начала работы."));
                } else if (text.startsWith("Проекты нормативных правовых актов размещаются")) {
                    results.add(new Visits.ResultInput(
                            row.item().id(), Verdict.NOT_APPLICABLE, "Проекты за период не разрабатывались."));
                } else {
                    results.add(new Visits.ResultInput(row.item().id(), Verdict.COMPLIANT, null));
                }
            }
        }
        visits.record(admin.get(), held, results);
        visits.addEvidence(
                admin.get(),
                held,
                website == 0 ? null : website,
                "Снимок раздела сайта.txt",
                ("Раздел «Противодействие коррупции» официального сайта на " + today.minusDays(61)
                                + ": подразделы «Нормативные правовые и иные акты», «Антикоррупционная экспертиза»,"
                                + " «Сведения о доходах», «Комиссия»; иных подразделов нет.")
                        .getBytes(StandardCharsets.UTF_8));
        visits.recommend(
                admin.get(),
                held,
                website == 0 ? null : website,
                "Привести раздел «Противодействие коррупции» официального сайта в соответствие с Приказом Минтруда"
                        + " России от 07.10.2013 №530н.",
                today.minusDays(15));
        long journal = visits.recommend(
                admin.get(),
                held,
                paidWork == 0 ? null : paidWork,
                "Обеспечить регистрацию уведомлений о намерении выполнять иную оплачиваемую работу до её начала"
                        + " (25-ФЗ ст.11 ч.2), провести разъяснительную работу со служащими.",
                today.plusDays(30));
        visits.report(
                officer.get(),
                held,
                journal,
                "Проведено совещание с кадровыми службами, служащие ознакомлены с порядком уведомления под подпись.",
                null,
                null);

        if (obninsk.isPresent()) {
            visits.plan(
                    admin.get(),
                    new Visits.VisitForm(
                            obninsk.get().organizationId(),
                            today.plusDays(20),
                            today.plusDays(21),
                            "Мониторинг деятельности по профилактике коррупционных правонарушений",
                            team,
                            null));
        }

        Agreements agreements = services.agreements();
        long region = admin.get().organizationId();
        long agreement = agreements.create(
                admin.get(),
                new Agreements.AgreementForm(
                        "7-С",
                        LocalDate.of(2017, 2, 15),
                        "О взаимодействии в области реализации мер по противодействию коррупции и профилактики"
                                + " коррупционных правонарушений",
                        LocalDate.of(2017, 2, 15),
                        null,
                        List.of(region, kaluga),
                        null,
                        "Цель — формирование у муниципальных служащих нетерпимости к коррупционному поведению."));
        var parties = agreements.get(admin.get(), agreement).parties();
        long regionParty = parties.getFirst().id();
        long kalugaParty = parties.getLast().id();
        agreements.addObligation(
                admin.get(), agreement, "Оказание методической и консультативной помощи", regionParty, null);
        long training = agreements.addObligation(
                admin.get(),
                agreement,
                "Организация обучающего семинара для муниципальных служащих",
                regionParty,
                today.minusDays(40));
        agreements.markDone(admin.get(), agreement, training, today.minusDays(45), "Семинар в режиме видеоконференции");
        agreements.addObligation(
                admin.get(),
                agreement,
                "Представление информации о деятельности по профилактике коррупционных правонарушений за полугодие",
                kalugaParty,
                today.minusDays(5));
        agreements.addObligation(
                admin.get(),
                agreement,
                "Обмен информацией и опытом работы",
                null,
                LocalDate.of(today.getYear(), 12, 31));

        agreements.create(
                admin.get(),
                new Agreements.AgreementForm(
                        "3/2018",
                        LocalDate.of(2018, 3, 1),
                        "О взаимодействии в сфере противодействия коррупции и правового просвещения",
                        LocalDate.of(2018, 3, 1),
                        LocalDate.of(2020, 12, 31),
                        List.of(region),
                        "Прокуратура Калужской области",
                        null));
    }
}
