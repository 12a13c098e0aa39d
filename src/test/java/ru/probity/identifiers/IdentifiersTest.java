package ru.probity.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsRealOrganizationInnAndRejectsWrongCheckDigit() {
        assertThat(Identifiers.checkOrganizationInn("7707083893")).isEmpty(); // Sberbank
        assertThat(Identifiers.checkOrganizationInn("7707083894")).contains("неверная контрольная цифра ИНН");
        assertThat(Identifiers.checkOrganizationInn("77070838")).isPresent();
    }

    @Test
    void acceptsValidPersonInnAndRejectsWrongCheckDigits() {
        String inn = Identifiers.completePersonInn("4027123456");
        assertThat(Identifiers.checkPersonInn(inn)).isEmpty();
        String broken = inn.substring(0, 11) + ((inn.charAt(11) - '0' + 1) % 10);
        assertThat(Identifiers.checkPersonInn(broken)).isPresent();
        assertThat(Identifiers.checkPersonInn("500100732259")).isEmpty();
    }

    @Test
    void acceptsRealOgrnAndOgrnip() {
        assertThat(Identifiers.checkOgrn("1027700132195")).isEmpty(); // Sberbank
        assertThat(Identifiers.checkOgrn("1027700132196")).isPresent();
        assertThat(Identifiers.checkOgrnip(Identifiers.completeOgrnip("30440271234567")))
                .isEmpty();
    }

    @Test
    void checksSnilsChecksumIncludingTheModulo101Rule() {
        assertThat(Identifiers.checkSnils("11223344595")).isEmpty();
        assertThat(Identifiers.checkSnils("11223344596")).contains("неверная контрольная сумма СНИЛС");
        assertThat(Identifiers.checkSnils(Identifiers.completeSnils("123456789")))
                .isEmpty();
        assertThat(Identifiers.formatSnils("11223344595")).isEqualTo("112-233-445 95");
    }

    @Test
    void stripsSeparatorsFromTypedNumbers() {
        assertThat(Identifiers.digits("112-233-445 95")).isEqualTo("11223344595");
        assertThat(Identifiers.digits("  ")).isNull();
    }

    @Test
    void acceptsKppWithLettersInTheReasonCode() {
        assertThat(Identifiers.checkKpp("402701001")).isEmpty();
        assertThat(Identifiers.checkKpp("7743AB001")).isEmpty();
        assertThat(Identifiers.checkKpp("40270100")).isPresent();
    }
}
