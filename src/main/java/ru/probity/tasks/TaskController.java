package ru.probity.tasks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.probity.access.CurrentUser;

/** The page «Мои задачи». The start page ({@code /}) shows the same list above the subtree's figures. */
@Controller
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", tasks.entries(CurrentUser.get()));
        model.addAttribute("section", "tasks");
        return "tasks/list";
    }
}
