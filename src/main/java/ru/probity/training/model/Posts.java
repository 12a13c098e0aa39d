package ru.probity.training.model;

import java.util.ArrayList;
import java.util.List;

/** The words of posts that narrow an event's audience, as typed: separated by commas, semicolons or lines. */
public final class Posts {

    private Posts() {}

    public static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        for (String p : typed.split("[,;\\n]")) {
            if (!p.isBlank()) {
                words.add(p.strip());
            }
        }
        return words;
    }
}
