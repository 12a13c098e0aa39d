package ru.probity.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.probity.org.exchange.ImportedEmployee;
import ru.probity.org.exchange.PersonRow;

/** Writes an imported file: which rows add, which update, and the relatives already known. */
final class PeopleWriter {

    private final PeopleImportStore store;
    private final String actor;

    PeopleWriter(PeopleImportStore store, String actor) {
        this.store = store;
        this.actor = actor;
    }

    /** Inserts new employees and updates matched ones; returns line → employee id. */
    Map<Integer, Long> writeEmployees(List<ImportedEmployee> people, Map<Integer, Long> existing) {
        List<PersonRow> added = new ArrayList<>();
        List<PersonRow> changed = new ArrayList<>();
        for (ImportedEmployee p : people) {
            (existing.containsKey(p.employee().line()) ? changed : added).add(p.employee());
        }
        Map<Integer, Long> ids = new HashMap<>(existing);
        List<Long> newIds = store.reserveEmployeeIds(added.size());
        for (int i = 0; i < added.size(); i++) {
            ids.put(added.get(i).line(), newIds.get(i));
        }
        store.insertEmployees(added, ids, actor);
        store.updateEmployees(changed, ids, actor);
        return ids;
    }

    /** Adds relatives, or updates those already recorded with the same kind, name and birth date. */
    int writeRelatives(List<ImportedEmployee> people, Map<Integer, Long> ids) {
        Map<Long, List<Relative>> known = new HashMap<>();
        store.relativesOf(ids.values())
                .forEach(r -> known.computeIfAbsent(r.employeeId(), k -> new ArrayList<>())
                        .add(r));
        List<PeopleImportStore.NewRelative> inserts = new ArrayList<>();
        List<PeopleImportStore.ChangedRelative> updates = new ArrayList<>();
        for (ImportedEmployee p : people) {
            long employeeId = ids.get(p.employee().line());
            for (PersonRow row : p.relatives()) {
                Relative same = known.getOrDefault(employeeId, List.of()).stream()
                        .filter(r -> r.relation() == row.relation()
                                && r.lastName().equalsIgnoreCase(row.lastName())
                                && r.firstName().equalsIgnoreCase(row.firstName())
                                && Objects.equals(r.birthDate(), row.birthDate()))
                        .findFirst()
                        .orElse(null);
                if (same == null) {
                    inserts.add(new PeopleImportStore.NewRelative(employeeId, row));
                } else {
                    updates.add(new PeopleImportStore.ChangedRelative(same.id(), row));
                }
            }
        }
        store.insertRelatives(inserts, actor);
        store.updateRelatives(updates, actor);
        return inserts.size() + updates.size();
    }
}
