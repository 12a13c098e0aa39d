package ru.probity.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.access.CurrentUser;

/** The progress of an upload and, when it is done, what each file brought. */
@Controller
@RequestMapping("/uploads")
class UploadController {

    private final UploadJobs jobs;

    UploadController(UploadJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * The upload's page; an upload of another user, or one lost with a restart of the server, is
     * not found.
     */
    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var job = jobs.find(CurrentUser.get(), id);
        if (job.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "uploads/job";
        }
        model.addAttribute("job", job.get());
        model.addAttribute("section", job.get().kind() == UploadJob.Kind.REGISTERS ? "registers" : "procurement");
        return "uploads/job";
    }

    /** The progress block alone, polled by the page every second until the upload is done. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        jobs.find(CurrentUser.get(), id).ifPresent(job -> model.addAttribute("job", job));
        return "uploads/job :: progress";
    }
}
