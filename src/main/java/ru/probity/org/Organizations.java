package ru.probity.org;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;

/**
 * The organization tree as every area may use it: reading within the user's subtree and, for the
 * roles that manage the registry, creating, editing, moving and deactivating organizations.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    private final OrganizationRepository repository;

    Organizations(OrganizationRepository repository) {
        this.repository = repository;
    }

    /** The path of the user's own organization: the prefix of everything he may see. */
    public String scopePath(CurrentUser user) {
        return repository
                .pathOf(user.organizationId())
                .orElseThrow(() -> new AccessDeniedException("User's organization does not exist"));
    }

    /** Whether the organization lies in the user's subtree. */
    public boolean isVisible(CurrentUser user, long organizationId) {
        return repository
                .pathOf(organizationId)
                .map(path -> path.startsWith(scopePath(user)))
                .orElse(false);
    }

    /** The organization if it is in the user's subtree; otherwise access is denied. */
    public Organization get(CurrentUser user, long id) {
        Organization organization = repository.find(id).orElseThrow(() -> new NotFoundException("organization", id));
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
        return repository.children(parentId, includeInactive);
    }

    /** Ancestors of an organization down from the user's own organization. */
    public List<Organization> breadcrumbs(CurrentUser user, Organization organization) {
        return repository.ancestors(organization.path(), scopePath(user));
    }

    public List<Organization> search(CurrentUser user, String query, int limit) {
        String q = Text.searchForm(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return repository.search(scopePath(user), q, limit);
    }

    /** All active organizations the user sees, in tree order. */
    public List<Organization> visible(CurrentUser user) {
        return repository.subtree(scopePath(user));
    }

    public SubtreeFigures figures(CurrentUser user) {
        return repository.figures(scopePath(user));
    }

    /** The root of the tree, created with the given name on a fresh installation. */
    @Transactional
    public long rootOrCreate(String name) {
        return repository
                .root()
                .orElseGet(() -> repository.insert(
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
            throw new ValidationException(Map.of("parentId", "org.error.parentRequired"));
        }
        Organization parent = get(user, form.parentId());
        validate(form, null);
        return repository.insert(form, parent.path(), user.username());
    }

    @Transactional
    public void update(CurrentUser user, long id, OrganizationForm input) {
        requireManager(user);
        Organization current = get(user, id);
        OrganizationForm form = input.normalized();
        validate(form, id);
        repository.update(id, form, user.username());
        if (form.parentId() != null && !form.parentId().equals(current.parentId())) {
            if (id == user.organizationId()) {
                throw new ValidationException(Map.of("parentId", "org.error.moveOwn"));
            }
            Organization parent = get(user, form.parentId());
            if (parent.path().startsWith(current.path())) {
                throw new ValidationException(Map.of("parentId", "org.error.moveUnderOwnChild"));
            }
            repository.move(id, current.path(), parent.id(), parent.path(), user.username());
        }
    }

    @Transactional
    public void setActive(CurrentUser user, long id, boolean active) {
        requireManager(user);
        get(user, id);
        if (id == user.organizationId()) {
            throw new ValidationException(Map.of("active", "org.error.deactivateOwn"));
        }
        repository.setActive(id, active, user.username());
    }

    private void validate(OrganizationForm form, Long id) {
        Map<String, String> errors = form.validate();
        if (errors.isEmpty() && form.inn() != null && repository.innKppTaken(form.inn(), form.kpp(), id)) {
            errors.put("inn", "org.error.innTaken");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void requireManager(CurrentUser user) {
        if (!user.role().managesRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not change the registry");
        }
    }
}
