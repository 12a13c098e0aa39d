package ru.probity.redflags;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.SvgChart;
import ru.probity.redflags.RedFlagRows.Count;
import ru.probity.redflags.RedFlagRows.Filter;
import ru.probity.redflags.RedFlagRows.Row;
import ru.probity.redflags.indicators.IndicatorInfo;
import ru.probity.redflags.indicators.RedFlags;

/**
 * The red-flags pages: the list of the user's subtree with its filters, risk scores and charts; a
 * flag's card with its review; the XLSX of the filtered list; the recompute button.
 */
@Controller
@RequestMapping("/redflags")
class RedFlagController {

    static final int PAGE_SIZE = 50;
    static final int CUSTOMERS = 15;
    private static final int CHART_WIDTH = 640;

    private final RedFlagsWorkflow flags;
    private final RedFlagsExport export;
    private final Organizations organizations;
    private final RedFlagSettings settings;

    RedFlagController(
            RedFlagsWorkflow flags, RedFlagsExport export, Organizations organizations, RedFlagSettings settings) {
        this.flags = flags;
        this.export = export;
        this.organizations = organizations;
        this.settings = settings;
    }

    /** The filter's fields are the parameters indicator, organization, from, to, status and risk. */
    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", flags.list(user, filter, page, PAGE_SIZE));
        model.addAttribute("counts", flags.counts(user, filter));
        model.addAttribute("customers", flags.customers(user, filter, CUSTOMERS));
        model.addAttribute("run", flags.lastRun(user).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "statuses",
                RedFlagStatus.SHOWN.stream().map(RedFlagStatus::name).toList());
        model.addAttribute("indicators", RedFlags.catalogue());
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        RedFlags.catalogue().forEach(i -> titles.put(i.id(), i.title()));
        model.addAttribute("titles", titles);
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("highRisk", Math.round(settings.highRisk() * 100));
        model.addAttribute("mayChange", RedFlagsWorkflow.canChange(user));

        List<SvgChart.Bar> byIndicator = new ArrayList<>();
        for (Count c : flags.byIndicator(user, filter)) {
            IndicatorInfo info = RedFlagsComputation.info(c.label());
            String title = info == null ? c.label() : info.title();
            byIndicator.add(new SvgChart.Bar(title, c.count(), title + ": " + c.count(), false));
        }
        model.addAttribute(
                "indicatorChart", byIndicator.isEmpty() ? null : SvgChart.horizontalBars(byIndicator, CHART_WIDTH));
        List<SvgChart.Bar> byMonth = new ArrayList<>();
        for (Count c : flags.byMonth(user, filter)) {
            String label = c.label().substring(5) + "." + c.label().substring(0, 4);
            byMonth.add(new SvgChart.Bar(label, c.count(), label + ": " + c.count(), false));
        }
        model.addAttribute("monthChart", byMonth.isEmpty() ? null : SvgChart.bars(byMonth, CHART_WIDTH, 240));
        return "redflags/list";
    }

    @GetMapping("/export.xlsx")
    void exportXlsx(@ModelAttribute("filter") Filter filter, HttpServletResponse response) throws IOException {
        var rows = flags.export(CurrentUser.get(), filter);
        export.write(rows, Downloads.xlsx(response, "krasnye-flagi-" + LocalDate.now() + ".xlsx"));
    }

    @PostMapping("/recompute")
    String recompute(RedirectAttributes flash) {
        boolean done = flags.recompute(CurrentUser.get());
        flash.addFlashAttribute("notice", done ? "redflags.notice.recomputed" : "redflags.notice.busy");
        return "redirect:/redflags";
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        return cardPage(CurrentUser.get(), id, model);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        try {
            flags.changeStatus(user, id, status, reason);
            flash.addFlashAttribute("notice", "redflags.notice.status." + status);
            return "redirect:/redflags/" + id;
        } catch (NotFound e) {
            throw e;
        } catch (Refusal e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("reason", reason);
            model.addAttribute("wanted", status);
            return cardPage(user, id, model);
        }
    }

    private String cardPage(CurrentUser user, long id, Model model) {
        Row row = flags.card(user, id);
        model.addAttribute("f", row);
        model.addAttribute("info", RedFlagsComputation.info(row.indicator()));
        model.addAttribute("documents", RedFlagsWorkflow.documents(row));
        model.addAttribute("history", flags.history(user, id));
        model.addAttribute("others", flags.sameContract(user, row));
        RedFlagStatus status = RedFlagStatus.parse(row.status());
        model.addAttribute(
                "next",
                status == null
                        ? List.of()
                        : status.next().stream().map(RedFlagStatus::name).toList());
        model.addAttribute("mayChange", RedFlagsWorkflow.canChange(user));
        return "redflags/card";
    }
}
