package ru.probity.acts.model;

import java.util.List;

/** The score of the quiz an employee passes before acknowledging an act. */
public final class QuizScore {

    private QuizScore() {}

    /**
     * The share of right answers, %: {@code correct} holds the right option of each question,
     * {@code answers} the chosen ones (missing or null for a question left unanswered).
     */
    public static int percent(List<Integer> correct, List<Integer> answers) {
        if (correct.isEmpty()) {
            return 100;
        }
        int right = 0;
        for (int i = 0; i < correct.size(); i++) {
            if (answers != null
                    && i < answers.size()
                    && answers.get(i) != null
                    && answers.get(i).equals(correct.get(i))) {
                right++;
            }
        }
        return right * 100 / correct.size();
    }
}
