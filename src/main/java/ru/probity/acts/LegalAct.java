package ru.probity.acts;

import java.time.LocalDate;
import java.util.List;

/** An act or document of the register with its requisites. */
public record LegalAct(
        long id,
        long organizationId,
        String organizationName,
        ActKind kind,
        String number,
        LocalDate adoptedOn,
        String title,
        String issuer,
        ActStatus status,
        String link,
        List<String> tags,
        Long replacesId,
        String replacesTitle,
        List<QuizQuestion> quiz,
        int quizPassPercent,
        LocalDate mandatorySince,
        int newcomerTermDays) {

    /** One question of the quiz before acknowledging: the options and the number of the right one. */
    public record QuizQuestion(String question, List<String> options, int correct) {}

    /** «Постановление № 12 от 01.02.2025»-like requisites for lists and sheets. */
    public String requisites() {
        return requisites(number, adoptedOn);
    }

    static String requisites(String number, LocalDate adoptedOn) {
        StringBuilder text = new StringBuilder();
        if (number != null && !number.isBlank()) {
            text.append("№ ").append(number);
        }
        if (adoptedOn != null) {
            text.append(text.isEmpty() ? "" : " ")
                    .append("от ")
                    .append(adoptedOn.format(ru.probity.platform.RussianFormats.DATE));
        }
        return text.toString();
    }
}
