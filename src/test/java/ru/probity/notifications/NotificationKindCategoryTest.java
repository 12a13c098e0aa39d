package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.notifications.NotificationKind.*;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ru.probity.org.EmployeeCategory;

/** Which kinds each category of employee files, and which law the form cites for it (N18, N19). */
class NotificationKindCategoryTest {

    private static List<NotificationKind> filedBy(EmployeeCategory category) {
        return Arrays.stream(NotificationKind.values())
                .filter(k -> k.online() && k.appliesTo(category))
                .toList();
    }

    @Test
    void aMunicipalServantFilesEveryOnlineKind() {
        assertThat(filedBy(EmployeeCategory.MUNICIPAL_SERVANT))
                .containsExactlyInAnyOrder(
                        INDUCEMENT,
                        PERSONAL_INTEREST,
                        OTHER_PAID_WORK,
                        GIFT,
                        FAMILY_INCOME,
                        FORMER_OFFICIAL_CONSENT,
                        NPO_MANAGEMENT,
                        FOREIGN_AWARD,
                        TRUST_MANAGEMENT);
        assertThat(OTHER_PAID_WORK.lawKey(EmployeeCategory.MUNICIPAL_SERVANT))
                .isEqualTo("notifications.law.OTHER_PAID_WORK");
    }

    @Test
    void aRegionalCivilServantIsNotOfferedTheMunicipalOtherWorkNotice() {
        // he files the notice of other paid work, but under 79-ФЗ ст.14 ч.2, not 25-ФЗ ст.11
        assertThat(OTHER_PAID_WORK.appliesTo(EmployeeCategory.REGIONAL_CIVIL_SERVANT))
                .isTrue();
        assertThat(OTHER_PAID_WORK.lawKey(EmployeeCategory.REGIONAL_CIVIL_SERVANT))
                .isEqualTo("notifications.law.OTHER_PAID_WORK.REGIONAL_CIVIL_SERVANT");
        assertThat(text(OTHER_PAID_WORK.lawKey(EmployeeCategory.REGIONAL_CIVIL_SERVANT)))
                .contains("79-ФЗ")
                .contains("статьи 14")
                .doesNotContain("25-ФЗ");
        assertThat(text(FOREIGN_AWARD.lawKey(EmployeeCategory.REGIONAL_CIVIL_SERVANT)))
                .contains("79-ФЗ")
                .doesNotContain("главы муниципального образования");
        assertThat(text(NPO_MANAGEMENT.lawKey(EmployeeCategory.REGIONAL_CIVIL_SERVANT)))
                .contains("79-ФЗ");
        assertThat(text(PERSONAL_INTEREST.lawKey(EmployeeCategory.REGIONAL_CIVIL_SERVANT)))
                .contains("79-ФЗ")
                .doesNotContain("25-ФЗ");
    }

    @Test
    void anInstitutionHeadFilesConflictOfInterestNoticesButNotTheServantsOnes() {
        assertThat(filedBy(EmployeeCategory.INSTITUTION_HEAD)).containsExactlyInAnyOrder(INDUCEMENT, PERSONAL_INTEREST);
        assertThat(text(PERSONAL_INTEREST.lawKey(EmployeeCategory.INSTITUTION_HEAD)))
                .contains("13.3")
                .doesNotContain("25-ФЗ");
        assertThat(text(INDUCEMENT.lawKey(EmployeeCategory.INSTITUTION_HEAD))).contains("13.3");
    }

    @Test
    void otherStaffFileOnlyWhatTheInstitutionsPolicyAsks() {
        assertThat(filedBy(EmployeeCategory.OTHER)).containsExactlyInAnyOrder(INDUCEMENT, PERSONAL_INTEREST);
        assertThat(text(PERSONAL_INTEREST.lawKey(EmployeeCategory.OTHER))).contains("13.3");
    }

    @Test
    void aPostHolderFilesUnderArticle12_1NotTheServiceLaws() {
        for (EmployeeCategory post : List.of(EmployeeCategory.MUNICIPAL_POST, EmployeeCategory.REGIONAL_POST)) {
            assertThat(filedBy(post))
                    .containsExactlyInAnyOrder(
                            PERSONAL_INTEREST, GIFT, FAMILY_INCOME, NPO_MANAGEMENT, TRUST_MANAGEMENT);
            assertThat(text(PERSONAL_INTEREST.lawKey(post))).contains("12.1");
            assertThat(text(NPO_MANAGEMENT.lawKey(post))).contains("12.1").doesNotContain("25-ФЗ");
        }
    }

    @Test
    void withoutACategoryEveryKindIsFiledAsBefore() {
        assertThat(filedBy(null)).hasSize(NotificationKind.values().length - 1);
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(kind.lawKey(null)).isEqualTo("notifications.law." + kind.name());
        }
    }

    @Test
    void everyLawKeyOfEveryCategoryHasItsText() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (EmployeeCategory category : EmployeeCategory.values()) {
                assertThat(text(kind.lawKey(category)))
                        .as(kind + " " + category)
                        .isNotBlank();
            }
        }
    }

    private static final Properties MESSAGES = load();

    private static Properties load() {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(
                NotificationKindCategoryTest.class.getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static String text(String key) {
        return MESSAGES.getProperty(key, "");
    }
}
