package ru.probity.org;

import org.springframework.validation.BindingResult;

/** Puts the errors of a {@link ValidationException} on the form the page shows again. */
final class FormErrors {

    private FormErrors() {}

    /** A value that is a message key is resolved from the bundle; Russian engine text shows as is. */
    static void reject(BindingResult binding, ValidationException e) {
        e.errors().forEach((field, message) -> {
            if (binding.getTarget() != null && hasField(binding.getTarget().getClass(), field)) {
                binding.rejectValue(field, message, message);
            } else {
                binding.reject(message, message);
            }
        });
    }

    private static boolean hasField(Class<?> type, String field) {
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                return true;
            }
        }
        return false;
    }
}
