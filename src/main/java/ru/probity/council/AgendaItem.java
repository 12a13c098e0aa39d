package ru.probity.council;

/** A question of a meeting's agenda: its title and speaker, what was heard and what was decided. */
public record AgendaItem(
        long id, long meetingId, int position, String title, String speaker, String heard, String decided) {}
