package ru.probity.expertise.detector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector on the Методика's (ПП РФ №96) typical wordings, and on the wordings that are not factors. */
class FactorDetectorTest {

    private final FactorDetector detector = new FactorDetector();

    private List<String> factors(String text) {
        return detector.scan(text).stream()
                .map(h -> h.factor().code())
                .distinct()
                .toList();
    }

    @Test
    void theBodysVpraveIsThreeBButTheApplicantsIsNot() {
        assertThat(factors("2.3. Администрация вправе отказать в выдаче разрешения."))
                .contains("3б");
        assertThat(factors("2.4. Заявитель вправе отозвать заявление до принятия решения."))
                .doesNotContain("3б");
        assertThat(factors("Заявитель, не согласный с решением администрации, вправе обжаловать его в суд."))
                .doesNotContain("3б");
    }

    @Test
    void everyFormOfMozhetIsThreeBWhenTheBodyActsButNotInLimits() {
        assertThat(factors("Комиссия может запросить у заявителя пояснения в течение 5 дней."))
                .contains("3б");
        assertThat(factors("Должностные лица могут проводить внеплановые проверки в случае поступления жалоб."))
                .contains("3б");
        assertThat(factors("Срок рассмотрения не может быть менее 10 дней.")).isEmpty();
        assertThat(factors("Срок рассмотрения заявления не может превышать 30 календарных дней."))
                .isEmpty();
    }

    @Test
    void aHintCarriesTheClauseTheSpanAndAnExplanationCitingTheMetodika() {
        String text = "1. Общие положения\n2.3. Администрация вправе отказать в выдаче разрешения.";
        Hint hint = detector.scan(text).stream()
                .filter(h -> h.factor() == Factor.P3B)
                .findFirst()
                .orElseThrow();
        assertThat(hint.clause()).isEqualTo("2.3");
        assertThat(text.substring(hint.start(), hint.end()))
                .isEqualTo(hint.text())
                .isEqualTo("вправе");
        assertThat(hint.explanation()).startsWith("п.3 «б» Методики (ПП РФ № 96)");
    }

    @Test
    void evaluativeWordsInEveryFormAreFourV() {
        assertThat(factors("Органы обязаны своевременно информировать заявителей."))
                .contains("4в");
        assertThat(factors("В целях своевременного рассмотрения обращений.")).contains("4в");
        assertThat(factors("К заявлению прилагаются копия паспорта и иные документы."))
                .contains("4в");
        assertThat(factors("Ответ направляется в разумный срок.")).contains("4в");
    }

    @Test
    void discretionWithoutGroundsOrTermIsThreeA() {
        assertThat(factors("Администрация вправе приостановить действие разрешения."))
                .contains("3а", "3б");
        assertThat(factors("Решение принимается комиссией по своему усмотрению."))
                .contains("3а");
        assertThat(factors("Срок рассмотрения заявления может быть продлен.")).contains("3а");
        assertThat(factors("Срок рассмотрения может быть продлен не более чем на 30 дней."))
                .doesNotContain("3а");
        assertThat(factors("Заявление рассматривается в срок, установленный руководителем."))
                .contains("3а");
        assertThat(factors("Администрация вправе отказать в случаях, предусмотренных пунктом 2.8."))
                .contains("3б")
                .doesNotContain("3а");
    }

    @Test
    void anAmountTheBodySetsWithoutALimitIsThreeA() {
        assertThat(factors("Размер материальной помощи определяется комиссией исходя из сложившейся ситуации."))
                .contains("3а", "4в");
        assertThat(factors("Премия устанавливается главой администрации в процентах от должностного оклада."))
                .contains("3а");
        assertThat(factors(
                        "Размер премии устанавливается руководителем и не может превышать двух должностных окладов."))
                .doesNotContain("3а");
        assertThat(factors("Руководитель имеет право перераспределять средства фонда оплаты труда."))
                .contains("3а", "3б");
        assertThat(factors("Комиссия устанавливает сумму материальной помощи гражданину."))
                .contains("3а");
        assertThat(factors("Комиссия устанавливает сумму материальной помощи в размере не более 5000 рублей."))
                .doesNotContain("3а");
    }

