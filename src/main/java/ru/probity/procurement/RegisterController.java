package ru.probity.procurement;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.platform.NotFound;
import ru.probity.platform.UploadLimits;

/** Pages of the company registers: search, company card with its extracts, import of files. */
@Controller
@RequestMapping("/registers")
class RegisterController {

    private final Registers registers;
    private final RegisterReview review;
    private final UploadJobs uploads;
    private final DataSize uploadLimit;

    RegisterController(Registers registers, RegisterReview review, UploadJobs uploads, UploadLimits uploadLimits) {
        this.registers = registers;
        this.review = review;
        this.uploads = uploads;
        this.uploadLimit = uploadLimits.maxRequest();
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("totals", registers.totals(user));
        model.addAttribute("q", q);
        model.addAttribute("uploadLimit", uploadLimit);
        if (user.role() == ru.probity.access.Role.REGIONAL_ADMIN) {
            model.addAttribute("pendingFiles", review.pendingCount(user));
        }
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", registers.search(user, q, 100));
        }
        return "registers/search";
    }

    @GetMapping("/companies/{inn}")
    String company(@PathVariable String inn, Model model) {
        if (!inn.matches("\\d{10}")) {
            throw new NotFound("company", inn);
        }
        Registers.Card card = registers.card(CurrentUser.get(), inn).orElseThrow(() -> new NotFound("company", inn));
        model.addAttribute("company", card.company());
        model.addAttribute("history", card.extracts());
        model.addAttribute("changes", card.changes());
        return "registers/company";
    }

    /** The regional administrator's list of municipal files waiting for a decision. */
    @GetMapping("/pending")
    String pending(Model model) {
        model.addAttribute("files", review.pending(CurrentUser.get()));
        return "registers/pending";
    }

    /** A file no longer pending is refused: the page it was posted from says so. */
    @PostMapping("/pending/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        RegisterReview.Decision decision = review.accept(CurrentUser.get(), id);
        redirect.addFlashAttribute(
                "accepted", new Object[] {decision.extracts(), decision.currentChanged(), decision.duplicates()});
        return "redirect:/registers/pending";
    }

    @PostMapping("/pending/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        RegisterReview.Decision decision = review.reject(CurrentUser.get(), id, note);
        redirect.addFlashAttribute("rejected", decision.extracts());
        return "redirect:/registers/pending";
    }

    /**
     * Each file is imported on its own, all or nothing, in the background; the upload's page shows
     * the progress and then what each file brought.
     */
    @PostMapping("/import")
    String importFiles(@RequestParam("files") List<MultipartFile> files) {
        UploadJob job = uploads.start(CurrentUser.get(), UploadJob.Kind.REGISTERS, files);
        return "redirect:/uploads/" + job.id();
    }
}
