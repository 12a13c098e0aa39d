package ru.probity.expertise;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;
import ru.probity.platform.RegionTime;

/**
 * The officer's pages of the independent and public expertise: the publications of the subtree, the
 * publishing of a draft's version, a publication with what it received (extend, withdraw), the
 * register of received conclusions and proposals and the answer to each; and the card a document's
 * page loads ({@code templates/expertise/publication-card.html}).
 */
@Controller
@RequestMapping("/expertise/publications")
class PublicationController {

    private final Publications publications;
    private final Submissions submissions;
    private final RegionTime regionTime;

    PublicationController(Publications publications, Submissions submissions, RegionTime regionTime) {
        this.publications = publications;
        this.submissions = submissions;
        this.regionTime = regionTime;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("publications", publications.list());
        model.addAttribute("canManage", Publications.canManage(CurrentUser.get()));
        return "expertise/publications/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long document, Model model) {
        LocalDate today = regionTime.today();
        model.addAttribute("versions", publications.draftVersions());
        model.addAttribute("document", document);
        model.addAttribute("minimumDays", publications.minimumDays());
        model.addAttribute("startsOn", today);
        model.addAttribute("endsOn", today.plusDays(publications.minimumDays() - 1L));
        return "expertise/publications/new";
    }

    @PostMapping
    String publish(
            @RequestParam(required = false) Long versionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes flash) {
        long id = publications.publish(null, versionId, startsOn, endsOn);
        flash.addFlashAttribute("notice", "expertise.publication.published");
        return "redirect:/expertise/publications/" + id;
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("publication", publications.view(id));
        model.addAttribute("submissions", submissions.list(id, false));
        model.addAttribute("canManage", Publications.canManage(CurrentUser.get()));
        model.addAttribute("minimumDays", publications.minimumDays());
        return "expertise/publications/view";
    }

    @PostMapping("/{id}/extend")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes flash) {
        publications.extend(id, endsOn);
        flash.addFlashAttribute("notice", "expertise.publication.extended");
        return "redirect:/expertise/publications/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes flash) {
        publications.withdraw(id);
        flash.addFlashAttribute("notice", "expertise.publication.withdrawnNotice");
        return "redirect:/expertise/publications/" + id;
    }

    /** The card of a document's publications, loaded into the document's page (htmx). */
    @GetMapping("/card")
    String card(@RequestParam long document, Model model) {
        model.addAttribute("publications", publications.ofDocument(document));
        model.addAttribute("document", document);
        model.addAttribute("canManage", Publications.canManage(CurrentUser.get()));
        return "expertise/publication-card :: content";
    }

    @GetMapping("/submissions")
    String submissions(@RequestParam(defaultValue = "false") boolean pending, Model model) {
        model.addAttribute("submissions", submissions.list(null, pending));
        model.addAttribute("pending", pending);
        return "expertise/publications/submissions";
    }

    @GetMapping("/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        Submissions.Submission s = submissions.view(id);
        model.addAttribute("submission", s);
        model.addAttribute("files", submissions.files(id));
        model.addAttribute("canManage", Publications.canManage(CurrentUser.get()));
        return "expertise/publications/submission";
    }

    @PostMapping("/submissions/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) Boolean accepted,
            RedirectAttributes flash) {
        boolean mailed = submissions.answer(id, answer, accepted);
        flash.addFlashAttribute(
                "notice", mailed ? "expertise.submission.answeredMailed" : "expertise.submission.answeredNotMailed");
        return "redirect:/expertise/publications/submissions/" + id;
    }

    @PostMapping("/submissions/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes flash) {
        submissions.resend(id);
        flash.addFlashAttribute("notice", "expertise.submission.answeredMailed");
        return "redirect:/expertise/publications/submissions/" + id;
    }

    @PostMapping("/submissions/{id}/posted")
    String posted(@PathVariable long id, RedirectAttributes flash) {
        submissions.markPosted(id);
        flash.addFlashAttribute("notice", "expertise.submission.postedNotice");
        return "redirect:/expertise/publications/submissions/" + id;
    }

    @GetMapping("/submissions/{id}/files/{fileId}")
    void file(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        SubmissionStore.Download file = submissions.file(id, fileId);
        Downloads.attachedFile(response, file.fileName(), file.contentType(), file.content());
    }
}
