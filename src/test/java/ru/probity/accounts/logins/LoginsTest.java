package ru.probity.accounts.logins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginsTest {

    @Test
    void surnameAndInitialsInThePassportsLatin() {
        assertThat(Logins.base("Иванов", "Андрей", "Петрович")).isEqualTo("ivanov.ap");
        assertThat(Logins.base("Щукина", "Юлия", "Ёсифовна")).isEqualTo("shchukina.ie");
        assertThat(Logins.base("Хрущёв", "Яков", null)).isEqualTo("khrushchev.i");
        assertThat(Logins.base("Подъячев", "Эдуард", "Львович")).isEqualTo("podieiachev.el");
        assertThat(Logins.base("Римская-Корсакова", "Ольга", "Ивановна")).isEqualTo("rimskaia-korsakova.oi");
        assertThat(Logins.base("Ли", "Ян", "")).isEqualTo("li.i");
    }

    @Test
    void aLoginIsAtMostFortyCharactersWithRoomForASuffix() {
        String login = Logins.base("Константинопольскийвеликолепнейшийсуперфамилия", "Андрей", "Петрович");
        assertThat(login)
                .hasSizeLessThanOrEqualTo(Logins.MAX_LENGTH - 4)
                .endsWith(".ap")
                .matches("[a-z0-9.-]+");
    }

    @Test
    void aTakenLoginGetsTheSmallestFreeNumber() {
        Set<String> taken = Set.of("ivanov.ap", "ivanov.ap2");
        assertThat(Logins.unique("ivanov.ap", taken::contains)).isEqualTo("ivanov.ap3");
        assertThat(Logins.unique("petrov.ip", taken::contains)).isEqualTo("petrov.ip");
    }
}
