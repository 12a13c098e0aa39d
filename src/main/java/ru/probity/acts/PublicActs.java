package ru.probity.acts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Нормативные правовые и иные акты в сфере противодействия коррупции» of an
 * organization's public section (Приказ Минтруда №530н): the acts of its register its officer marked
 * public ({@link LegalActs#setPublic}), each with its versions' files and text. No user: what is not
 * marked, or is another organization's, is not found.
 */
@Component
@Transactional(readOnly = true)
class PublicActs implements PublicSection {

    static final String SECTION = "acts";

    private final PublicActStore store;
    private final Messages messages;

    PublicActs(PublicActStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    static String path(long organizationId, long actId) {
        return "/public/" + organizationId + "/" + SECTION + "/" + actId;
    }

    @Override
    public String id() {
        return SECTION;
    }

    @Override
    public String titleKey() {
        return "acts.public.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        List<PublicActStore.Line> acts = store.list(organizationId, null, null);
        PublicPage list = new PublicPage(
                "/public/" + organizationId + "/" + SECTION,
                messages.text(titleKey()),
                acts.stream()
                        .map(PublicActStore.Line::modified)
                        .filter(java.util.Objects::nonNull)
                        .max(java.time.Instant::compareTo)
                        .orElse(null));
        return Stream.concat(
                        Stream.of(list),
                        acts.stream().map(a -> new PublicPage(path(organizationId, a.id()), a.title(), a.modified())))
                .toList();
    }

    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.search(organizationId, query.strip(), limit).stream()
                .map(h -> new PublicHit(path(organizationId, h.id()), h.title(), h.snippet()))
                .toList();
    }

    List<PublicActStore.Line> list(long organizationId, ActKind kind, Integer year) {
        return store.list(organizationId, kind, year);
    }

    List<Integer> years(long organizationId) {
        return store.years(organizationId);
    }

    /** The organization's public act; 404 for an act not marked or kept by another organization. */
    PublicActStore.Line act(long organizationId, long actId) {
        return store.find(organizationId, actId).orElseThrow(() -> new NotFound("act", actId));
    }

    Optional<String> issuer(long actId) {
        return store.issuer(actId);
    }

    List<ActVersion> versions(long organizationId, long actId) {
        act(organizationId, actId);
        return store.versions(actId);
    }

    /** The text of the newest version (blank when none was extracted). */
    String text(ActVersion version) {
        return store.text(version.id());
    }

    /** A version of the public act with its file. */
    record File(ActVersion version, byte[] content) {}

    File file(long organizationId, long actId, int number) {
        act(organizationId, actId);
        ActVersion version = store.version(actId, number).orElseThrow(() -> new NotFound("act version", number));
        return new File(version, store.content(version.id()));
    }
}
