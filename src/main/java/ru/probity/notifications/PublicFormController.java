package ru.probity.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.platform.Downloads;
import ru.probity.platform.NotFound;

/** The public list of the blank forms of notifications and their DOCX files, for anyone. */
@Controller
@RequestMapping("/public/{organization:\\d+}/forms")
class PublicFormController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final NotificationForms forms;

    PublicFormController(NotificationForms forms) {
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable long organization, Model model) {
        model.addAttribute("forms", forms.forms());
        return "notifications/public/forms";
    }

    @GetMapping("/{kind:[a-z-]+}.docx")
    void docx(@PathVariable long organization, @PathVariable String kind, HttpServletResponse response)
            throws IOException {
        NotificationKind form = forms.kind(kind).orElseThrow(() -> new NotFound("form", kind));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        forms.write(organization, kind, buffer);
        Downloads.attachedFile(response, forms.fileName(form), DOCX, buffer.toByteArray());
    }
}
