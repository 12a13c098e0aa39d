package ru.probity.procurement.generator;

/** How big a generated world is: companies, customers' employees (each with relatives), contracts. */
public enum Size {
    /** For CI: a few thousand records, generated and checked in seconds. */
    SMALL(2_000, 500, 3, 2_000),
    /** A region: 50,000 companies, 20,000 employees with 3 relatives each, 50,000 contracts. */
    REGION(50_000, 20_000, 3, 50_000),
    /** The country: 1,000,000 companies (~2.5 ties each), 300,000 employees, 900,000 relatives. */
    NATIONAL(1_000_000, 300_000, 3, 1_000_000);

    final int companies;
    final int employees;
    final int relativesPerEmployee;
    final int contracts;

    Size(int companies, int employees, int relativesPerEmployee, int contracts) {
        this.companies = companies;
        this.employees = employees;
        this.relativesPerEmployee = relativesPerEmployee;
        this.contracts = contracts;
    }
}
