package ru.probity.procurement;

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
import org.springframework.web.server.ResponseStatusException;
import ru.probity.access.CurrentUser;

/** Pages of the company registers: search, company card with its extracts, import of files. */
@Controller
@RequestMapping("/registers")
class RegisterController {

    private final Registers registers;
    private final RegisterImport registerImport;

    RegisterController(Registers registers, RegisterImport registerImport) {
        this.registers = registers;
        this.registerImport = registerImport;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("totals", registers.totals(user));
        model.addAttribute("q", q);
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

    /** Each file is imported on its own, all or nothing; the page lists what each one brought. */
    @PostMapping("/import")
    String importFiles(@RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
        CurrentUser user = CurrentUser.get();
        List<RegisterImport.Outcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            try (var in = file.getInputStream()) {
                outcomes.add(registerImport.importFile(user, file.getOriginalFilename(), in));
            }
        }
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("totals", registers.totals(user));
        return "registers/search";
    }
}
