package ru.probity.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;
import ru.probity.tasks.Tasks;

@Controller
class HomeController {

    private final Organizations organizations;
    private final Tasks tasks;

    HomeController(Organizations organizations, Tasks tasks) {
        this.organizations = organizations;
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("organization", organizations.root(user));
        model.addAttribute("tasks", tasks.entries(user));
        if (user.role() != Role.EMPLOYEE) {
            model.addAttribute("figures", organizations.figures(user));
        }
        return "home";
    }
}
