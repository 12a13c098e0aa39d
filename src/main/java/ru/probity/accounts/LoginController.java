package ru.probity.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import ru.probity.access.CurrentUser;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return CurrentUser.find().isPresent() ? "redirect:/" : "login";
    }
}
