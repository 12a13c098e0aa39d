package ru.probity.org;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole registry loaded at once into an empty database — the demo region: organizations (parents
 * before children), their employees and the employees' relatives, as they are, without the checks
 * and the access log of a user's changes. Written in batches of multi-row inserts.
 */
@Service
@Transactional
public class RegistryLoad {

    private final OrganizationStore organizations;
    private final EmployeeStore employees;
    private final RegistryLoadStore store;

    RegistryLoad(OrganizationStore organizations, EmployeeStore employees, RegistryLoadStore store) {
        this.organizations = organizations;
        this.employees = employees;
        this.store = store;
    }

    /** An organization; {@code parent} is the index of an earlier one in the same list, null for the root. */
    public record NewOrganization(
            Integer parent,
            OrganizationKind kind,
            String name,
            String shortName,
            String inn,
            String kpp,
            String ogrn,
            String address,
            String phone,
            String email) {}

    /** An employee, active or not (a dismissed one keeps his card). */
    public record NewEmployee(EmployeeForm employee, boolean active) {}

    /** A relative of an employee already loaded. */
    public record NewRelative(long employeeId, RelativeForm relative) {}

    /** Whether the registry has no organization yet. */
    @Transactional(readOnly = true)
    public boolean empty() {
        return organizations.count() == 0;
    }

    /** How many organizations the registry holds. */
    @Transactional(readOnly = true)
    public int organizationCount() {
        return organizations.count();
    }

    /** Adds the organizations; returns their ids in the order of the list. */
    public long[] addOrganizations(List<NewOrganization> list, String author) {
        long[] ids = store.reserveIds("organization", list.size());
        String[] paths = new String[list.size()];
        List<RegistryLoadStore.OrganizationRow> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            NewOrganization o = list.get(i);
            Integer parent = o.parent();
            if (parent != null && parent >= i) {
                throw new IllegalStateException("a parent must come before its child: " + o.name());
            }
            paths[i] = (parent == null ? "/" : paths[parent]) + ids[i] + "/";
            rows.add(new RegistryLoadStore.OrganizationRow(ids[i], parent == null ? null : ids[parent], paths[i], o));
        }
        store.insertOrganizations(rows, author);
        return ids;
    }

    /** Adds the employees (of organizations already loaded); returns their ids in the order of the list. */
    public long[] addEmployees(List<NewEmployee> list, String author) {
        long[] ids = store.reserveIds("employee", list.size());
        List<RegistryLoadStore.EmployeeRow> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rows.add(new RegistryLoadStore.EmployeeRow(ids[i], list.get(i)));
        }
        store.insertEmployees(rows, author);
        return ids;
    }

    /** Adds the relatives of employees already loaded. */
    public void addRelatives(List<NewRelative> list, String author) {
        store.insertRelatives(list, author);
    }

    /** Marks a loaded employee as bound to declare his income (the demo's declarant). */
    public void requireDeclaration(long employeeId) {
        employees.requireDeclaration(employeeId);
    }
}
