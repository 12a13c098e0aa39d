package ru.probity.declarations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.CurrentUser;
import ru.probity.platform.UploadLimits;

/**
 * Uploads of «Справки БК» packages: an officer's for a campaign (beside its list of obligations),
 * an employee's own in «Мои справки». The result page lists every file: imported, not matched,
 * refused.
 */
@Controller
@RequestMapping("/declarations")
class SpravkiImportController {

    private final SpravkiImport imports;
    private final Campaigns campaigns;

    SpravkiImportController(SpravkiImport imports, Campaigns campaigns) {
        this.imports = imports;
        this.campaigns = campaigns;
    }

    @PostMapping("/campaigns/{id}/spravki")
    String campaign(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        List<SpravkiImport.FileResult> results = imports.importForCampaign(user, id, uploads(files));
        model.addAttribute("campaign", campaigns.campaign(user, id));
        return result(model, results);
    }

    @PostMapping("/obligations/{id}/spravki")
    String obligation(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model)
            throws IOException {
        model.addAttribute("obligationId", id);
        return result(model, imports.importForObligation(CurrentUser.get(), id, uploads(files)));
    }

    @PostMapping("/spravki")
    String own(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model)
            throws IOException {
        return result(model, imports.importOwn(CurrentUser.get(), uploads(files)));
    }

    private static String result(Model model, List<SpravkiImport.FileResult> results) {
        model.addAttribute("results", results);
        model.addAttribute(
                "imported",
                results.stream()
                        .filter(r -> r.outcome() == SpravkiImport.Outcome.IMPORTED)
                        .count());
        return "declarations/spravki-result";
    }

    /** The files as uploaded; a package over its limit is not read whole (it is refused by its size). */
    private static List<SpravkiImport.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<SpravkiImport.Upload> uploads = new ArrayList<>();
        long max = UploadLimits.current().declarationFile().toBytes();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            String name = f.getOriginalFilename();
            boolean zip = name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
            // an archive is read as a stream, entry by entry within the archive limits
            uploads.add(
                    zip
                            ? new SpravkiImport.Upload(name, f.getSize(), null, f)
                            : new SpravkiImport.Upload(name, f.getSize(), UploadLimits.bytes(f, max)));
        }
        return uploads;
    }
}
