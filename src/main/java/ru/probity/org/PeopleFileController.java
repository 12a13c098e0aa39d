package ru.probity.org;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.CurrentUser;

/** Upload of an XLSX/CSV file of employees and relatives, and the XLSX export. */
@Controller
class PeopleFileController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleImport peopleImport;

    PeopleFileController(PeopleImport peopleImport) {
        this.peopleImport = peopleImport;
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
        try (var in = file.getInputStream()) {
            model.addAttribute("report", peopleImport.importFile(user, name, in));
        }
        model.addAttribute("fileName", name);
        return "people/import";
    }

    @GetMapping("/people/export.xlsx")
    void export(@RequestParam(required = false) Long organization, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("sotrudniki-" + LocalDate.now() + ".xlsx")
                        .build()
                        .toString());
        peopleImport.exportXlsx(user, organization, response.getOutputStream());
    }
}
