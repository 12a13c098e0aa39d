package ru.probity.training.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleXmlTest {

    private static final String BANK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Probity/273-ФЗ</text></category></question>
              <question type="multichoice">
                <name><text>Конфликт интересов</text></name>
                <questiontext format="html"><text><![CDATA[<p>Что такое <b>конфликт интересов</b>?</p><p>Выберите&nbsp;один.</p>]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<p>ч. 1 ст. 10 273-ФЗ</p>]]></text></generalfeedback>
                <single>true</single>
                <answer fraction="100"><text>Личная заинтересованность влияет на исполнение обязанностей</text></answer>
                <answer fraction="0"><text>Спор с руководителем</text></answer>
                <tags><tag><text>273-ФЗ</text></tag><tag><text>конфликт интересов</text></tag></tags>
              </question>
              <question type="multichoice">
                <name><text>Кто подаёт сведения</text></name>
                <questiontext format="html"><text>Сведения подаются о &lt;доходах&gt; кого?</text></questiontext>
                <single>false</single>
                <answer fraction="50"><text>Супруги</text></answer>
                <answer fraction="50"><text>Несовершеннолетних детей</text></answer>
                <answer fraction="-50"><text>Родителей</text></answer>
              </question>
              <question type="category"><category><text>$course$/top/Probity/44-ФЗ</text></category></question>
              <question type="matching">
                <name><text>Роли</text></name>
                <questiontext format="html"><text>Сопоставьте</text></questiontext>
                <subquestion format="html"><text><![CDATA[<p>Руководитель заказчика</p>]]></text><answer><text>должностное лицо</text></answer></subquestion>
                <subquestion format="html"><text>Супруг</text><answer><text>связь</text></answer></subquestion>
              </question>
              <question type="shortanswer">
                <name><text>Доля</text></name>
                <questiontext format="html"><text>Больше скольких процентов — выгодоприобретатель?</text></questiontext>
                <answer fraction="100"><text>10</text></answer>
                <answer fraction="100"><text>10%</text></answer>
                <answer fraction="0"><text>5</text></answer>
              </question>
            </quiz>
            """;

    private static List<Question> read(String xml) throws QuestionFileException {
        return MoodleXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bank.xml");
    }

    @Test
    void everySupportedTypeIsReadWithItsCategoryTagsAndPlainText() throws Exception {
        List<Question> questions = read(BANK);

        assertThat(questions)
                .extracting(Question::kind)
                .containsExactly(
                        Question.Kind.SINGLE, Question.Kind.MULTIPLE, Question.Kind.MATCHING, Question.Kind.SHORT);
        Question first = questions.getFirst();
        assertThat(first.category()).isEqualTo("273-ФЗ");
        assertThat(first.text()).isEqualTo("Что такое конфликт интересов?\nВыберите один.");
        assertThat(first.explanation()).isEqualTo("ч. 1 ст. 10 273-ФЗ");
        assertThat(first.tags()).containsExactly("273-ФЗ", "конфликт интересов");
        assertThat(first.options()).filteredOn(Question.Option::right).hasSize(1);
        assertThat(questions.get(1).text()).isEqualTo("Сведения подаются о <доходах> кого?");
        assertThat(questions.get(2).category()).isEqualTo("44-ФЗ");
        assertThat(questions.get(2).options())
                .extracting(Question.Option::match)
                .containsExactly("должностное лицо", "связь");
        assertThat(questions.get(3).options()).extracting(Question.Option::text).containsExactly("10", "10%");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        List<Question> questions = read(BANK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MoodleXml.write(questions, out);

        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(questions);
    }

    @Test
    void anUnsupportedTypeOrABrokenQuestionIsRefusedByItsPlace() {
        assertThatThrownBy(() -> read(BANK.replace("type=\"matching\"", "type=\"essay\"")))
                .hasMessageContaining("вопрос 3 («Роли»)")
                .hasMessageContaining("тип «essay» не поддерживается");
        assertThatThrownBy(() -> read(BANK.replace("fraction=\"0\"><text>Спор", "fraction=\"100\"><text>Спор")))
                .hasMessageContaining("вопрос 1")
                .hasMessageContaining("ровно один верный");
    }

    @Test
    void aDoctypeIsRefusedSoThatNoExternalEntityIsEverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<quiz><question type=\"shortanswer\"><questiontext><text>&x;</text></questiontext>"
                + "<answer fraction=\"100\"><text>a</text></answer></question></quiz>";
        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(QuestionFileException.class)
                .hasMessageContaining("bank.xml");
    }
}
