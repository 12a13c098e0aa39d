package ru.probity.org;

import org.springframework.validation.BindingResult;

/** Puts the errors of a {@link ValidationException} on the form the page shows again. */
final class FormErrors {

    private FormErrors() {}

    /** A value that is a message key is resolved from the bundle; Russian engine text shows as is. */
    static void reject(BindingResult binding, ValidationException e) {
        e.errors().forEach((field, code) -> {
            String text = code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
            if (binding.getTarget() != null && hasField(binding.getTarget().getClass(), field)) {
                binding.rejectValue(field, code, text);
            } else {
                binding.reject(code, text);
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
