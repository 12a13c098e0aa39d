package ru.probity.council;

import ru.probity.council.model.Presence;

/** A member at a meeting: present, absent or replaced (by whom); {@code presence} null: not recorded. */
public record Attendance(Member member, Presence presence, String replacedBy) {}
