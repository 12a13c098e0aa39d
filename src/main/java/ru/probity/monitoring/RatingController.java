package ru.probity.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/**
 * The ratings' pages: the ranked table of a form with its chart and XLSX ({@code /monitoring/ratings?form=}),
 * its computation by the regional administrator, the explanation of a score
 * ({@code /monitoring/ratings/explain?form=&organization=}) and the methodology with its versions
 * and its editor ({@code /monitoring/ratings/methodology}).
 */
@Controller
@RequestMapping("/monitoring/ratings")
class RatingController {

    private final Ratings ratings;
    private final Consolidation consolidation;
    private final RatingCharts charts;
    private final ConsolidationXlsx xlsx;

    RatingController(Ratings ratings, Consolidation consolidation, RatingCharts charts, ConsolidationXlsx xlsx) {
        this.ratings = ratings;
        this.consolidation = consolidation;
        this.charts = charts;
        this.xlsx = xlsx;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long form, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "ratings");
        model.addAttribute("canEdit", Ratings.canEdit(user));
        if (form == null) {
            model.addAttribute("forms", consolidation.forms(user));
            model.addAttribute("methodology", ratings.methodology(user, null));
            return "monitoring/rating-forms";
        }
        Ratings.Rating rating = ratings.rating(user, form);
        model.addAttribute("r", rating);
        model.addAttribute("chart", charts.of(rating));
        return "monitoring/rating";
    }

    @PostMapping("/compute")
    String compute(@RequestParam long form, RedirectAttributes flash) {
        ratings.compute(CurrentUser.get(), form);
        flash.addFlashAttribute("notice", "rating.computed");
        return "redirect:/monitoring/ratings?form=" + form;
    }

    @GetMapping("/rating.xlsx")
    void export(@RequestParam long form, HttpServletResponse response) throws IOException {
        Ratings.Rating rating = ratings.rating(CurrentUser.get(), form);
        xlsx.write(rating, Downloads.xlsx(response, "rejting-" + form + ".xlsx"));
    }

    @GetMapping("/explain")
    String explain(@RequestParam long form, @RequestParam long organization, Model model) {
        model.addAttribute("section", "ratings");
        model.addAttribute("e", ratings.explain(CurrentUser.get(), form, organization));
        return "monitoring/rating-explain";
    }

    @GetMapping("/methodology")
    String methodology(@RequestParam(required = false) Integer version, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("section", "ratings");
        Ratings.Methodology current = ratings.methodology(user, null);
        Ratings.Methodology shown = version == null ? current : ratings.methodology(user, version);
        model.addAttribute("m", shown);
        model.addAttribute("current", shown.version() == current.version());
        model.addAttribute("versions", ratings.versions(user));
        model.addAttribute("canEdit", Ratings.canEdit(user));
        return "monitoring/rating-methodology";
    }

    /** A new version from the editor's rows: parallel fields, one value per row each. */
    @PostMapping("/methodology")
    String save(HttpServletRequest request, @RequestParam(required = false) String note, RedirectAttributes flash) {
        String[] codes = values(request, "code");
        String[] denominators = values(request, "denominator");
        String[] weights = values(request, "weight");
        String[] bands = values(request, "bands");
        String[] yes = values(request, "yes");
        String[] no = values(request, "no");
        List<Ratings.ItemInput> rows = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            rows.add(new Ratings.ItemInput(
                    codes[i], at(denominators, i), at(weights, i), at(bands, i), at(yes, i), at(no, i)));
        }
        int version = ratings.save(CurrentUser.get(), rows, note);
        flash.addFlashAttribute("notice", "rating.methodology.saved");
        return "redirect:/monitoring/ratings/methodology?version=" + version;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String at(String[] values, int i) {
        return i < values.length ? values[i] : null;
    }
}
