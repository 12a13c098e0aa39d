package ru.probity.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.accounts.totp.QrSvg;
import ru.probity.accounts.totp.Totp;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;

/**
 * The second factor's pages: the code after the password, the user's own enrolment (QR code,
 * recovery codes shown once) and removal, and the regional administrator's policy.
 */
@Controller
class TwoFactorController {

    /** Wrong codes in one sign-in before the session is ended and the password is asked again. */
    static final int MAX_WRONG_CODES = 5;

    private static final String PENDING_SECRET = "probity.twoFactor.pendingSecret";
    private static final String WRONG_CODES = "probity.twoFactor.wrongCodes";
    private static final String ISSUER = "Probity";

    private final TwoFactor twoFactor;
    private final AccessLog accessLog;
    private final SignInThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    TwoFactorController(TwoFactor twoFactor, AccessLog accessLog, SignInThrottle throttle) {
        this.twoFactor = twoFactor;
        this.accessLog = accessLog;
        this.throttle = throttle;
    }

    @GetMapping(AccountGate.SECOND_FACTOR)
    String codeForm(Model model) {
        // no menu before the second factor: nothing behind it opens yet
        model.addAttribute("bare", true);
        return "accounts/second-factor";
    }

    @PostMapping(AccountGate.SECOND_FACTOR)
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!(signedIn.getPrincipal() instanceof UserAccount account) || !account.secondFactorPending()) {
            return "redirect:/";
        }
        CurrentUser user = account.currentUser();
        String key = SignInThrottle.key(user.username());
        if (throttle.secondFactorHeldBack(key)) {
            model.addAttribute("problem", "twoFactor.error.heldBack");
            model.addAttribute("bare", true);
            return "accounts/second-factor";
        }
        if (twoFactor.verify(user, code)) {
            throttle.secondFactorPassed(key);
            replacePrincipal(account.withSecondFactorPassed(), signedIn, request, response);
            accessLog.recordAs(
                    user.username(), AccessAction.LOGIN, "USER", user.userId(), user.organizationId(), "second factor");
            return "redirect:/";
        }
        boolean heldBack = throttle.secondFactorFailed(key);
        HttpSession session = request.getSession();
        int wrong = session.getAttribute(WRONG_CODES) instanceof Integer n ? n + 1 : 1;
        session.setAttribute(WRONG_CODES, wrong);
        if (wrong >= MAX_WRONG_CODES || heldBack) {
            accessLog.recordAs(
                    user.username(),
                    AccessAction.LOCKED,
                    "USER",
                    user.userId(),
                    user.organizationId(),
                    "second factor");
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error=bad";
        }
        accessLog.recordAs(
                user.username(),
                AccessAction.LOGIN_FAILED,
                "USER",
                user.userId(),
                user.organizationId(),
                "second factor");
        model.addAttribute("problem", "twoFactor.error.code");
        model.addAttribute("bare", true);
        return "accounts/second-factor";
    }

    @GetMapping(AccountGate.ENROL)
    String page(Model model, HttpSession session) {
        CurrentUser user = CurrentUser.get();
        boolean enrolled = twoFactor.enrolled(user.userId());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", twoFactor.required(user.role()));
        if (enrolled) {
            model.addAttribute("recoveryLeft", twoFactor.recoveryLeft(user.userId()));
        } else {
            byte[] secret = session.getAttribute(PENDING_SECRET) instanceof byte[] pending ? pending : Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
            model.addAttribute("qr", QrSvg.of(Totp.uri(ISSUER, user.username(), secret)));
            model.addAttribute(
                    "secret", Totp.base32(secret).replaceAll("(.{4})", "$1 ").strip());
        }
        return "accounts/two-factor";
    }

    @PostMapping(AccountGate.ENROL)
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(PENDING_SECRET) instanceof byte[] secret)) {
            return "redirect:" + AccountGate.ENROL;
        }
        var codes = twoFactor.enrol(CurrentUser.get(), secret, code);
        if (codes.isEmpty()) {
            flash.addFlashAttribute("problem", "twoFactor.error.code");
            return "redirect:" + AccountGate.ENROL;
        }
        session.removeAttribute(PENDING_SECRET);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn.getPrincipal() instanceof UserAccount account) {
            replacePrincipal(account.withSecondFactorPassed(), signedIn, request, response);
        }
        model.addAttribute("codes", codes.get());
        return "accounts/recovery-codes";
    }

    @PostMapping(AccountGate.ENROL + "/disable")
    String disable(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
        boolean removed = twoFactor.disable(CurrentUser.get(), code);
        flash.addFlashAttribute(
                removed ? "notice" : "problem", removed ? "twoFactor.removed" : "twoFactor.error.remove");
        return "redirect:" + AccountGate.ENROL;
    }

    @GetMapping("/admin/security")
    String policy(Model model) {
        requireRegionalAdministrator();
        model.addAttribute("offered", List.copyOf(TwoFactor.OFFERED));
        model.addAttribute("required", twoFactor.requiredRoles());
        return "accounts/security-policy";
    }

    @PostMapping("/admin/security")
    String setPolicy(@RequestParam(name = "role", required = false) List<Role> roles, RedirectAttributes flash) {
        requireRegionalAdministrator();
        Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        twoFactor.requireFor(CurrentUser.get(), chosen);
        flash.addFlashAttribute("notice", "twoFactor.policySaved");
        return "redirect:/admin/security";
    }

    private static void requireRegionalAdministrator() {
        if (CurrentUser.get().role() != Role.REGIONAL_ADMIN) {
            throw new AccessDeniedException("Only the regional administrator sets the security policy");
        }
    }

    private void replacePrincipal(
            UserAccount account, Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        var changed = UsernamePasswordAuthenticationToken.authenticated(account, null, signedIn.getAuthorities());
        changed.setDetails(signedIn.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(changed);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        request.getSession().removeAttribute(WRONG_CODES);
        contexts.saveContext(context, request, response);
    }
}
