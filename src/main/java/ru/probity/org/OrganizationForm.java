package ru.probity.org;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.probity.identifiers.Identifiers;

/** What a user enters for an organization; {@link #validate()} gives field errors in Russian. */
public record OrganizationForm(
        Long parentId,
        OrganizationKind kind,
        String name,
        String shortName,
        String inn,
        String kpp,
        String ogrn,
        String address,
        String phone,
        String email) {

    static OrganizationForm of(Organization o) {
        return new OrganizationForm(
                o.parentId(),
                o.kind(),
                o.name(),
                o.shortName(),
                o.inn(),
                o.kpp(),
                o.ogrn(),
                o.address(),
                o.phone(),
                o.email());
    }

    OrganizationForm normalized() {
        return new OrganizationForm(
                parentId,
                kind,
                Text.clean(name),
                Text.clean(shortName),
                Identifiers.digits(inn),
                Text.clean(kpp) == null ? null : Text.clean(kpp).toUpperCase(),
                Identifiers.digits(ogrn),
                Text.clean(address),
                Text.clean(phone),
                Text.clean(email));
    }

    /** Field name → message key, or Russian text from an engine such as {@link Identifiers}. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "org.error.kindRequired");
        }
        if (name == null || name.isBlank()) {
            errors.put("name", "org.error.nameRequired");
        }
        if (inn != null) {
            Identifiers.checkOrganizationInn(inn).ifPresent(e -> errors.put("inn", e));
        }
        if (kpp != null) {
            Identifiers.checkKpp(kpp).ifPresent(e -> errors.put("kpp", e));
        }
        if (ogrn != null) {
            Identifiers.checkOgrn(ogrn).ifPresent(e -> errors.put("ogrn", e));
        }
        if (email != null && !Text.looksLikeEmail(email)) {
            errors.put("email", "error.email");
        }
        return errors;
    }
}
