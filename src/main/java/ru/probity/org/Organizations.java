package ru.probity.org;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;

/**
 * The organization tree as every area may use it: reading within the user's subtree and, for the
 * roles that manage the registry, creating, editing, moving and deactivating organizations.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final OrganizationStore store;

    Organizations(OrganizationStore store) {
        this.store = store;
    }

    /** The path of the user's own organization: the prefix of everything he may see. */
    String scopePath(CurrentUser user) {
        return store.pathOf(user.organizationId())
                .orElseThrow(() -> new AccessDeniedException("User's organization does not exist"));
    }

    /** Whether the organization lies in the user's subtree. */
    public boolean isVisible(CurrentUser user, long organizationId) {
        return store.pathOf(organizationId)
                .map(path -> path.startsWith(scopePath(user)))
                .orElse(false);
    }

    /** The organization if it is in the user's subtree; otherwise access is denied. */
    public Organization get(CurrentUser user, long id) {
        Organization organization = store.find(id).orElseThrow(() -> new NotFound("organization", id));
        if (!organization.path().startsWith(scopePath(user))) {
            throw new AccessDeniedException("Organization " + id + " is outside the subtree of " + user.username());
        }
        return organization;
    }

    /** The user's own organization: the root of what he sees. */
    public Organization root(CurrentUser user) {
        return get(user, user.organizationId());
    }

    public List<Organization> children(CurrentUser user, long parentId, boolean includeInactive) {
        get(user, parentId);
        return store.children(parentId, includeInactive);
    }

    /** Ancestors of an organization down from the user's own organization. */
    public List<Organization> breadcrumbs(CurrentUser user, Organization organization) {
        return store.ancestors(organization.path(), scopePath(user));
    }

    public List<Organization> search(CurrentUser user, String query, int limit) {
        String q = Text.searchForm(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return store.search(scopePath(user), q, limit);
    }

    /**
     * All active organizations the user sees, in tree order (each followed by its subtree, siblings
     * by name): the options of every organization picker.
     */
    public List<Organization> visible(CurrentUser user) {
        return TreeOrder.sort(store.subtree(scopePath(user)));
    }

    /**
     * Every active organization of the region in tree order, without a user: the public reception's
     * picker and the destinations a report may be redirected to (the names are public).
     */
    public List<Organization> allActive() {
        return TreeOrder.sort(store.subtree("/"));
    }

    public SubtreeFigures figures(CurrentUser user) {
        return store.figures(scopePath(user));
    }

    /** The root of the tree, created with the given name on a fresh installation. */
    @Transactional
    public long rootOrCreate(String name) {
        return store.root()
                .orElseGet(() -> store.insert(
                        new OrganizationForm(
                                null, OrganizationKind.REGION, name, null, null, null, null, null, null, null),
                        null,
                        "system"));
    }

    @Transactional
    public long create(CurrentUser user, OrganizationForm input) {
        requireManager(user);
        OrganizationForm form = input.normalized();
        if (form.parentId() == null) {
            throw Refusal.invalidFields(Map.of("parentId", "org.error.parentRequired"));
        }
        Organization parent = get(user, form.parentId());
        validate(form, null);
        return store.insert(form, parent.path(), user.username());
    }

    @Transactional
    public void update(CurrentUser user, long id, OrganizationForm input) {
        requireManager(user);
        Organization current = get(user, id);
        OrganizationForm form = input.normalized();
        validate(form, id);
        store.update(id, form, user.username());
        if (form.parentId() != null && !form.parentId().equals(current.parentId())) {
            if (id == user.organizationId()) {
                throw Refusal.invalidFields(Map.of("parentId", "org.error.moveOwn"));
            }
            Organization parent = get(user, form.parentId());
            if (parent.path().startsWith(current.path())) {
                throw Refusal.invalidFields(Map.of("parentId", "org.error.moveUnderOwnChild"));
            }
            store.move(id, current.path(), parent.id(), parent.path(), user.username());
        }
    }

    @Transactional
    public void setActive(CurrentUser user, long id, boolean active) {
        requireManager(user);
        get(user, id);
        if (id == user.organizationId()) {
            throw Refusal.invalidFields(Map.of("active", "org.error.deactivateOwn"));
        }
        store.setActive(id, active, user.username());
    }

    private void validate(OrganizationForm form, Long id) {
        Map<String, String> errors = form.validate();
        if (errors.isEmpty() && form.inn() != null && store.innKppTaken(form.inn(), form.kpp(), id)) {
            errors.put("inn", "org.error.innTaken");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalidFields(errors);
        }
    }

    static void requireManager(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not change the registry");
        }
    }
}
