package ru.probity.demo;

import java.time.LocalDate;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.expertise.DocumentForm;
import ru.probity.expertise.Expertise;
import ru.probity.expertise.ExpertiseKind;
import ru.probity.expertise.ExpertiseSubject;
import ru.probity.expertise.PublicationHistory;

/**
 * One draft of the Kaluga city economy department published for independent and public expertise,
 * with one conclusion of an accredited independent expert received — so that /public/expertise and
 * the officers' register of conclusions are not empty (through the expertise module's demo entry).
 */
final class DemoExpertisePublications {

    private DemoExpertisePublications() {}

    static void load(Expertise expertise, PublicationHistory history, DemoLookupStore lookup, LocalDate today) {
        Long ugh = lookup.organization(DemoRegionGenerator.UGH).orElse(null);
        var lawyer = lookup.officer("ugh.lawyer")
                .map(u -> new CurrentUser(
                        u.userId(), u.username(), u.fullName(), Role.LEGAL_EXPERT, u.organizationId(), null));
        if (ugh == null || lawyer.isEmpty()) {
            return;
        }
        long document = expertise.register(
                lawyer.get(),
                new DocumentForm(
                        ugh,
                        ExpertiseSubject.DRAFT,
                        ExpertiseKind.RESOLUTION,
                        "Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий",
                        ugh,
                        null,
                        null,
                        null,
                        "ugh.lawyer"));
        String text = """
                        ПРОЕКТ

                        ПОСТАНОВЛЕНИЕ
                        Городской Управы города Калуги

                        Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий

                        1. Утвердить порядок предоставления субсидий на благоустройство дворовых территорий.
                        2. Управление городского хозяйства вправе отказать в предоставлении субсидии.
                        2.1. Заявитель представляет заявление, смету и иные документы по требованию управления.
                        2.2. Решение принимается в разумный срок.
                        3. Контроль за исполнением постановления возложить на начальника управления.
                        """;
        long version = expertise
                .addVersion(
                        lawyer.get(),
                        document,
                        "проект-постановления-о-субсидиях.txt",
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        null)
                .id();
        history.publishWithConclusion(
                version,
                new PublicationHistory.DemoConclusion(
                        "Лебедев Игорь Николаевич",
                        "lebedev.expert@example.org",
                        "№ 1234-р",
                        today.minusYears(3).withDayOfMonth(1),
                        """
                        В пункте 2 проекта выявлен коррупциогенный фактор «определение компетенции по формуле\
                         „вправе“» (подпункт «б» пункта 3 Методики): предлагается указать основания отказа.
                        В подпункте 2.1 — открытый перечень документов («иные документы»), в подпункте 2.2 —\
                         неопределённый срок («разумный срок») (подпункт «в» пункта 4 Методики): предлагается\
                         установить закрытый перечень и срок в рабочих днях."""),
                "ugh.officer");
    }
}
