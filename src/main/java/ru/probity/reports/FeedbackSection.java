package ru.probity.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Обратная связь для сообщений о фактах коррупции» of an organization's public
 * section (Приказ Минтруда №530н): how to report — the organization's telephone and e-mail from the
 * registry, the rules of 59-ФЗ in plain words (registration in 3 days, the answer in 30, anonymous
 * reports accepted but not answered, confidentiality) — and the report form of the virtual reception
 * with this organization chosen; the form posts to {@code /public/reports} and the receipt and the
 * status pages stay there.
 */
@Component
@Transactional(readOnly = true)
class FeedbackSection implements PublicSection {

    static final String ID = "feedback";

    private final FeedbackStore store;
    private final Messages messages;

    FeedbackSection(FeedbackStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    static String path(long organizationId) {
        return "/public/" + organizationId + "/" + ID;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "reports.portal.title";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return List.of(new PublicPage(path(organizationId), messages.text(titleKey()), null));
    }

    /** The telephone and e-mail to report by: the organization's own, or the nearest it has. */
    Optional<FeedbackStore.Contacts> contacts(long organizationId) {
        return store.contacts(organizationId);
    }
}
