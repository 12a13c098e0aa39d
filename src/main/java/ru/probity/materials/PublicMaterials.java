package ru.probity.materials;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Методические материалы» of an organization's public section (Приказ Минтруда
 * №530н): the published materials of the organization and of those above it that their officers put
 * on the website ({@link Materials#setOnSite}), each with its newest version's file. No user: a
 * material not marked, a draft, or one kept below or beside the organization is not found.
 */
@Component
@Transactional(readOnly = true)
class PublicMaterials implements PublicSection {

    static final String SECTION = "materials";

    private final PublicMaterialStore store;
    private final Messages messages;

    PublicMaterials(PublicMaterialStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    static String path(long organizationId, long materialId) {
        return "/public/" + organizationId + "/" + SECTION + "/" + materialId;
    }

    @Override
    public String id() {
        return SECTION;
    }

    @Override
    public String titleKey() {
        return "materials.public.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        List<PublicMaterialStore.Line> lines = store.list(organizationId);
        PublicPage list = new PublicPage(
                "/public/" + organizationId + "/" + SECTION,
                messages.text(titleKey()),
                lines.stream()
                        .map(PublicMaterialStore.Line::modified)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(null));
        return Stream.concat(
                        Stream.of(list),
                        lines.stream().map(m -> new PublicPage(path(organizationId, m.id()), m.title(), m.modified())))
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

    List<PublicMaterialStore.Line> list(long organizationId) {
        return store.list(organizationId);
    }

    PublicMaterialStore.Line material(long organizationId, long id) {
        return store.find(organizationId, id).orElseThrow(() -> new NotFound("material", id));
    }

    PublicMaterialStore.File file(long organizationId, long id) {
        material(organizationId, id);
        return store.newestFile(id).orElseThrow(() -> new NotFound("material", id));
    }
}
