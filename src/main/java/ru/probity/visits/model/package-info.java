/**
 * The rules of on-site visits, without framework code: the lifecycles of a visit ({@link
 * ru.probity.visits.model.VisitStatus}) and of a recommendation ({@link
 * ru.probity.visits.model.RecommendationStatus}), the verdicts of a checklist item, the reading of
 * the default checklist.
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.visits.model;