    @Test
    void aPowerListedAfterVpraveAndADecisionWithoutCriteriaAreThreeA() {
        assertThat(
                        factors(
                                "Комиссия имеет право:\n4.4. Требовать от участников разъяснений.\n4.5. Отклонять заявки на участие в конкурсе."))
                .contains("3а", "3б");
        assertThat(factors("Решение о способе заключения договора аренды принимается администрацией города."))
                .contains("3а");
        // going to court is a claim, not a power over the citizen
        assertThat(factors("Администрация вправе обратиться в суд с иском о демонтаже рекламной конструкции."))
                .isEmpty();
    }

    @Test
    void meetingsAsNeededWithoutATermAreThreeZhButNotWhenBounded() {
        assertThat(
                        factors(
                                "3.1. Заседания комиссии проводятся по мере необходимости.\n3.2. Решения принимаются большинством голосов."))
                .contains("3ж", "4в");
        assertThat(factors("Заседания комиссии проводятся по мере необходимости, но не реже двух раз в месяц."))
                .isEmpty();
        assertThat(factors("Заседания административной комиссии проводятся по мере необходимости."))
                .isEmpty();
    }

    @Test
    void theCivilLawBreachAndThirdPersonsAreNotFourV() {
        assertThat(
                        factors(
                                "За неисполнение или ненадлежащее исполнение условий договора арендатор уплачивает штраф в размере 10 процентов."))
                .isEmpty();
        assertThat(
                        factors(
                                "Заявление, содержащее выражения, оскорбляющие честь и достоинство других лиц, оставляется без ответа."))
                .doesNotContain("4в");
        assertThat(factors("Собственники обязаны содержать территорию в надлежащем состоянии."))
                .contains("4в");
        assertThat(
                        factors(
                                "Жилые помещения предоставляются работникам, в которых учреждения испытывают значительную потребность."))
                .contains("4в");
    }

    @Test
    void aProcedureWithoutTermListOrGroundsIsThreeZh() {
        assertThat(factors("Документы представляются в установленном порядке.")).contains("3ж");
        assertThat(factors("К заявлению прилагаются необходимые документы.")).contains("3ж");
        assertThat(factors(
                        "Администрация отказывает в выдаче разрешения в случаях, предусмотренных законодательством."))
                .contains("3ж");
        assertThat(factors("Администрация рассматривает заявление и принимает решение о выдаче разрешения."))
                .contains("3ж");
        assertThat(factors("Администрация рассматривает заявление в течение 10 рабочих дней со дня регистрации."))
                .isEmpty();
        assertThat(factors("Письменный ответ, содержащий результаты рассмотрения жалобы, направляется заявителю."))
                .contains("3ж");
        // a list of a commission's functions is its competence, not a procedure
        assertThat(
                        factors(
                                "Комиссия осуществляет следующие функции:\nрассматривает и оценивает заявки на участие в конкурсе;"))
                .doesNotContain("3ж");
        // a status acquired under other rules
        assertThat(factors(
                        "Контроль проводится в отношении имущества, переданного учреждению в установленном порядке."))
                .doesNotContain("3ж");
    }

    @Test
    void requirementsBeyondTheLawAreFourA() {
        assertThat(factors("К заявлению прилагаются нотариально заверенные копии учредительных документов."))
                .contains("4а");
        assertThat(factors("Заявитель представляет выписку из ЕГРН на земельный участок."))
                .contains("4а");
        assertThat(factors("Заявитель вправе представить по собственной инициативе выписку из ЕГРН."))
                .doesNotContain("4а");
        assertThat(factors("Комиссия вправе запросить у заявителя дополнительные документы."))
                .contains("4а");
        assertThat(factors("Представитель прилагает нотариально удостоверенную доверенность."))
                .doesNotContain("4а");
    }

