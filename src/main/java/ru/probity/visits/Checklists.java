package ru.probity.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RussianFormats;
import ru.probity.visits.model.ChecklistText;

/**
 * The checklist templates of on-site visits: the default one (the resource {@code
 * visits/default-checklist.tsv}, created on first use), edited by the regional administrator while
 * no visit uses it; a template in use is copied as its next version and the copy edited, so every
 * visit keeps the items it was held with. The auditor reads them.
 */
@Service
@Transactional
public class Checklists {

    private final ChecklistStore store;
    private final Messages messages;

    Checklists(ChecklistStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Edits templates: the regional administrator. */
    public boolean mayEdit(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN;
    }

    /** Reads the templates page: the regional administrator and the auditor. */
    public boolean mayRead(CurrentUser user) {
        return user.role() == Role.REGIONAL_ADMIN || user.role() == Role.AUDITOR;
    }

    /** Whether the template may be changed in place: the user edits and no visit uses it. */
    public boolean canChange(CurrentUser user, Template template) {
        return mayEdit(user) && !template.used();
    }

    private void requireRead(CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("Role " + user.role() + " has no checklist templates");
        }
    }

    private void requireEdit(CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not edit checklist templates");
        }
    }

    /** The default template's id, created from the resource the first time it is asked for. */
    long defaultTemplate() {
        return store.builtin().orElseGet(() -> {
            store.createBuiltin(messages.text("visits.template.defaultName"), ChecklistText.defaults());
            return store.builtin().orElseThrow();
        });
    }

    public List<Template> templates(CurrentUser user) {
        requireRead(user);
        defaultTemplate();
        return store.all();
    }

    /** The templates offered for a new visit (to the one who plans it): the active ones, the default among them. */
    public List<Template> offered(CurrentUser user) {
        requireEdit(user);
        defaultTemplate();
        return store.all().stream().filter(Template::active).toList();
    }

    public Template get(CurrentUser user, long id) {
        requireRead(user);
        return find(id);
    }

    Template find(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("checklist template", id));
    }

    /** The items of a template (for a visit's card: through the visit's own check of the user). */
    List<TemplateItem> itemsOf(long templateId) {
        return store.items(templateId);
    }

    public List<TemplateItem> items(CurrentUser user, long id) {
        requireRead(user);
        find(id);
        return store.items(id);
    }

    /** The items grouped by section, in order. */
    public static Map<String, List<TemplateItem>> bySection(List<TemplateItem> items) {
        Map<String, List<TemplateItem>> sections = new LinkedHashMap<>();
        for (TemplateItem item : items) {
            sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>())
                    .add(item);
        }
        return sections;
    }

    /** A new empty template. */
    public long create(CurrentUser user, String name) {
        requireEdit(user);
        String clean = required(name, "name");
        return store.create(clean, store.lastVersion(clean) + 1, null, user.username());
    }

    /** The template copied as the next version of its name, with all its items. */
    public long copy(CurrentUser user, long id) {
        requireEdit(user);
        Template template = find(id);
        long copy = store.create(template.name(), store.lastVersion(template.name()) + 1, id, user.username());
        for (TemplateItem item : store.items(id)) {
            store.addItem(copy, item.position(), item.section(), item.text(), item.legalBasis());
        }
        return copy;
    }

    public void rename(CurrentUser user, long id, String name) {
        requireEdit(user);
        requireChangeable(user, find(id));
        store.rename(id, required(name, "name"));
    }

    public void setActive(CurrentUser user, long id, boolean active) {
        requireEdit(user);
        find(id);
        store.setActive(id, active);
    }

    public void addItem(CurrentUser user, long id, String section, String text, String legalBasis) {
        requireEdit(user);
        requireChangeable(user, find(id));
        Map<String, String> errors = new LinkedHashMap<>();
        if (RussianFormats.blankToNull(section) == null) {
            errors.put("section", "visits.error.required");
        }
        if (RussianFormats.blankToNull(text) == null) {
            errors.put("text", "visits.error.required");
        }
        if (RussianFormats.blankToNull(legalBasis) == null) {
            errors.put("legalBasis", "visits.error.legalBasis");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
        store.addItem(id, store.nextPosition(id), section.strip(), text.strip(), legalBasis.strip());
    }

    public void removeItem(CurrentUser user, long id, long itemId) {
        requireEdit(user);
        requireChangeable(user, find(id));
        if (store.removeItem(id, itemId) == 0) {
            throw new NotFound("checklist item", itemId);
        }
    }

    private void requireChangeable(CurrentUser user, Template template) {
        if (!canChange(user, template)) {
            throw Refusal.conflict("visits.error.templateUsed", template.name(), template.version());
        }
    }

    private static String required(String value, String field) {
        String clean = RussianFormats.blankToNull(value);
        if (clean == null) {
            throw Refusal.invalidFields(Map.of(field, "visits.error.required"));
        }
        return clean;
    }
}
