/**
 * The rules of a contest, free of Spring: its lifecycle ({@link ru.probity.contest.model.ContestStatus}),
 * the age on the application's day and its group, the consent of a minor's legal representative
 * ({@link ru.probity.contest.model.Participant}), the kinds of works and the video link
 * ({@link ru.probity.contest.model.WorkKind}), the scores ({@link ru.probity.contest.model.Scoring}),
 * the ranking with shared places ({@link ru.probity.contest.model.Ranking}) and the ties of a juror to
 * a participant that exclude him from a work ({@link ru.probity.contest.model.JurorTies}).
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.contest.model;
