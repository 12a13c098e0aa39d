/**
 * The rules of the interdepartmental council, without framework code: the roles in the council
 * ({@link ru.probity.council.model.CouncilRole}), a membership's dates ({@link
 * ru.probity.council.model.Membership}), the attendance at a meeting ({@link
 * ru.probity.council.model.Presence}), the lifecycle of a meeting ({@link
 * ru.probity.council.model.MeetingStatus}) and of an assignment with its overdue rule ({@link
 * ru.probity.council.model.AssignmentStatus}).
 */
@org.springframework.modulith.NamedInterface("model")
package ru.probity.council.model;
