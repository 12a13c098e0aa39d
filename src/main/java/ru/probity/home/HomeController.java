package ru.probity.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;

@Controller
class HomeController {

    private final Organizations organizations;

    HomeController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("organization", organizations.root(user));
        if (user.role() != Role.EMPLOYEE) {
            model.addAttribute("figures", organizations.figures(user));
        }
        return "home";
    }
}
