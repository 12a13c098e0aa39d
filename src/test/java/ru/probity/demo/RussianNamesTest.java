package ru.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianNamesTest {

    @Test
    void patronymicsAreFormedFromTheFathersName() {
        assertThat(RussianNames.patronymic("Сергей", false)).isEqualTo("Сергеевич");
        assertThat(RussianNames.patronymic("Сергей", true)).isEqualTo("Сергеевна");
        assertThat(RussianNames.patronymic("Николай", false)).isEqualTo("Николаевич");
        assertThat(RussianNames.patronymic("Николай", true)).isEqualTo("Николаевна");
        assertThat(RussianNames.patronymic("Илья", false)).isEqualTo("Ильич");
        assertThat(RussianNames.patronymic("Илья", true)).isEqualTo("Ильинична");
        assertThat(RussianNames.patronymic("Никита", false)).isEqualTo("Никитич");
        assertThat(RussianNames.patronymic("Никита", true)).isEqualTo("Никитична");
        assertThat(RussianNames.patronymic("Иван", false)).isEqualTo("Иванович");
        assertThat(RussianNames.patronymic("Пётр", true)).isEqualTo("Петровна");
        assertThat(RussianNames.patronymic("Василий", false)).isEqualTo("Васильевич");
        assertThat(RussianNames.patronymic("Игорь", true)).isEqualTo("Игоревна");
        assertThat(RussianNames.patronymic("Михаил", false)).isEqualTo("Михайлович");
        assertThat(RussianNames.patronymic("Дмитрий", true)).isEqualTo("Дмитриевна");
        assertThat(RussianNames.patronymic("Лев", false)).isEqualTo("Львович");
    }

    @Test
    void everyMaleNameGivesAGrammaticalPatronymic() {
        for (String name : RussianNames.MALE_NAMES) {
            assertThat(RussianNames.patronymic(name, false)).as(name).matches("[А-ЯЁ][а-яё]+(ович|евич|ич)");
            assertThat(RussianNames.patronymic(name, true)).as(name).matches("[А-ЯЁ][а-яё]+(овна|евна|ична|инична)");
        }
    }

    @Test
    void surnamesTakeTheFeminineForm() {
        assertThat(RussianNames.surname("Иванов", true)).isEqualTo("Иванова");
        assertThat(RussianNames.surname("Ильин", true)).isEqualTo("Ильина");
        assertThat(RussianNames.surname("Островский", true)).isEqualTo("Островская");
        assertThat(RussianNames.surname("Толстой", true)).isEqualTo("Толстая");
        assertThat(RussianNames.surname("Шевченко", true)).isEqualTo("Шевченко");
        assertThat(RussianNames.surname("Черных", true)).isEqualTo("Черных");
        assertThat(RussianNames.surname("Иванов", false)).isEqualTo("Иванов");
    }

    @Test
    void namesAreTransliteratedForEmailAddresses() {
        assertThat(RussianNames.latin("Журавлёва")).isEqualTo("zhuravleva");
        assertThat(RussianNames.latin("Щербаков")).isEqualTo("shcherbakov");
        assertThat(RussianNames.latin("Спас-Деменск")).isEqualTo("spas-demensk");
        assertThat(RussianNames.shortName("Петров", "Андрей", "Викторович")).isEqualTo("Петров А.В.");
    }
}
