/**
 * The commission's rules as values, free of framework code: the lifecycles of a case
 * ({@link ru.probity.commission.model.CaseStatus}) and a meeting
 * ({@link ru.probity.commission.model.MeetingStatus}); the composition and the quorum of Указ №821
 * ({@link ru.probity.commission.model.Composition}, {@link ru.probity.commission.model.Presence});
 * the vote ({@link ru.probity.commission.model.Choice}) and its count with the majority and the
 * presiding member's casting vote ({@link ru.probity.commission.model.Tally}); the meeting's day
 * before which nothing is held ({@link ru.probity.commission.model.MeetingDates}).
 */
package ru.probity.commission.model;
