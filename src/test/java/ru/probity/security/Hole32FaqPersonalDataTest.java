package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.consultations.Channel;
import ru.probity.consultations.ConsultationForm;
import ru.probity.consultations.Consultations;
import ru.probity.platform.Refusal;

/**
 * Hole 32 (issue 20): the FAQ, read across the region, must not carry the asker of a consultation.
 * The check refused only the surname in the form it was logged in and the contact exactly as typed:
 * «Закрытовой», the patronymic, or the phone written with other separators went to the FAQ. Now
 * every part of the name is refused in any case form, and the phone however its digits are grouped.
 */
@Tag("security")
class Hole32FaqPersonalDataTest extends SecurityTest {

    @Autowired
    Consultations consultations;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void theAskersNameInAnyFormAndHisPhoneInAnyGroupingAreRefused() {
        CurrentUser admin = user("region.admin");
        long topic = consultations.topics(true).getFirst().id();
        long id = consultations.create(
                admin,
                new ConsultationForm(
                        organizationId(OBNINSK),
                        "Закрытова Вера Ивановна",
                        "специалист",
                        "+7 (900) 111-22-33",
                        Channel.PHONE,
                        topic,
                        "Как уведомить о подарке?",
                        "Уведомлением представителю нанимателя.",
                        LocalDateTime.now().minusHours(1).withNano(0),
                        10));
        for (String question : new String[] {
            "Вопрос Закрытовой о подарке",
            "Вера Ивановна спрашивает о подарке",
            "Перезвонить по номеру 8 900 1112233 о подарке"
        }) {
            assertThatThrownBy(() -> consultations.publish(admin, id, question, "Уведомлением."))
                    .as(question)
                    .isInstanceOf(Refusal.class);
        }
        consultations.publish(
                admin, id, "Как уведомить о подарке, полученном до 1 марта?", "Уведомлением представителю нанимателя.");
        assertThat(jdbc.sql("select faq_published_at is not null from consultation where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
