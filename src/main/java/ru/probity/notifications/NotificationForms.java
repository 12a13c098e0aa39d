package ru.probity.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Формы документов, связанных с противодействием коррупции, для заполнения» of an
 * organization's public section (Приказ Минтруда №530н): the blank of every notification an employee
 * files himself (273-ФЗ ст.9, 11, 12; 25-ФЗ ст.11 ч.2, ст.14; ПП РФ №10; Указ №821 п.16 «б»), as DOCX
 * addressed to the organization ({@link NotificationFormDocument}). No user.
 */
@Component
class NotificationForms implements PublicSection {

    static final String SECTION = "forms";

    private final NotificationFormStore store;
    private final Messages messages;

    NotificationForms(NotificationFormStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** A form of the list: its kind, the file's path segment, its title and legal basis. */
    record Form(NotificationKind kind, String slug, String title, String law) {}

    /** The kinds an employee files himself: a new employer's notice comes from outside. */
    List<Form> forms() {
        return Arrays.stream(NotificationKind.values())
                .filter(NotificationKind::online)
                .map(k -> new Form(k, slug(k), title(k), messages.text("notifications.law." + k.name())))
                .toList();
    }

    static String slug(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String title(NotificationKind kind) {
        return messages.text("notifications.doc." + kind.document().name()) + " "
                + messages.text("notifications.forms.subject." + kind.name());
    }

    Optional<NotificationKind> kind(String slug) {
        return Arrays.stream(NotificationKind.values())
                .filter(NotificationKind::online)
                .filter(k -> slug(k).equals(slug))
                .findFirst();
    }

    /** The file's name, e.g. {@code forma-gift.docx}. */
    String fileName(NotificationKind kind) {
        return "forma-" + slug(kind) + ".docx";
    }

    /** Writes the blank of the kind addressed to the organization; 404 for an unknown one. */
    void write(long organizationId, String slug, OutputStream out) throws IOException {
        NotificationKind kind = kind(slug).orElseThrow(() -> new NotFound("form", slug));
        String name =
                store.organizationName(organizationId).orElseThrow(() -> new NotFound("organization", organizationId));
        NotificationFormDocument.write(messages, kind, name, out);
    }

    @Override
    public String id() {
        return SECTION;
    }

    @Override
    public String titleKey() {
        return "notifications.forms.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return List.of(new PublicPage("/public/" + organizationId + "/" + SECTION, messages.text(titleKey()), null));
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> w.length() > 2)
                .map(w -> w.length() > 5 ? w.substring(0, w.length() - 2) : w)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return forms().stream()
                .filter(f -> {
                    String text = (f.title() + " " + f.law()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(text::contains);
                })
                .limit(limit)
                .map(f -> new PublicHit(
                        "/public/" + organizationId + "/" + SECTION + "/" + f.slug() + ".docx", f.title(), f.law()))
                .toList();
    }
}
