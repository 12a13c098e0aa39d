package ru.probity.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;

/** «Мои задачи» through the API: the same list as the page, most urgent first. */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = "application/json")
@Tag(name = "Мои задачи", description = "Что ждёт действий пользователя, со сроком и числом оставшихся дней")
class TaskApi {

    private final Tasks tasks;

    TaskApi(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(
            summary = "Задачи пользователя: сначала просроченные, затем по последнему дню срока",
            description = "area — раздел, kind — ключ вида задачи, text — что сделать, title — о чём,"
                    + " due — последний день срока (может отсутствовать), daysLeft — дней до него"
                    + " (отрицательное — просрочено), term — то же по-русски, link — страница, где это"
                    + " делается, count — сколько записей стоит за сводной задачей.")
    List<Tasks.Entry> tasks() {
        return tasks.entries(CurrentUser.get());
    }
}
