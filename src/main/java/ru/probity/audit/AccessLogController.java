package ru.probity.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.probity.access.CurrentUser;

/** The access log search page ({@link AccessLog#search}). */
@Controller
@RequestMapping("/audit")
class AccessLogController {

    private final AccessLog accessLog;
    private final AccessDetails details;

    AccessLogController(AccessLog accessLog, AccessDetails details) {
        this.accessLog = accessLog;
        this.details = details;
    }

    @GetMapping
    String search(@ModelAttribute("search") AccessLogSearch query, Model model) {
        AccessLog.Found found = accessLog.search(CurrentUser.get(), query);
        model.addAttribute("hasNext", found.hasNext());
        model.addAttribute(
                "entries",
                found.entries().stream()
                        .map(e -> e.action().equals(AccessAction.REFUSED.name())
                                ? e
                                : e.withDetails(details.text(e.details())))
                        .toList());
        model.addAttribute("page", query.safePage());
        model.addAttribute("actions", AccessAction.values());
        model.addAttribute("subjectTypes", accessLog.subjectTypes(CurrentUser.get()));
        model.addAttribute("username", query.username());
        model.addAttribute("action", query.action());
        model.addAttribute("subjectType", query.subjectType());
        model.addAttribute("subjectId", query.subjectId());
        model.addAttribute("from", query.from());
        model.addAttribute("to", query.to());
        return "audit/log";
    }
}
