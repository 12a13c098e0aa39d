package ru.probity.procurement;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import ru.probity.access.CurrentUser;

/** Pages of the company registers: search, company card with its extracts, import of files. */
@Controller
@RequestMapping("/registers")
class RegisterController {

    private final Registers registers;
    private final UploadJobs uploads;
    private final DataSize uploadLimit;

    RegisterController(
            Registers registers,
            UploadJobs uploads,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize uploadLimit) {
        this.registers = registers;
        this.uploads = uploads;
        this.uploadLimit = uploadLimit;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("totals", registers.totals(user));
        model.addAttribute("q", q);
        model.addAttribute("uploadLimit", uploadLimit);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", registers.search(user, q, 100));
        }
        return "registers/search";
    }

    @GetMapping("/companies/{inn}")
    String company(@PathVariable String inn, Model model) {
        var history = registers.history(CurrentUser.get(), inn);
        if (history.isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("company", history.getFirst());
        model.addAttribute("history", history);
        return "registers/company";
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
