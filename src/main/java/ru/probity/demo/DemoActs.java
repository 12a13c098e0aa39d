package ru.probity.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import ru.probity.access.CurrentUser;
import ru.probity.acts.ActForm;
import ru.probity.acts.ActKind;
import ru.probity.acts.ActStatus;
import ru.probity.acts.ActsHistory;
import ru.probity.acts.Distributions;
import ru.probity.acts.LegalActs;
import ru.probity.acts.Letters;

/**
 * The demo's documents: Kaluga's order on notifications of inducement, sent to the whole city for
 * acknowledgement "под роспись" twelve days ago and mostly signed; УГХ's order on notifying other paid work sent three
 * days ago to the department (its employee still has it to acknowledge); the region's methodological
 * recommendations sent to every municipality as a letter with a receipt, confirmed by Kaluga and
 * Obninsk. Written through the acts module's services as its officers would, the past through
 * {@link ActsHistory}.
 */
final class DemoActs {

    private DemoActs() {}

    static void load(
            LegalActs acts,
            Distributions distributions,
            Letters letters,
            ActsHistory history,
            DemoLookupStore lookup,
            LocalDate today) {
        var region = lookup.officer("region.admin");
        var kalugaOfficer = lookup.officer("kaluga.officer");
        var obninskOfficer = lookup.officer("obninsk.officer");
        var ughOfficer = lookup.officer("ugh.officer");
        var kaluga = lookup.organization(DemoRegionGenerator.KALUGA);
        var ugh = lookup.organization(DemoRegionGenerator.UGH);
        if (region.isEmpty()
                || kalugaOfficer.isEmpty()
                || obninskOfficer.isEmpty()
                || ughOfficer.isEmpty()
                || kaluga.isEmpty()
                || ugh.isEmpty()) {
            return;
        }

        // the local acts on electronic document management and the employees' paper agreements that make
        // the password a simple electronic signature (63-ФЗ ст.6 ч.2, ст.9); other municipalities
        // have none yet and sign on paper
        history.electronicSignature(
                kaluga.get(),
                "95-п",
                today.minusDays(400),
                "Об утверждении Порядка электронного документооборота и использования простой электронной подписи",
                today.minusDays(380),
                "kaluga.officer");
        lookup.organization(DemoRegionGenerator.OBNINSK)
                .ifPresent(obninsk -> history.electronicSignature(
                        obninsk,
                        "1402-п",
                        today.minusDays(300),
                        "Об электронном документообороте в Администрации города Обнинска",
                        today.minusDays(290),
                        "obninsk.officer"));

        long inducement = act(
                acts,
                kalugaOfficer.get(),
                ActKind.MUNICIPAL_ACT,
                "118-п",
                today.minusDays(30),
                "О порядке уведомления представителя нанимателя (работодателя) о фактах обращения в целях"
                        + " склонения муниципального служащего к совершению коррупционных правонарушений",
                "Городская Управа города Калуги",
                "уведомления, склонение, 273-ФЗ ст.9",
                INDUCEMENT_TEXT);
        long sent = distributions.distribute(
                kalugaOfficer.get(),
                inducement,
                new Distributions.Audience(kaluga.get(), List.of(), null, List.of()),
                today.plusDays(3));
        history.sentOn(sent, today.minusDays(12));
        history.signedOnPaper(sent, 70, today.minusDays(1), "kaluga.officer");

        long otherWork = act(
                acts,
                ughOfficer.get(),
                ActKind.LOCAL_ACT,
                "41-од",
                today.minusDays(10),
                "Об утверждении Порядка уведомления работодателя о намерении выполнять иную оплачиваемую" + " работу",
                "Управление городского хозяйства города Калуги",
                "иная оплачиваемая работа, 25-ФЗ ст.11",
                OTHER_WORK_TEXT);
        long otherWorkSent = distributions.distribute(
                ughOfficer.get(),
                otherWork,
                new Distributions.Audience(ugh.get(), List.of(), null, List.of()),
                today.plusDays(7));
        history.sentOn(otherWorkSent, today.minusDays(3));
        history.signedOnPaper(otherWorkSent, 30, today, "ugh.officer");

        long recommendations = act(
                acts,
                region.get(),
                ActKind.METHODOLOGICAL_RECOMMENDATIONS,
                null,
                today.minusDays(5),
                "Методические рекомендации по организации проверки закупок на предмет аффилированности"
                        + " и конфликта интересов",
                "Управление по профилактике коррупционных и иных правонарушений",
                "закупки, конфликт интересов, 44-ФЗ ст.31",
                RECOMMENDATIONS_TEXT);
        long letter = letters.send(
                region.get(),
                recommendations,
                Letters.Recipients.MUNICIPALITIES,
                List.of(),
                today.plusDays(10),
                true,
                "Просим ознакомить ответственных за профилактику коррупционных правонарушений и сообщить"
                        + " о принятых мерах.");
        confirm(letters, kalugaOfficer.get(), letter, "Рекомендации доведены до контрактной службы.");
        confirm(letters, obninskOfficer.get(), letter, null);
        // both on their public sections «Противодействие коррупции» (issue 21, Приказ №530н)
        acts.setPublic(kalugaOfficer.get(), inducement, true);
        acts.setPublic(region.get(), recommendations, true);
    }

