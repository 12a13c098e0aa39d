package ru.probity.materials;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.acts.Letters;
import ru.probity.org.Organizations;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.platform.UploadLimits;

/** Pages of the library of methodological materials: search with the tag cloud, a material, forms. */
@Controller
@RequestMapping("/materials")
class LibraryController {

    private final Materials materials;
    private final Organizations organizations;
    private final UploadLimits limits;
    private final RegionTime regionTime;
    private final Messages messages;

    LibraryController(
            Materials materials,
            Organizations organizations,
            UploadLimits limits,
            RegionTime regionTime,
            Messages messages) {
        this.materials = materials;
        this.organizations = organizations;
        this.limits = limits;
        this.regionTime = regionTime;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MaterialKind kind,
            @RequestParam(required = false) String tag,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", materials.search(user, q, kind, tag, 300));
        model.addAttribute("cloud", materials.tags(user));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("tag", tag);
        model.addAttribute("kinds", MaterialKind.values());
        model.addAttribute("mayCreate", materials.canCreate(user));
        return "materials/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        CurrentUser user = CurrentUser.get();
        if (!materials.canCreate(user)) {
            throw new AccessDeniedException("Role " + user.role() + " may not add materials");
        }
        return form(new MaterialForm(null, null, null, null), null, model);
    }

    /** The form with its values: blank, the material's, or what was typed in a refused one. */
    private String form(MaterialForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("kinds", MaterialKind.values());
        return "materials/form";
    }

    /** A refused form comes back with what was typed and the reasons on top (a missing record stays a 404). */
    private String refused(Refusal e, MaterialForm form, Long id, Model model) {
        if (e instanceof NotFound) {
            throw e;
        }
        model.addAttribute("problem", messages.reasons(e));
        return form(form, id, model);
    }

    @PostMapping
    String save(MaterialForm form, Model model, RedirectAttributes flash) {
        long id;
        try {
            id = materials.create(CurrentUser.get(), form);
        } catch (Refusal e) {
            return refused(e, form, null, model);
        }
        flash.addFlashAttribute("notice", "materials.saved");
        return "redirect:/materials/" + id;
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Material material = materials.get(user, id);
        boolean mayChange = materials.canChange(user, material);
        model.addAttribute("material", material);
        model.addAttribute("versions", materials.versions(user, id));
        model.addAttribute("mayChange", mayChange);
        model.addAttribute("siteMark", materials.siteMark(user, id).orElse(null));
        model.addAttribute("letters", materials.letters(user, id));
        if (mayChange) {
            model.addAttribute("organizations", organizations.visible(user));
            model.addAttribute("defaultDue", regionTime.today().plusDays(14));
        }
        return "materials/card";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Material m = materials.forEditing(CurrentUser.get(), id);
        return form(new MaterialForm(m.kind(), m.title(), m.description(), String.join(", ", m.tags())), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, MaterialForm form, Model model, RedirectAttributes flash) {
        try {
            materials.update(CurrentUser.get(), id, form);
        } catch (Refusal e) {
            return refused(e, form, id, model);
        }
        flash.addFlashAttribute("notice", "materials.saved");
        return "redirect:/materials/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam boolean published, RedirectAttributes flash) {
        materials.publish(CurrentUser.get(), id, published);
        flash.addFlashAttribute("notice", published ? "materials.published" : "materials.drafted");
        return "redirect:/materials/" + id;
    }

    /** Puts the published material on the public section «Противодействие коррупции», or takes it off. */
    @PostMapping("/{id}/site")
    String site(@PathVariable long id, @RequestParam(defaultValue = "false") boolean onSite, RedirectAttributes flash) {
        materials.setOnSite(CurrentUser.get(), id, onSite);
        flash.addFlashAttribute("notice", onSite ? "materials.site.published" : "materials.site.withdrawn");
        return "redirect:/materials/" + id;
    }

    @PostMapping("/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String note,
            RedirectAttributes flash)
            throws IOException {
        materials.checkSize(file.getOriginalFilename(), file.getSize());
        materials.addVersion(
                CurrentUser.get(),
                id,
                file.getOriginalFilename(),
                UploadLimits.bytes(file, limits.actFile().toBytes()),
                note);
        flash.addFlashAttribute("notice", "materials.versionAdded");
        return "redirect:/materials/" + id;
    }

    @GetMapping("/versions/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        MaterialVersion version = materials.version(user, id);
        byte[] content = materials.file(user, version);
        Downloads.attachedFile(response, version.fileName(), version.contentType(), content);
    }

    @PostMapping("/{id}/letters")
    String send(
            @PathVariable long id,
            @RequestParam Letters.Recipients recipients,
            @RequestParam(required = false) List<Long> organizations,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "false") boolean answerRequested,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        materials.send(CurrentUser.get(), id, recipients, organizations, dueOn, answerRequested, note);
        flash.addFlashAttribute("notice", "materials.sent");
        return "redirect:/materials/" + id;
    }
}
