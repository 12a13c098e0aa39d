package ru.probity.procurement.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
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
        assertThat(RussianNames.patronymic("Юрий", false)).isEqualTo("Юрьевич");
        assertThat(RussianNames.patronymic("Семён", true)).isEqualTo("Семёновна");
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
        assertThat(RussianNames.surname("Соловьёв", true)).isEqualTo("Соловьёва");
        assertThat(RussianNames.surname("Островский", true)).isEqualTo("Островская");
        assertThat(RussianNames.surname("Толстой", true)).isEqualTo("Толстая");
        assertThat(RussianNames.surname("Шевченко", true)).isEqualTo("Шевченко");
        assertThat(RussianNames.surname("Черных", true)).isEqualTo("Черных");
        assertThat(RussianNames.surname("Иванов", false)).isEqualTo("Иванов");
    }

    @Test
    void theMasculineFormIsTheFeminineOneReversed() {
        for (String surname : RussianNames.SURNAMES) {
            assertThat(RussianNames.masculine(RussianNames.feminine(surname)))
                    .as(surname)
                    .isEqualTo(surname);
            assertThat(RussianNames.masculine(surname)).as(surname).isEqualTo(surname);
        }
        assertThat(RussianNames.masculine("Высоцкая")).isEqualTo("Высоцкий");
        assertThat(RussianNames.masculine("Трубецкая")).isEqualTo("Трубецкой");
        assertThat(RussianNames.masculine("Седая")).isEqualTo("Седой");
        assertThat(RussianNames.masculine("Глинка")).isEqualTo("Глинка");
    }

    @Test
    void theListsHoldNoDuplicatesAndKeepTheirSeededSize() {
        for (List<String> list : List.of(RussianNames.SURNAMES, RussianNames.MALE_NAMES, RussianNames.FEMALE_NAMES)) {
            assertThat(new HashSet<>(list)).hasSameSizeAs(list);
        }
        assertThat(RussianNames.SURNAMES)
                .hasSize(160)
                .startsWith("Иванов", "Смирнов")
                .endsWith("Черных", "Седых");
        assertThat(RussianNames.MALE_NAMES).hasSize(50).startsWith("Александр").endsWith("Лев");
        assertThat(RussianNames.FEMALE_NAMES)
                .hasSize(42)
                .startsWith("Анастасия")
                .endsWith("Алёна");
    }

    @Test
    void thePossessiveSuffixIsTheOneTheCanonicalFormReads() {
        assertThat(RussianNames.possessive("Иванов")).isTrue();
        assertThat(RussianNames.possessive("Королёв")).isTrue();
        assertThat(RussianNames.possessive("Сорокин")).isTrue();
        assertThat(RussianNames.possessive("Цыбин")).isTrue();
        assertThat(RussianNames.possessive("Ковальчук")).isFalse();
        assertThat(Grammar.possessive("ов")).isFalse();
        assertThat(Grammar.possessive("петров")).isTrue();
    }

    @Test
    void namesAreTransliteratedForEmailAddresses() {
        assertThat(RussianNames.latin("Журавлёва")).isEqualTo("zhuravleva");
        assertThat(RussianNames.latin("Щербаков")).isEqualTo("shcherbakov");
        assertThat(RussianNames.latin("Спас-Деменск")).isEqualTo("spas-demensk");
        assertThat(RussianNames.initial("Юрий")).isEqualTo("y");
        assertThat(RussianNames.initial("Жанна")).isEqualTo("z");
        assertThat(RussianNames.shortName("Петров", "Андрей", "Викторович")).isEqualTo("Петров А.В.");
    }

    @Test
    void theCommonSpellingIsTheOlderOne() {
        assertThat(RussianNames.commonLatin("юрьев")).isEqualTo("yurev");
        assertThat(RussianNames.commonLatin("майя")).isEqualTo("mayya");
        assertThat(RussianNames.commonLatin("семён")).isEqualTo("semyon");
        assertThat(RussianNames.commonLatin("щукин-x")).isEqualTo("shchukin-x");
    }
}
