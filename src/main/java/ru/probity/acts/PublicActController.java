package ru.probity.acts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.probity.platform.Downloads;

/**
 * The public pages of the acts marked public (Приказ Минтруда №530н, «Нормативные правовые и иные
 * акты в сфере противодействия коррупции»): the organization's list with filters by kind and year,
 * an act's page with its versions and text, a version's file. For anyone, without JavaScript.
 */
@Controller
@RequestMapping("/public/{organization:\\d+}/acts")
class PublicActController {

    private final PublicActs acts;

    PublicActController(PublicActs acts) {
        this.acts = acts;
    }

    @GetMapping
    String list(
            @PathVariable long organization,
            @RequestParam(required = false) ActKind kind,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<PublicActStore.Line> found = acts.list(organization, kind, year);
        model.addAttribute("acts", found);
        model.addAttribute("kinds", ActKind.values());
        model.addAttribute("years", acts.years(organization));
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("filtered", kind != null || year != null);
        return "acts/public/list";
    }

    @GetMapping("/{id}")
    String act(@PathVariable long organization, @PathVariable long id, Model model) {
        PublicActStore.Line act = acts.act(organization, id);
        List<ActVersion> versions = acts.versions(organization, id);
        model.addAttribute("act", act);
        model.addAttribute("issuer", acts.issuer(id).orElse(null));
        model.addAttribute("versions", versions);
        model.addAttribute("text", versions.isEmpty() ? "" : acts.text(versions.getFirst()));
        return "acts/public/act";
    }

    @GetMapping("/{id}/versions/{number}/file")
    void file(
            @PathVariable long organization,
            @PathVariable long id,
            @PathVariable int number,
            HttpServletResponse response)
            throws IOException {
        PublicActs.File file = acts.file(organization, id, number);
        Downloads.attachedFile(
                response, file.version().fileName(), file.version().contentType(), file.content());
    }
}
