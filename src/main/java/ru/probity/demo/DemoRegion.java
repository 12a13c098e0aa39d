package ru.probity.demo;

import java.time.LocalDate;
import java.util.List;
import ru.probity.access.Role;

/**
 * The generated demo region in memory. Rows refer to each other by {@code key} (their index in
 * their list); the loader turns keys into database ids. Parents come before their children.
 */
public record DemoRegion(
        List<Organization> organizations, List<Employee> employees, List<Relative> relatives, List<Account> accounts) {

    public DemoRegion {
        organizations = List.copyOf(organizations);
        employees = List.copyOf(employees);
        relatives = List.copyOf(relatives);
        accounts = List.copyOf(accounts);
    }

    /** The organization with this exact name. */
    public Organization organization(String name) {
        return organizations.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no organization " + name));
    }

    /** An organization: {@code kind} is the name of the organization module's kind enum. */
    public record Organization(
            int key,
            Integer parentKey,
            String kind,
            String name,
            String shortName,
            String inn,
            String kpp,
            String ogrn,
            String address,
            String phone,
            String email) {}

    /** An employee; {@code female} is not stored, it is there for checks of the generated names. */
    public record Employee(
            int key,
            int organizationKey,
            String lastName,
            String firstName,
            String middleName,
            boolean female,
            LocalDate birthDate,
            String inn,
            String snils,
            String phone,
            String email,
            String address,
            String post,
            LocalDate appointedOn,
            LocalDate dismissedOn,
            boolean declarationRequired,
            boolean headOfCustomer,
            boolean contractServiceHead,
            boolean contractManager,
            boolean procurementCommissionMember) {

        public boolean active() {
            return dismissedOn == null;
        }

        /** The same employee appointed on another day. */
        Employee appointedOn(LocalDate day) {
            return new Employee(
                    key,
                    organizationKey,
                    lastName,
                    firstName,
                    middleName,
                    female,
                    birthDate,
                    inn,
                    snils,
                    phone,
                    email,
                    address,
                    post,
                    day,
                    dismissedOn,
                    declarationRequired,
                    headOfCustomer,
                    contractServiceHead,
                    contractManager,
                    procurementCommissionMember);
        }

        public String fullName() {
            return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
        }

        public boolean hasProcurementRole() {
            return headOfCustomer || contractServiceHead || contractManager || procurementCommissionMember;
        }
    }

    /** A relative of an employee; {@code relation} is one of {@link DemoRelation#ALL}. */
    public record Relative(
            int key,
            int employeeKey,
            String relation,
            String lastName,
            String firstName,
            String middleName,
            boolean female,
            LocalDate birthDate,
            String inn,
            String snils,
            String phone,
            String address,
            String workplace) {}

    /** A demo user account; its password is {@link DemoRegionGenerator#DEMO_PASSWORD}. */
    public record Account(String username, String fullName, Role role, int organizationKey, Integer employeeKey) {}
}
