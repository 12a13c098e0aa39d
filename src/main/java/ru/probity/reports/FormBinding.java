package ru.probity.reports;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The reports' form records are bound from the request's parameters only: Spring also binds
 * request headers of the same name, and a field such as the statistics' {@code from} would take
 * an HTTP {@code From} header when the parameter is absent.
 */
final class FormBinding {

    private FormBinding() {}

    static void parametersOnly(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder extended) {
            extended.setHeaderPredicate(header -> false);
        }
    }
}