    private static long act(
            LegalActs acts,
            CurrentUser officer,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            String title,
            String issuer,
            String tags,
            String text) {
        ActForm form = new ActForm();
        form.setKind(kind);
        form.setNumber(number);
        form.setAdoptedOn(adoptedOn);
        form.setTitle(title);
        form.setIssuer(issuer);
        form.setStatus(ActStatus.IN_FORCE);
        form.setTags(tags);
        long id = acts.create(officer, form);
        acts.addVersion(
                officer,
                id,
                (number == null ? "Рекомендации" : "Приказ " + number) + ".txt",
                (title + "\n\n" + text).getBytes(StandardCharsets.UTF_8),
                null,
                false);
        return id;
    }

    private static void confirm(Letters letters, CurrentUser officer, long letter, String answer) {
        letters.recipients(officer, letter).stream()
                .filter(Letters.Recipient::mine)
                .findFirst()
                .ifPresent(r -> letters.confirm(officer, r.id(), answer));
    }

    private static final String INDUCEMENT_TEXT = """
            1. Муниципальный служащий обязан уведомлять представителя нанимателя (работодателя), органы
            прокуратуры или другие государственные органы обо всех случаях обращения к нему каких-либо лиц
            в целях склонения его к совершению коррупционных правонарушений (статья 9 Федерального закона
            от 25.12.2008 № 273-ФЗ «О противодействии коррупции»).

            2. Уведомление представляется в письменной форме не позднее рабочего дня, следующего за днём
            обращения, по форме согласно приложению, либо подаётся в электронном виде в информационной
            системе.

            3. Уведомление регистрируется в журнале регистрации уведомлений в день его поступления;
            муниципальному служащему выдаётся талон-уведомление с указанием регистрационного номера.

            4. Организация проверки сведений, содержащихся в уведомлении, осуществляется в течение десяти
            рабочих дней со дня регистрации уведомления.

            5. Невыполнение обязанности, предусмотренной пунктом 1, является правонарушением, влекущим
            увольнение с муниципальной службы либо привлечение к иным видам ответственности.
            """;

    private static final String OTHER_WORK_TEXT = """
            1. Муниципальный служащий вправе с предварительным уведомлением представителя нанимателя
            выполнять иную оплачиваемую работу, если это не повлечёт за собой конфликт интересов (часть 2
            статьи 11 Федерального закона от 02.03.2007 № 25-ФЗ «О муниципальной службе в Российской
            Федерации»).

            2. Уведомление представляется до начала выполнения иной оплачиваемой работы по форме согласно
            приложению и регистрируется в журнале в день поступления.

            3. Уведомление рассматривается ответственным за профилактику коррупционных правонарушений; при
            возможном конфликте интересов материалы направляются в комиссию по соблюдению требований к
            служебному поведению и урегулированию конфликта интересов.
            """;

    private static final String RECOMMENDATIONS_TEXT = """
            1. Проверке подлежит каждый контракт, заключённый заказчиком: сведения о поставщике сопоставляются
            со сведениями о руководителе заказчика, членах комиссии по осуществлению закупок, руководителе
            контрактной службы, контрактном управляющем и их родственниках (пункт 9 части 1 статьи 31
            Федерального закона от 05.04.2013 № 44-ФЗ).

            2. Сведения об учредителях и руководителях поставщика берутся из ЕГРЮЛ и ЕГРИП на дату
            заключения контракта.

            3. О выявленном конфликте интересов сообщается представителю нанимателя; материалы
            направляются в комиссию по соблюдению требований к служебному поведению и урегулированию
            конфликта интересов.
            """;
}
