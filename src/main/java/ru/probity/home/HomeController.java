package ru.probity.home;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.org.Organizations;
import ru.probity.region.RegionDashboard;
import ru.probity.tasks.Tasks;

@Controller
class HomeController {

    /** The roles whose start page shows the dashboard of their organizations below «Мои задачи». */
    static final Set<Role> DASHBOARD = Set.of(Role.REGIONAL_ADMIN, Role.AUDITOR, Role.ANTICORRUPTION_OFFICER);

    private final Organizations organizations;
    private final Tasks tasks;
    private final RegionDashboard dashboards;

    HomeController(Organizations organizations, Tasks tasks, RegionDashboard dashboards) {
        this.organizations = organizations;
        this.tasks = tasks;
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("organization", organizations.root(user));
        model.addAttribute("tasks", tasks.entries(user));
        if (user.role() != Role.EMPLOYEE) {
            model.addAttribute("figures", organizations.figures(user));
        }
        if (DASHBOARD.contains(user.role())) {
            model.addAttribute("dashboard", dashboards.dashboard(user, null, null, false));
        }
        return "home";
    }
}
