package ru.probity.procurement.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full names in the genitive, as the minutes write them after «в отношении». */
class GenitiveTest {

    @ParameterizedTest
    @CsvSource({
        "Иванов Пётр Сергеевич, Иванова Петра Сергеевича",
        "Иванова Анна Сергеевна, Ивановой Анны Сергеевны",
        "Толстой Лев Николаевич, Толстого Льва Николаевича",
        "Островская Мария Ильинична, Островской Марии Ильиничны",
        "Островский Павел Андреевич, Островского Павла Андреевича",
        "Шевчук Ольга Ивановна, Шевчук Ольги Ивановны",
        "Шевчук Игорь Иванович, Шевчука Игоря Ивановича",
        "Шевченко Никита Ильич, Шевченко Никиты Ильича",
        "Глинка Михаил Иванович, Глинки Михаила Ивановича",
        "Черных Любовь Петровна, Черных Любови Петровны",
        "Гоголь Николай Васильевич, Гоголя Николая Васильевича",
        "Ильина Дарья Олеговна, Ильиной Дарьи Олеговны",
        "Салтыков-Щедрин Михаил Евграфович, Салтыкова-Щедрина Михаила Евграфовича",
        "Долгорукий Юрий Владимирович, Долгорукого Юрия Владимировича",
        "Кузнецова Ольга, Кузнецовой Ольги"
    })
    void declinesEachPartByTheGenderOfThePerson(String nominative, String genitive) {
        assertThat(RussianNames.genitive(nominative)).isEqualTo(genitive);
    }
}
