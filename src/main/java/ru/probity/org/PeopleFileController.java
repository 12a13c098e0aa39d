package ru.probity.org;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Downloads;

/** Upload of an XLSX/CSV file of employees and relatives, and the XLSX export. */
@Controller
class PeopleFileController {

    private final PeopleImport peopleImport;
    private final Organizations organizations;

    PeopleFileController(PeopleImport peopleImport, Organizations organizations) {
        this.peopleImport = peopleImport;
        this.organizations = organizations;
    }

    @GetMapping("/people/import")
    String form() {
        Organizations.requireManager(CurrentUser.get());
        return "people/import";
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        CurrentUser user = CurrentUser.get();
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.isEmpty()) {
            model.addAttribute("problem", "import.error.empty");
            return "people/import";
        }
        PeopleImport.Report tooLarge = peopleImport.checkSize(name, file.getSize());
        if (tooLarge != null) {
            model.addAttribute("report", tooLarge);
        } else {
            try (var in = file.getInputStream()) {
                model.addAttribute("report", peopleImport.importFile(user, name, in));
            }
        }
        model.addAttribute("fileName", name);
        return "people/import";
    }

    @GetMapping("/people/export.xlsx")
    void export(@RequestParam(required = false) Long organization, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        // refused before the headers of a download are set: a 403 page, not a broken file
        People.requireRegistryReader(user);
        if (organization != null) {
            organizations.get(user, organization);
        }
        var out = Downloads.xlsx(response, "sotrudniki-" + LocalDate.now() + ".xlsx");
        peopleImport.exportXlsx(user, organization, out);
    }
}
