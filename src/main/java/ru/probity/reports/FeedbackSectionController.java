package ru.probity.reports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The feedback page of an organization's public section ({@link FeedbackSection}): the explanation
 * and the report form of the virtual reception with the organization chosen; the form posts to the
 * reception ({@link PublicReportController}), whose receipt and status pages stay as they are.
 */
@Controller
class FeedbackSectionController {

    private final FeedbackSection section;
    private final PublicReports reports;
    private final Challenges challenges;
    private final ReportUploads uploads;

    FeedbackSectionController(
            FeedbackSection section, PublicReports reports, Challenges challenges, ReportUploads uploads) {
        this.section = section;
        this.reports = reports;
        this.challenges = challenges;
        this.uploads = uploads;
    }

    @GetMapping("/public/{organization:\\d+}/" + FeedbackSection.ID)
    String page(@PathVariable long organization, Model model, CsrfToken csrf, HttpServletResponse response) {
        csrf.getToken(); // the cookie is set before the page starts to stream
        PublicReportController.private_(response);
        PublicReportController.formModel(model, reports, challenges, uploads);
        model.addAttribute("selectedOrganization", organization);
        model.addAttribute("contacts", section.contacts(organization).orElse(null));
        return "reports/portal/feedback";
    }
}
