package ru.probity.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;

/**
 * The officer's page of the public subsection «Доклады, отчеты, обзоры, статистическая информация»
 * ({@link ReportPublication}): for an organization of his subtree, the statistics of a year published,
 * republished or withdrawn, and the report files uploaded, published or withdrawn.
 */
@Controller
@RequestMapping("/monitoring/public")
class PublicReportsController {

    private final ReportPublication publication;
    private final Organizations organizations;
    private final RegionTime regionTime;

    PublicReportsController(ReportPublication publication, Organizations organizations, RegionTime regionTime) {
        this.publication = publication;
        this.organizations = organizations;
        this.regionTime = regionTime;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long organization, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!ReportPublication.publishes(user)) {
            throw new AccessDeniedException(user.username() + " publishes no reports");
        }
        long id = organization == null ? user.organizationId() : organization;
        model.addAttribute("section", "publicReports");
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("organizationId", id);
        model.addAttribute("statistics", publication.statistics(user, id));
        model.addAttribute("files", publication.files(user, id));
        int year = regionTime.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = year; y > year - 6; y--) {
            years.add(y);
        }
        model.addAttribute("years", years);
        model.addAttribute("lastYear", year - 1);
        return "monitoring/public-reports";
    }

    private static String back(long organization) {
        return "redirect:/monitoring/public?organization=" + organization;
    }

    @PostMapping("/statistics")
    String publishStatistics(@RequestParam long organization, @RequestParam int year, RedirectAttributes flash) {
        publication.publishStatistics(CurrentUser.get(), organization, year);
        flash.addFlashAttribute("notice", "publicReports.statistics.published");
        return back(organization);
    }

    @PostMapping("/statistics/withdraw")
    String withdrawStatistics(@RequestParam long organization, @RequestParam int year, RedirectAttributes flash) {
        publication.withdrawStatistics(CurrentUser.get(), organization, year);
        flash.addFlashAttribute("notice", "publicReports.statistics.withdrawn");
        return back(organization);
    }

    @PostMapping("/files")
    String upload(
            @RequestParam long organization,
            @RequestParam int year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Boolean publish,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        ReportPublication.Upload upload = file == null || file.isEmpty()
                ? null
                : new ReportPublication.Upload(
                        file.getOriginalFilename(), UploadLimits.bytes(file, ReportPublication.MAX_FILE_BYTES));
        publication.upload(CurrentUser.get(), organization, year, title, upload, Boolean.TRUE.equals(publish));
        flash.addFlashAttribute("notice", "publicReports.file.uploaded");
        return back(organization);
    }

    @PostMapping("/files/{id}/published")
    String setPublished(
            @PathVariable long id,
            @RequestParam long organization,
            @RequestParam boolean published,
            RedirectAttributes flash) {
        publication.setPublished(CurrentUser.get(), id, published);
        flash.addFlashAttribute("notice", published ? "publicReports.file.published" : "publicReports.file.withdrawn");
        return back(organization);
    }

    @GetMapping("/files/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        var content = publication.content(CurrentUser.get(), id);
        Downloads.attachedFile(response, content.fileName(), content.contentType(), content.content());
    }
}
