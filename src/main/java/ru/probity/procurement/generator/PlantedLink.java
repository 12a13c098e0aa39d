package ru.probity.procurement.generator;

/**
 * A link the generator planted and the law implies: for the contract, the customer's employee
 * ({@code officialId}) and the person tied to the supplier ({@code personId}: the employee himself
 * or his relative), the rule code of the findings file ({@code 44fz_31_1_9}, {@code 273fz_10},
 * {@code shared_contact}, {@code former_tie}).
 */
public record PlantedLink(String contract, String officialId, String personId, String rule) {

    /** The line of {@code truth.csv}. */
    public String csv() {
        return contract + ";" + officialId + ";" + personId + ";" + rule;
    }
}
