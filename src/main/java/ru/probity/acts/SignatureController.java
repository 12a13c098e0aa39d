package ru.probity.acts;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.RegionTime;

/**
 * The simple electronic signature's preconditions (63-ФЗ ст.6 ч.2, ст.9): the officer's page
 * «Простая электронная подпись» (the organizations' local acts, paper agreements) and the
 * employee's own acceptance of the agreement from his list «На ознакомление».
 */
@Controller
class SignatureController {

    private final Signatures signatures;
    private final Organizations organizations;
    private final RegionTime regionTime;

    SignatureController(Signatures signatures, Organizations organizations, RegionTime regionTime) {
        this.signatures = signatures;
        this.organizations = organizations;
        this.regionTime = regionTime;
    }

    @GetMapping("/acts/signature")
    String page(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("localActs", signatures.acts(user));
        model.addAttribute("organizations", organizations.visible(user));
        model.addAttribute("today", regionTime.today());
        return "acts/signature";
    }

    @PostMapping("/acts/signature/acts")
    String recordAct(
            @RequestParam long organization,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam(required = false) String title,
            RedirectAttributes flash) {
        signatures.recordAct(CurrentUser.get(), organization, number, adoptedOn, title);
        flash.addFlashAttribute("notice", "acts.esign.actRecorded");
        return "redirect:/acts/signature";
    }

    @PostMapping("/acts/signature/agreements")
    String recordAgreements(
            @RequestParam long organization,
            @RequestParam(required = false) String people,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentedOn,
            RedirectAttributes flash) {
        signatures.recordOnPaper(CurrentUser.get(), organization, people, agreedOn, consentedOn);
        flash.addFlashAttribute("notice", "acts.esign.agreementsRecorded");
        return "redirect:/acts/signature";
    }

    @PostMapping("/acknowledgements/signature")
    String accept(
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "false") boolean agreement,
            @RequestParam(required = false) String password,
            RedirectAttributes flash) {
        signatures.accept(CurrentUser.get(), consent, agreement, password);
        flash.addFlashAttribute("notice", "acts.esign.accepted");
        return "redirect:/acknowledgements";
    }
}
