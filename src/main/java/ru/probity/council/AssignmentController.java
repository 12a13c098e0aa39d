package ru.probity.council;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
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
import ru.probity.access.CurrentUser;
import ru.probity.council.model.AssignmentStatus;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.UploadLimits;

/**
 * The control of execution of the council's assignments: the list with its filters and the overdue
 * first (XLSX of the same), an assignment's card with the executor's report and the secretary's
 * acceptance or return.
 */
@Controller
@RequestMapping("/council/assignments")
class AssignmentController {

    private final CouncilAssignments assignments;
    private final Councils councils;
    private final Organizations organizations;
    private final CouncilSettings settings;
    private final Messages messages;

    AssignmentController(
            CouncilAssignments assignments,
            Councils councils,
            Organizations organizations,
            CouncilSettings settings,
            Messages messages) {
        this.assignments = assignments;
        this.councils = councils;
        this.organizations = organizations;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long executor,
            @RequestParam(required = false) Long council,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "found", assignments.list(user, new CouncilAssignments.Filter(status, overdue, executor, council)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AssignmentStatus.values());
        model.addAttribute("overdue", overdue);
        model.addAttribute("executor", executor);
        model.addAttribute("council", council);
        model.addAttribute("councils", councils.councils(user));
        model.addAttribute("organizations", organizations.visible(user));
        return "council/assignments";
    }

    @GetMapping("/export.xlsx")
    void xlsx(
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long executor,
            @RequestParam(required = false) Long council,
            HttpServletResponse response)
            throws IOException {
        List<Assignment> found =
                assignments.list(CurrentUser.get(), new CouncilAssignments.Filter(status, overdue, executor, council));
        try (Spreadsheet workbook = new Spreadsheet();
                OutputStream out = Downloads.xlsx(response, "council-assignments.xlsx")) {
            Spreadsheet.Table table = workbook.table(
                    messages.text("council.assignments.sheet"),
                    new Spreadsheet.Column(messages.text("council.field.meeting"), 14),
                    new Spreadsheet.Column(messages.text("council.field.council"), 40),
                    new Spreadsheet.Column(messages.text("council.field.assignment"), 70),
                    new Spreadsheet.Column(messages.text("council.field.expectedResult"), 40),
                    new Spreadsheet.Column(messages.text("council.field.executor"), 40),
                    new Spreadsheet.Column(messages.text("council.field.dueOn"), 14),
                    new Spreadsheet.Column(messages.text("council.field.status"), 22));
            for (Assignment a : found) {
                table.row(
                        RussianFormats.date(a.heldOn()),
                        a.councilName(),
                        a.text(),
                        a.expectedResult(),
                        a.executorName(),
                        RussianFormats.date(a.dueOn()),
                        a.overdue()
                                ? messages.text("council.assignment.overdue")
                                : messages.text("council.assignment.status." + a.status()));
            }
            workbook.write(out);
        }
    }

    @GetMapping("/{id:\\d+}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Assignment assignment = assignments.get(user, id);
        model.addAttribute("assignment", assignment);
        model.addAttribute("reports", assignments.reports(user, assignment));
        model.addAttribute("canReport", assignments.canReport(user, assignment));
        model.addAttribute("canReview", assignments.canReview(user, assignment));
        model.addAttribute("canRemove", assignments.canRemove(user, assignment));
        model.addAttribute("maxFileMb", settings.maxFileMb());
        return "council/assignment";
    }

    @PostMapping("/{id:\\d+}/report")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        assignments.report(
                CurrentUser.get(),
                id,
                text,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : UploadLimits.bytes(file, settings.maxFileBytes()));
        flash.addFlashAttribute("notice", "council.reportSent");
        return "redirect:/council/assignments/" + id;
    }

    @PostMapping("/{id:\\d+}/accept")
    String accept(@PathVariable long id, RedirectAttributes flash) {
        assignments.accept(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "council.reportAccepted");
        return "redirect:/council/assignments/" + id;
    }

    @PostMapping("/{id:\\d+}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String remark, RedirectAttributes flash) {
        assignments.giveBack(CurrentUser.get(), id, remark);
        flash.addFlashAttribute("notice", "council.reportReturned");
        return "redirect:/council/assignments/" + id;
    }

    @PostMapping("/{id:\\d+}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        Assignment assignment = assignments.get(CurrentUser.get(), id);
        assignments.remove(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", "council.assignmentRemoved");
        return "redirect:/council/meetings/" + assignment.meetingId() + "#assignments";
    }

    @GetMapping("/{id:\\d+}/files/{file:\\d+}")
    void file(@PathVariable long id, @PathVariable long file, HttpServletResponse response) throws IOException {
        Councils.Download content = assignments.file(CurrentUser.get(), id, file);
        Downloads.attachedFile(response, content.name(), content.contentType(), content.bytes());
    }
}
