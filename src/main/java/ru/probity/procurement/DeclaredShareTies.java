package ru.probity.procurement;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.declarations.DeclaredShares;

/**
 * Shares in companies declared in §5.1 of a declaration become ownership ties of the employee (or
 * of his spouse or child, when the people registry knows the relative by name) to the company: the
 * affiliation checks read them beside the founders of the registers ({@link CheckInputs}). Each
 * declaration replaces what the employee's earlier one declared, and gives the customer of the
 * employee's organization a new people version, so its contracts are checked again. Procurement
 * keeps its own copy ({@code declared_share}, {@link DeclaredShareStore}): it never reads the
 * declarations' tables.
 */
@Component
class DeclaredShareTies {

    private final DeclaredShareStore store;

    DeclaredShareTies(DeclaredShareStore store) {
        this.store = store;
    }

    /** In the declaration's own transaction: the ties are recorded if and only if it is saved. */
    @EventListener
    void record(DeclaredShares event) {
        store.deleteOf(event.employeeId());
        for (DeclaredShares.Holding h : event.companies()) {
            store.insert(event.declarationId(), event.employeeId(), holder(event.employeeId(), h), h);
        }
        store.notePeopleChange(event.employeeId());
    }

    /** The holder as the registry has him: the employee, his relative of that name, or the name declared. */
    private DeclaredShareStore.Holder holder(long employeeId, DeclaredShares.Holding h) {
        if ("DECLARANT".equals(h.holder())) {
            return store.employee(employeeId);
        }
        String relations = "SPOUSE".equals(h.holder()) ? "{SPOUSE}" : "{CHILD,ADOPTED_CHILD}";
        return store.relative(employeeId, relations, key(h.lastName()), key(h.firstName()))
                .orElse(new DeclaredShareStore.Holder(null, h.lastName(), h.firstName(), h.middleName(), null));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
