package ru.probity.procurement.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.PersonName;

class PersonMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1975, 3, 14);

    private final NameFrequencies frequencies = new NameFrequencies();
    private final PersonMatcher matcher = new PersonMatcher(frequencies);

    private static PersonName name(String last, String first, String middle) {
        return new PersonName(last, first, middle);
    }

    private static PersonFacts person(PersonName name) {
        return new PersonFacts(name, null, null, null, null, null, null, null);
    }

    private static PersonFacts with(
            PersonName name, LocalDate born, String phone, String email, String address, String region) {
        return new PersonFacts(name, null, null, born, phone, email, address, region);
    }

    private static final PersonName IVANOV = name("Иванов", "Иван", "Иванович");
    private static final PersonName IVANOV_GENITIVE = name("Иванова", "Ивана", "Ивановича");

    @Test
    void the_same_inn_is_the_same_person_whatever_the_names() {
        Optional<Match> m = matcher.match(
                PersonFacts.named(IVANOV, "402700123456"), PersonFacts.named(name("Петров", "П", "П"), "402700123456"));
        assertThat(m).get().extracting(Match::confidence).isEqualTo(Confidence.HIGH);
        assertThat(m.get().reason()).contains("ИНН");
    }

    @Test
    void different_inns_are_different_people_even_with_the_same_name() {
        assertThat(matcher.match(PersonFacts.named(IVANOV, "402700123456"), PersonFacts.named(IVANOV, "402700654321")))
                .isEmpty();
    }

    @Test
    void a_company_inn_against_a_personal_one_means_different_people() {
        assertThat(matcher.match(PersonFacts.named(IVANOV, "4027001234"), PersonFacts.named(IVANOV, "402700123456")))
                .isEmpty();
    }

    @Test
    void the_same_snils_is_the_same_person() {
        PersonFacts a = new PersonFacts(IVANOV, null, "112-233-445 95", null, null, null, null, null);
        PersonFacts b = new PersonFacts(IVANOV_GENITIVE, null, "11223344595", null, null, null, null, null);
        assertThat(matcher.match(a, b)).get().extracting(Match::confidence).isEqualTo(Confidence.HIGH);
    }

    @Test
    void the_name_alone_is_a_low_lead_even_across_grammatical_cases() {
        Optional<Match> m = matcher.match(person(IVANOV), person(IVANOV_GENITIVE));
        assertThat(m).get().isEqualTo(new Match(Confidence.LOW, "совпадают только ФИО"));
    }

    @Test
    void different_names_do_not_match() {
        assertThat(matcher.match(person(IVANOV), person(name("Иванов", "Иван", "Петрович"))))
                .isEmpty();
        assertThat(matcher.match(person(IVANOV), person(name("Иванов", "Илья", "Иванович"))))
                .isEmpty();
        assertThat(matcher.match(person(IVANOV), person(name("Петров", "Иван", "Иванович"))))
                .isEmpty();
    }

    @Test
    void the_name_and_birth_date_are_medium() {
        Optional<Match> m = matcher.match(
                with(IVANOV, BORN, null, null, null, null), with(IVANOV_GENITIVE, BORN, null, null, null, null));
        assertThat(m).get().isEqualTo(new Match(Confidence.MEDIUM, "совпадают ФИО и дата рождения"));
    }

    @Test
    void a_different_birth_date_means_different_people() {
        assertThat(matcher.match(
                        with(IVANOV, BORN, "+7 910 123-45-67", null, null, null),
                        with(IVANOV, BORN.plusDays(1), "89101234567", null, null, null)))
                .isEmpty();
    }

    @Test
    void phone_and_address_agreeing_are_listed_in_the_reason() {
        Optional<Match> m = matcher.match(
                with(IVANOV, null, "+7 (910) 123-45-67", null, "248000, г. Калуга, ул. Ленина, д. 5", null),
                with(IVANOV, null, "8 910 1234567", null, "г Калуга, улица Ленина, дом 5", null));
        assertThat(m).get().isEqualTo(new Match(Confidence.MEDIUM, "совпадают ФИО, телефон и адрес"));
    }

    @Test
    void the_same_email_in_another_case_corroborates() {
        Optional<Match> m = matcher.match(
                with(IVANOV, null, null, " Ivanov@Mail.RU ", null, null),
                with(IVANOV, null, null, "ivanov@mail.ru", null, null));
        assertThat(m).get().isEqualTo(new Match(Confidence.MEDIUM, "совпадают ФИО и адрес электронной почты"));
    }

    @Test
    void the_region_from_an_inn_corroborates_a_rare_name() {
        Optional<Match> m =
                matcher.match(PersonFacts.named(IVANOV, "402700123456"), with(IVANOV, null, null, null, null, "40"));
        assertThat(m).get().isEqualTo(new Match(Confidence.MEDIUM, "совпадают ФИО и регион"));
    }

    @Test
    void initials_agree_with_full_names_but_only_as_a_low_lead() {
        Optional<Match> m = matcher.match(person(IVANOV), person(name("Иванов И.И.", null, null)));
        assertThat(m).get().extracting(Match::confidence).isEqualTo(Confidence.LOW);
        assertThat(m.get().reason()).contains("инициалов");
        assertThat(matcher.match(person(IVANOV), person(name("Иванов", "П.", "И."))))
                .isEmpty();
    }

    @Test
    void a_missing_patronymic_agrees_with_any_but_needs_corroboration() {
        assertThat(matcher.match(person(IVANOV), person(name("Иванов", "Иван", null))))
                .get()
                .extracting(Match::confidence)
                .isEqualTo(Confidence.LOW);
        assertThat(matcher.match(
                        with(IVANOV, BORN, null, null, null, null),
                        with(name("Иванову", "Ивану", null), BORN, null, null, null, null)))
                .get()
                .extracting(Match::confidence)
                .isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void initials_with_only_the_region_stay_low() {
        assertThat(matcher.match(
                        with(IVANOV, null, null, null, null, "40"),
                        with(name("Иванов", "И.", "И."), null, null, null, null, "40")))
                .get()
                .extracting(Match::confidence)
                .isEqualTo(Confidence.LOW);
    }

    @Test
    void a_namesake_matched_on_the_name_or_the_region_stays_low() {
        NormalName common = PersonNames.normalize(IVANOV);
        frequencies.add(common, "person-1");
        frequencies.add(common, "person-1"); // the same person from another register
        assertThat(frequencies.count(common)).isEqualTo(1);
        frequencies.add(common, "person-2");
        assertThat(frequencies.count(common)).isEqualTo(2);

        Optional<Match> nameOnly = matcher.match(person(IVANOV), person(IVANOV_GENITIVE));
        assertThat(nameOnly).get().extracting(Match::confidence).isEqualTo(Confidence.LOW);
        assertThat(nameOnly.get().reason()).contains("однофамилец");

        Optional<Match> regionOnly =
                matcher.match(with(IVANOV, null, null, null, null, "40"), with(IVANOV, null, null, null, null, "40"));
        assertThat(regionOnly).get().extracting(Match::confidence).isEqualTo(Confidence.LOW);

        Optional<Match> withBirthDate =
                matcher.match(with(IVANOV, BORN, null, null, null, "40"), with(IVANOV, BORN, null, null, null, "40"));
        assertThat(withBirthDate)
                .get()
                .isEqualTo(new Match(Confidence.MEDIUM, "совпадают ФИО, дата рождения и регион"));
    }

    @Test
    void namesakes_are_counted_by_initials_for_a_name_given_by_initials() {
        frequencies.add(PersonNames.normalize(IVANOV));
        frequencies.add(PersonNames.normalize(name("Иванов", "Игорь", "Ильич")));
        Optional<Match> m = matcher.match(person(IVANOV), person(name("Иванов", "И.", "И.")));
        assertThat(m.get().reason()).contains("однофамилец");
    }

    @Test
    void a_phone_is_ten_digits_without_the_country_prefix() {
        assertThat(PersonMatcher.phoneDigits("+7 (910) 123-45-67")).isEqualTo("9101234567");
        assertThat(PersonMatcher.phoneDigits("8-910-123-45-67")).isEqualTo("9101234567");
        assertThat(PersonMatcher.phoneDigits("9101234567")).isEqualTo("9101234567");
        assertThat(PersonMatcher.phoneDigits("12-34-56")).isNull();
        assertThat(PersonMatcher.phoneDigits(null)).isNull();
    }

    @Test
    void an_address_spells_out_abbreviations_and_drops_punctuation_and_the_index() {
        assertThat(PersonMatcher.normalizeAddress("248000, г. Калуга, ул. Ленина, д.5, кв. 12"))
                .isEqualTo("город калуга улица ленина дом 5 квартира 12");
        assertThat(PersonMatcher.normalizeAddress("Калужская обл., Козельский р-н, г Козельск, пр-т Мира д 5А"))
                .isEqualTo("калужская область козельский район город козельск проспект мира дом 5а");
        assertThat(PersonMatcher.normalizeAddress("  ")).isNull();
    }

    @Test
    void an_email_is_trimmed_and_lower_case() {
        assertThat(PersonMatcher.normalizeEmail(" Ivanov@Mail.RU ")).isEqualTo("ivanov@mail.ru");
        assertThat(PersonMatcher.normalizeEmail("нет")).isNull();
    }
}
