package ru.probity.training.bank;

/** A question file that cannot be imported: the reason in Russian, with the place. */
public class QuestionFileException extends Exception {
    public QuestionFileException(String russian) {
        super(russian);
    }

    public QuestionFileException(String russian, Throwable cause) {
        super(russian, cause);
    }
}
