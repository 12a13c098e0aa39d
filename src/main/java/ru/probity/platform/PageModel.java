package ru.probity.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.probity.access.CurrentUser;

/** Puts the signed-in user into every page's model for the layout's navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    @ModelAttribute("me")
    CurrentUser me() {
        return CurrentUser.find().orElse(null);
    }
}
