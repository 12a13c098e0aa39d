package ru.probity.org;

import org.springframework.validation.BindingResult;
import ru.probity.platform.Refusal;

/** Puts the wrong fields of a {@link Refusal} on the form the page shows again, with what was typed. */
final class FormErrors {

    private FormErrors() {}

    /**
     * A value that is a message key is resolved from the bundle; Russian engine text shows as is. A
     * refusal that names no field (a missing record, say) is thrown on, to the page advice.
     */
    static void reject(BindingResult binding, Refusal e) {
        if (e.fields().isEmpty()) {
            throw e;
        }
        e.fields().forEach((field, code) -> {
            String text = code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
            if (binding.getTarget() != null && hasField(binding.getTarget().getClass(), field)) {
                binding.rejectValue(field, code, text);
            } else {
                binding.reject(code, text);
            }
        });
    }

    /** Whether the request's fields could not make a form at all (fields missing that every form of ours sends). */
    static boolean unbound(BindingResult binding) {
        return binding.getTarget() == null;
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