    @Test
    void selectiveExceptionsAreThreeV() {
        assertThat(factors("Плата вносится ежемесячно, за исключением случаев, установленных администрацией."))
                .contains("3в");
        assertThat(factors("Плата вносится ежемесячно, за исключением случаев, предусмотренных пунктом 4.2."))
                .doesNotContain("3в");
        assertThat(factors("Место размещения определяется по согласованию с главой администрации."))
                .contains("3в");
        assertThat(factors("Льгота предоставляется в индивидуальном порядке.")).contains("3в");
    }

    @Test
    void theOtherFactorsWhereTheirWordingIsExplicit() {
        assertThat(factors("Размер платы устанавливается постановлением администрации."))
                .contains("3г");
        assertThat(factors("Выдача производится в порядке, определяемом администрацией."))
                .contains("3г");
        assertThat(factors("За нарушение правил благоустройства налагается штраф в размере 5000 рублей."))
                .contains("3д");
        assertThat(factors("До принятия федерального закона порядок определяется настоящим положением."))
                .contains("3е");
        assertThat(factors("Земельный участок предоставляется без проведения торгов."))
                .contains("3з");
        assertThat(factors("В случае противоречия норм применяются положения настоящего постановления."))
                .contains("3и");
        assertThat(factors("Заявителю может быть отказано без объяснения причин."))
                .contains("4б");
        assertThat(factors("Решение комиссии является окончательным и обжалованию не подлежит."))
                .contains("4б");
    }

    @Test
    void aListItemTakesTheSubjectOfItsLeadIn() {
        String text = "3.1. Администрация вправе:\n1) запрашивать сведения;\n2) отказать в приеме документов.\n"
                + "3.2. Заявитель вправе:\n1) отозвать заявление.";
        List<Hint> hints = detector.scan(text);
        assertThat(hints)
                .filteredOn(h -> h.factor() == Factor.P3B)
                .extracting(Hint::clause)
                .containsExactly("3.1");
    }

    @Test
    void hintsAreSortedByStartAndEveryOneHasAnExplanation() {
        String text = "Администрация своевременно рассматривает заявление и вправе отказать в установленном порядке.";
        List<Hint> hints = detector.scan(text);
        assertThat(hints).isSortedAccordingTo(java.util.Comparator.comparingInt(Hint::start));
        assertThat(hints).allSatisfy(h -> assertThat(h.explanation()).contains("Методики (ПП РФ № 96)"));
    }

    @Test
    void everyRuleHasAnExplanationCitingItsPointOfTheMetodika() {
        for (Rules.Rule rule : Rules.ALL) {
            String code = rule.factor().code();
            assertThat(FactorDetector.explanation(rule.id()))
                    .as(rule.id())
                    .startsWith("п." + code.charAt(0) + " «" + code.charAt(1) + "» Методики (ПП РФ № 96)");
        }
    }

    /** Text from a PDF: the layout breaks sentences into lines; the subject stays with its modal. */
    @Test
    void aSentenceBrokenIntoLinesByThePdfLayoutIsReadWhole() {
        String text = "2.3. В случае непредставления документов уполномоченный\nорган вправе отказать в приеме\n"
                + "документов в установленном\nпорядке.\n2.4. Заявитель, не согласный с решением,\nвправе его обжаловать.";
        List<Hint> hints = detector.scan(text);
        assertThat(hints)
                .filteredOn(h -> h.factor() == Factor.P3B)
                .extracting(Hint::clause)
                .containsExactly("2.3");
        assertThat(hints)
                .filteredOn(h -> h.factor() == Factor.P3ZH)
                .extracting(Hint::text)
                .containsExactly("в установленном\nпорядке");
    }

