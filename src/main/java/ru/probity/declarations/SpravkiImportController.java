package ru.probity.declarations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.probity.access.CurrentUser;
import ru.probity.platform.UploadLimits;

/**
 * Uploads of «Справки БК» packages: an officer's for a campaign (beside its list of obligations),
 * stored as a batch and filed in the background with its progress on the batch's page; one
 * obligation's and the employee's own in «Мои справки», filed at once. The result lists every
 * file: imported, imported before, not matched, refused.
 */
@Controller
@RequestMapping("/declarations")
class SpravkiImportController {

    private final SpravkiImport imports;
    private final SpravkiBatches batches;
    private final Campaigns campaigns;

    SpravkiImportController(SpravkiImport imports, SpravkiBatches batches, Campaigns campaigns) {
        this.imports = imports;
        this.batches = batches;
        this.campaigns = campaigns;
    }

    /** A campaign's files are stored as a batch and filed in the background; its page shows the progress. */
    @PostMapping("/campaigns/{id}/spravki")
    String campaign(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        long batch = batches.start(CurrentUser.get(), id, uploads(files));
        return "redirect:/declarations/spravki/batches/" + batch;
    }

    @GetMapping("/spravki/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        SpravkiBatches.View batch = batches.view(user, id);
        model.addAttribute("campaign", campaigns.campaign(user, batch.campaignId()));
        return batchModel(model, user, batch, "declarations/spravki-batch");
    }

    /** The progress and the results so far, polled by the batch's page while it is filed. */
    @GetMapping("/spravki/batches/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        return batchModel(model, user, batches.view(user, id), "declarations/spravki-batch :: progress");
    }

    private static String batchModel(Model model, CurrentUser user, SpravkiBatches.View batch, String view) {
        model.addAttribute("batch", batch);
        model.addAttribute("results", batch.results());
        model.addAttribute("imported", batch.imported());
        model.addAttribute("canAddRelatives", user.role().managesRegistry());
        return view;
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
        model.addAttribute("canAddRelatives", CurrentUser.get().role().managesRegistry());
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
