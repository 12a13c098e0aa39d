package ru.probity.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;

/** JSON API of the organization tree; the same subtree rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = "application/json")
@Tag(name = "Организации", description = "Дерево организаций региона")
class OrganizationApi {

    private final Organizations organizations;

    OrganizationApi(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "Дочерние организации (без parentId — собственная организация пользователя) или поиск по q")
    List<Organization> list(
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeInactive) {
        CurrentUser user = CurrentUser.get();
        if (q != null && !q.isBlank()) {
            return organizations.search(user, q, 100);
        }
        if (parentId == null) {
            return List.of(organizations.root(user));
        }
        return organizations.children(user, parentId, includeInactive);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Организация по идентификатору")
    Organization get(@PathVariable long id) {
        return organizations.get(CurrentUser.get(), id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать организацию в своём поддереве")
    Organization create(@RequestBody OrganizationForm form) {
        CurrentUser user = CurrentUser.get();
        return organizations.get(user, organizations.create(user, form));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Изменить организацию (смена parentId переносит её вместе с поддеревом)")
    Organization update(@PathVariable long id, @RequestBody OrganizationForm form) {
        CurrentUser user = CurrentUser.get();
        organizations.update(user, id, form);
        return organizations.get(user, id);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Деактивировать организацию")
    Organization deactivate(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        organizations.setActive(user, id, false);
        return organizations.get(user, id);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Восстановить организацию")
    Organization activate(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        organizations.setActive(user, id, true);
        return organizations.get(user, id);
    }
}
