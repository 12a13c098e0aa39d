package ru.probity.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import ru.probity.platform.Page;

/** JSON API of the people registry (e.g. for HR systems); the same rules as the pages. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Сотрудники и родственники", description = "Кадровый реестр")
class PeopleApi {

    private final People people;

    PeopleApi(People people) {
        this.people = people;
    }

    @GetMapping("/employees")
    @Operation(summary = "Поиск сотрудников: по ФИО (без учёта регистра, ё=е, с опечатками), ИНН или СНИЛС")
    Page<Employee> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return people.search(
                CurrentUser.get(), q, organizationId, includeInactive, page, Math.min(Math.max(size, 1), 500));
    }

    @GetMapping("/employees/{id}")
    @Operation(summary = "Сотрудник")
    Employee get(@PathVariable long id) {
        return people.get(CurrentUser.get(), id);
    }

    @PostMapping(path = "/employees", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить сотрудника")
    Employee create(@RequestBody EmployeeForm form) {
        CurrentUser user = CurrentUser.get();
        return people.get(user, people.create(user, form));
    }

    @PutMapping(path = "/employees/{id}", consumes = "application/json")
    @Operation(summary = "Изменить сведения о сотруднике")
    Employee update(@PathVariable long id, @RequestBody EmployeeForm form) {
        CurrentUser user = CurrentUser.get();
        people.update(user, id, form);
        return people.get(user, id);
    }

    @PostMapping("/employees/{id}/deactivate")
    @Operation(summary = "Деактивировать сотрудника (например, при увольнении)")
    Employee deactivate(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        people.setActive(user, id, false);
        return people.get(user, id);
    }

    @GetMapping("/employees/{id}/posts")
    @Operation(summary = "Периоды должностей и ролей в закупках сотрудника, последние сначала")
    List<PostPeriod> posts(@PathVariable long id) {
        return people.posts(CurrentUser.get(), id);
    }

    @GetMapping("/employees/{id}/relatives")
    @Operation(summary = "Родственники сотрудника")
    List<Relative> relatives(@PathVariable long id) {
        return people.relatives(CurrentUser.get(), id);
    }

    @PostMapping(path = "/employees/{id}/relatives", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить родственника")
    Relative addRelative(@PathVariable long id, @RequestBody RelativeForm form) {
        CurrentUser user = CurrentUser.get();
        return people.relative(user, people.addRelative(user, id, form));
    }

    @PutMapping(path = "/relatives/{id}", consumes = "application/json")
    @Operation(summary = "Изменить сведения о родственнике")
    Relative updateRelative(@PathVariable long id, @RequestBody RelativeForm form) {
        CurrentUser user = CurrentUser.get();
        people.updateRelative(user, id, form);
        return people.relative(user, id);
    }

    @DeleteMapping("/relatives/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Удалить сведения о родственнике")
    void deleteRelative(@PathVariable long id) {
        people.deleteRelative(CurrentUser.get(), id);
    }
}
