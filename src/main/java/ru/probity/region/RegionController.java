package ru.probity.region;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/**
 * The dashboard's page ({@code /region}): the table sorted on the server by {@code sort} and
 * {@code desc}, the charts, and the same table as XLSX. {@code organization} opens the dashboard of
 * an organization of the user's subtree (its children as rows).
 */
@Controller
@RequestMapping("/region")
class RegionController {

    private final RegionDashboard dashboards;
    private final DashboardCharts charts;
    private final DashboardXlsx xlsx;

    RegionController(RegionDashboard dashboards, DashboardCharts charts, DashboardXlsx xlsx) {
        this.dashboards = dashboards;
        this.charts = charts;
        this.xlsx = xlsx;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            Model model) {
        RegionDashboard.Dashboard dashboard = dashboards.dashboard(CurrentUser.get(), organization, sort, desc);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", charts.of(dashboard));
        model.addAttribute("section", "region");
        return "region/dashboard";
    }

    @GetMapping("/dashboard.xlsx")
    void export(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            HttpServletResponse response)
            throws IOException {
        RegionDashboard.Dashboard dashboard = dashboards.dashboard(CurrentUser.get(), organization, sort, desc);
        xlsx.write(dashboard, Downloads.xlsx(response, "pokazateli-" + LocalDate.now() + ".xlsx"));
    }
}
