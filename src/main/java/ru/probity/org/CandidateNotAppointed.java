package ru.probity.org;

/**
 * A candidate was not appointed: his card stays inactive and is no longer a candidate. Published
 * synchronously within the change's transaction: the declarations module drops what he was obliged
 * to file and has not filed. (An appointed candidate is an {@link EmployeeAppointed} entry.)
 */
public record CandidateNotAppointed(long employeeId, long organizationId) {}