    @Test
    void aCommissionThatDecidesOrSetsTheTermWithoutCriteriaIsThreeA() {
        assertThat(factors("Комиссия принимает решение о допуске претендентов к участию в отборе."))
                .contains("3а");
        assertThat(factors("Срок проведения очередного заседания согласовывается председателем Комиссии."))
                .contains("3а");
        assertThat(factors("Комиссия определяет срок приема документов.")).contains("3а");
        assertThat(factors("Объявляются все другие сведения, которые конкурсная комиссия сочтет необходимыми."))
                .contains("3а", "4в");
        // criteria, a term (also in the next sentence) or a vote: not discretion
        assertThat(factors("Комиссия принимает решение о допуске при соответствии заявки критериям отбора."))
                .doesNotContain("3а");
        assertThat(
                        factors(
                                "Специалист принимает решение о выдаче удостоверения.\nМаксимальный срок процедуры составляет 60 минут."))
                .doesNotContain("3а", "3ж");
        assertThat(factors("Решение Комиссии принимается простым большинством голосов."))
                .isEmpty();
    }

    @Test
    void thePassiveMayBeRefusedOrGrantedIsThreeB() {
        assertThat(factors("В предоставлении муниципальной услуги может быть отказано."))
                .contains("3б", "3а");
        assertThat(
                        factors(
                                "Дополнительные льготы, не указанные в настоящем Положении, могут быть предоставлены комиссией."))
                .contains("3б", "3а", "3в");
        assertThat(factors("В предоставлении услуги не может быть отказано по основаниям, не указанным в пункте 2.8."))
                .doesNotContain("3б");
        assertThat(factors("Заявление может быть направлено через организацию почтовой связи."))
                .isEmpty();
    }

    @Test
    void openListsWithOtherNounsAreFourV() {
        assertThat(factors("Помощь оказывается инвалидам, пенсионерам и другим малоимущим гражданам."))
                .contains("4в");
        assertThat(factors("если заявитель страдает другими заболеваниями")).contains("4в");
        assertThat(factors("расходы на связь, транспорт и др.")).contains("4в");
        assertThat(factors("и иные действия, необходимые для предоставления государственной услуги"))
                .contains("4в", "3ж");
        assertThat(factors("иные документы, предусмотренные пунктом 2.6 настоящего регламента"))
                .doesNotContain("4в");
        // the Budget Code's own wording, a prohibition, a comparative term
        assertThat(factors("на проведение аварийно-восстановительных работ и иных мероприятий, связанных с ликвидацией"
                        + " последствий стихийных бедствий"))
                .doesNotContain("4в");
        assertThat(factors("Отказ в регистрации по иным основаниям не допускается."))
                .doesNotContain("4в");
        assertThat(factors("если более короткие сроки рассмотрения жалобы не установлены органом"))
                .doesNotContain("4в");
    }

    @Test
    void aNoticeWithoutATermIsThreeZhAndALateDocumentThatIsNoGroundIsNotFourV() {
        assertThat(factors("Об отказе в предоставлении муниципальной услуги заявитель уведомляется письмом отдела."))
                .contains("3ж");
        assertThat(factors("Заявитель уведомляется о принятом решении в течение 3 рабочих дней."))
                .doesNotContain("3ж");
        assertThat(factors("Несвоевременное представление органом документов не может являться основанием для отказа."))
                .doesNotContain("4в");
    }

    @Test
    void theRightsOfApplicantsAndTheInnerWorkOfACommissionAreNotThreeB() {
        assertThat(factors("На заседаниях Комиссии вправе присутствовать заявители, которые могут давать пояснения."))
                .isEmpty();
        assertThat(factors("Председатель Комиссии имеет право решающего голоса при голосовании."))
                .isEmpty();
        assertThat(
                        factors(
                                "Специалист регистрирует заявление в соответствии с установленными правилами делопроизводства."))
                .contains("3ж");
    }
}
