package ru.probity.materials;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.platform.Downloads;

/** The public pages of the methodological materials on the website, and their files, for anyone. */
@Controller
@RequestMapping("/public/{organization:\\d+}/materials")
class PublicMaterialController {

    private final PublicMaterials materials;

    PublicMaterialController(PublicMaterials materials) {
        this.materials = materials;
    }

    @GetMapping
    String list(@PathVariable long organization, Model model) {
        model.addAttribute("materials", materials.list(organization));
        return "materials/public/list";
    }

    @GetMapping("/{id}")
    String material(@PathVariable long organization, @PathVariable long id, Model model) {
        model.addAttribute("material", materials.material(organization, id));
        return "materials/public/material";
    }

    @GetMapping("/{id}/file")
    void file(@PathVariable long organization, @PathVariable long id, HttpServletResponse response) throws IOException {
        PublicMaterialStore.File file = materials.file(organization, id);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.content());
    }
}
