package ru.probity.acts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.probity.access.CurrentUser;

/** The employee's side: his list "на ознакомление", reading an act, the quiz and the signature. */
@Controller
@RequestMapping("/acknowledgements")
class AcknowledgementController {

    private final Distributions distributions;
    private final Signatures signatures;

    AcknowledgementController(Distributions distributions, Signatures signatures) {
        this.distributions = distributions;
        this.signatures = signatures;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("mine", distributions.mine(CurrentUser.get()));
        model.addAttribute("signature", signatures.mine(CurrentUser.get()));
        return "acts/mine";
    }

    @GetMapping("/{id}")
    String read(@PathVariable long id, Model model) {
        model.addAttribute("reading", distributions.read(CurrentUser.get(), id));
        return "acts/read";
    }

    @PostMapping("/{id}")
    String acknowledge(
            @PathVariable long id,
            @RequestParam(required = false) String password,
            @RequestParam org.springframework.util.MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUser.get();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; form.containsKey("answer" + i); i++) {
            try {
                answers.add(Integer.parseInt(form.getFirst("answer" + i)));
            } catch (NumberFormatException e) {
                answers.add(null);
            }
        }
        Distributions.Signed signed = distributions.acknowledge(user, id, password, answers);
        if (signed == Distributions.Signed.ACKNOWLEDGED || signed == Distributions.Signed.ALREADY) {
            flash.addFlashAttribute("notice", "acts.acknowledged");
            return "redirect:/acknowledgements";
        }
        model.addAttribute("reading", distributions.read(user, id));
        model.addAttribute("problem", "acts.signed." + signed);
        return "acts/read";
    }
}
