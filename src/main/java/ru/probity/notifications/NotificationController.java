package ru.probity.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.org.Organizations;
import ru.probity.platform.AttachedFile;
import ru.probity.platform.Downloads;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;

/** Pages of notifications: the employee's own and his form, the officer's register, card and journal. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;
    private final NotificationJournal journal;
    private final NotificationStatistics statistics;
    private final Organizations organizations;
    private final Messages messages;
    private final NotificationSettings settings;

    NotificationController(
            Notifications notifications,
            NotificationJournal journal,
            NotificationStatistics statistics,
            Organizations organizations,
            Messages messages,
            NotificationSettings settings) {
        this.notifications = notifications;
        this.journal = journal;
        this.statistics = statistics;
        this.organizations = organizations;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping
    String register(
            @RequestParam(required = false) NotificationKind kind,
            @RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        CurrentUser user = CurrentUser.get();
        if (!Notifications.readsRegisters(user)) {
            return "redirect:/notifications/my";
        }
        model.addAttribute(
                "found",
                notifications.register(user, new Notifications.Filter(kind, status, null, null, q, overdue), 500));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("statuses", NotificationStatus.values());
        return "notifications/list";
    }

    @GetMapping("/my")
    String mine(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("found", notifications.mine(user));
        model.addAttribute("onlineKinds", notifications.kindsFor(user));
        model.addAttribute("category", notifications.category(user));
        return "notifications/mine";
    }

    @GetMapping("/new")
    String newForm(@RequestParam NotificationKind kind, Model model) {
        if (!Notifications.files(CurrentUser.get()) || !kind.online()) {
            throw new AccessDeniedException("Not an online kind or not an employee");
        }
        var category = notifications.category(CurrentUser.get());
        if (!kind.appliesTo(category)) {
            throw Refusal.conflict("notifications.error.notForCategory", category.label());
        }
        NotificationForm form = new NotificationForm();
        form.setKind(kind);
        return form(form, false, Map.of(), model);
    }

    @PostMapping
    String file(
            @ModelAttribute("form") NotificationForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        try {
            long id = notifications.file(CurrentUser.get(), form, uploads(files));
            flash.addFlashAttribute(
                    "notice", "notifications.filed." + form.getKind().document());
            return "redirect:/notifications/" + id;
        } catch (Refusal e) {
            // the form comes back with what was typed: wrong fields marked, or the reason on top
            if (e.fields().isEmpty()) {
                model.addAttribute("problem", messages.text(e));
            }
            return form(form, false, e.fields(), model);
        }
    }

    @GetMapping("/paper")
    String paperForm(@RequestParam NotificationKind kind, Model model) {
        if (!Notifications.keeps(CurrentUser.get())) {
            throw new AccessDeniedException("Only officers register paper notifications");
        }
        NotificationForm form = new NotificationForm();
        form.setKind(kind);
        form.setOrganizationId(CurrentUser.get().organizationId());
        form.setReceivedOn(LocalDate.now());
        return form(form, true, Map.of(), model);
    }

    @PostMapping("/paper")
    String registerPaper(
            @ModelAttribute("form") NotificationForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        try {
            long id = notifications.registerPaper(CurrentUser.get(), form, uploads(files));
            flash.addFlashAttribute(
                    "notice", "notifications.registered." + form.getKind().document());
            return "redirect:/notifications/" + id;
        } catch (Refusal e) {
            // the form comes back with what was typed: wrong fields marked, or the reason on top
            if (e.fields().isEmpty()) {
                model.addAttribute("problem", messages.text(e));
            }
            return form(form, true, e.fields(), model);
        }
    }

    private String form(NotificationForm form, boolean paper, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("paper", paper);
        model.addAttribute(
                "lawKey",
                form.getKind() == null
                        ? null
                        : form.getKind().lawKey(paper ? null : notifications.category(CurrentUser.get())));
        model.addAttribute("errors", errors);
        model.addAttribute("accept", AttachedFile.ACCEPT);
        model.addAttribute("maxFileMb", notifications.maxFileMb());
        if (paper) {
            model.addAttribute("organizations", organizations.visible(CurrentUser.get()));
        }
        return "notifications/form";
    }

    @GetMapping("/{id}")
    String card(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Notification n = notifications.get(user, id);
        model.addAttribute("n", n);
        model.addAttribute("lawKey", n.kind().lawKey(notifications.category(n)));
        model.addAttribute("files", notifications.files(user, id));
        model.addAttribute("history", notifications.history(user, id));
        model.addAttribute("keeper", notifications.handles(user, n));
        model.addAttribute("accept", AttachedFile.ACCEPT);
        model.addAttribute("maxExtensionDays", settings.reviewMaxExtensionDays());
        model.addAttribute(
                "assetCommission",
                settings.giftAssetCommission().isBlank()
                        ? messages.text("notifications.gift.assetCommission")
                        : settings.giftAssetCommission());
        return "notifications/card";
    }

    @PostMapping("/{id}/register")
    String registerOnline(@PathVariable long id, RedirectAttributes flash) {
        notifications.register(CurrentUser.get(), id);
        return done(id, flash, "notifications.registered");
    }

    @PostMapping("/{id}/conclusion")
    String conclude(
            @PathVariable long id, @RequestParam(required = false) String conclusion, RedirectAttributes flash) {
        notifications.conclude(CurrentUser.get(), id, conclusion);
        return done(id, flash, "notifications.concluded");
    }

    @PostMapping("/{id}/commission")
    String sendToCommission(@PathVariable long id, RedirectAttributes flash) {
        notifications.sendToCommission(CurrentUser.get(), id);
        return done(id, flash, "notifications.sent");
    }

    @PostMapping("/{id}/requests")
    String requestsSent(@PathVariable long id, RedirectAttributes flash) {
        notifications.requestsSent(CurrentUser.get(), id);
        return done(id, flash, "notifications.requestsSent");
    }

    @PostMapping("/{id}/extension")
    String extendReview(
            @PathVariable long id,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        notifications.extendReview(CurrentUser.get(), id, days, reason);
        return done(id, flash, "notifications.extended");
    }

    /** The act of acceptance of the gift, filled from the notification, for the officer who keeps it. */
    @GetMapping("/{id}/gift/handover-act.docx")
    void giftHandoverAct(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Notification n = notifications.get(user, id);
        if (!n.gift() || !notifications.handles(user, n)) {
            throw new AccessDeniedException(user.username() + " may not print the gift act of notification " + id);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GiftHandoverAct.write(messages, n, out);
        Downloads.attachedFile(
                response,
                "akt-podarok-" + id + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                out.toByteArray());
    }

    @PostMapping("/{id}/gift/handover")
    String giftHandedOver(
            @PathVariable long id,
            @RequestParam(required = false) String act,
            @RequestParam(required = false) String on,
            RedirectAttributes flash) {
        notifications.giftHandedOver(CurrentUser.get(), id, act, on);
        return done(id, flash, "notifications.gift.handedOver");
    }

    @PostMapping("/{id}/gift/valuation")
    String giftValued(
            @PathVariable long id,
            @RequestParam(required = false) String sum,
            @RequestParam(required = false) String on,
            RedirectAttributes flash) {
        notifications.giftValued(CurrentUser.get(), id, sum, on);
        return done(id, flash, "notifications.gift.valued");
    }

    @PostMapping("/{id}/gift/buyback")
    String giftBoughtBack(
            @PathVariable long id,
            @RequestParam(required = false) String appliedOn,
            @RequestParam(required = false) String sum,
            RedirectAttributes flash) {
        notifications.giftBoughtBack(CurrentUser.get(), id, appliedOn, sum);
        return done(id, flash, "notifications.gift.boughtBack");
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String outcome, RedirectAttributes flash) {
        notifications.close(CurrentUser.get(), id, outcome);
        return done(id, flash, "notifications.closed");
    }

    @PostMapping("/{id}/files")
    String addFiles(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes flash)
            throws IOException {
        notifications.addFiles(CurrentUser.get(), id, uploads(files));
        return done(id, flash, "notifications.filesAdded");
    }

    /** Back to the card with the notice; a refusal goes back with its reason (platform's page advice). */
    private static String done(long id, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/notifications/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        NotificationFiles.Content file = notifications.file(CurrentUser.get(), id, fileId);
        Downloads.attachedFile(response, file.name(), file.contentType(), file.bytes());
    }

    @GetMapping("/journal")
    String journal(
            @RequestParam(defaultValue = "PERSONAL_INTEREST") NotificationKind kind,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            Model model) {
        CurrentUser user = CurrentUser.get();
        long organizationId = organization == null ? user.organizationId() : organization;
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("organization", organizations.get(user, organizationId));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute(
                "found",
                notifications.register(
                        user, new Notifications.Filter(kind, null, organizationId, y, null, false), 5000));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("year", y);
        return "notifications/journal";
    }

    @GetMapping("/journal.xlsx")
    void journalXlsx(
            @RequestParam NotificationKind kind,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        long organizationId = organization == null ? user.organizationId() : organization;
        int y = year == null ? LocalDate.now().getYear() : year;
        String name = organizations.get(user, organizationId).name();
        List<Notification> rows = notifications.register(
                user, new Notifications.Filter(kind, null, organizationId, y, null, false), 100_000);
        var out = Downloads.xlsx(response, "zhurnal-" + kind.name().toLowerCase(Locale.ROOT) + "-" + y + ".xlsx");
        journal.write(kind, name, y, rows, out);
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        CurrentUser user = CurrentUser.get();
        NotificationStatistics.Period period = NotificationStatistics.Period.of(from, to);
        model.addAttribute("period", period);
        model.addAttribute("byKind", statistics.byKind(user, period));
        model.addAttribute("byOrganization", statistics.byOrganization(user, period));
        return "notifications/statistics";
    }

    @GetMapping("/statistics.xlsx")
    void statisticsXlsx(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        NotificationStatistics.Period period = NotificationStatistics.Period.of(from, to);
        statistics.writeXlsx(
                CurrentUser.get(),
                period,
                Downloads.xlsx(response, "uvedomleniya-statistika-" + period.to() + ".xlsx"));
    }

    /** The files, each read at most to its limit (+1 byte, so that the limit's check refuses it). */
    List<Notifications.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Notifications.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                uploads.add(new Notifications.Upload(
                        f.getOriginalFilename(), UploadLimits.bytes(f, settings.maxFileBytes())));
            }
        }
        return uploads;
    }
}
