package ru.probity.procurement.batch;

/** A problem with the batch command's input: a Russian message for the user, an English one for logs. */
public final class BatchInputException extends RuntimeException {

    private final String russian;

    BatchInputException(String russian, String english) {
        super(english);
        this.russian = russian;
    }

    public String russian() {
        return russian;
    }
}
