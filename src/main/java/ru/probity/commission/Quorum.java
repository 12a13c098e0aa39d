package ru.probity.commission;

import java.util.List;
import ru.probity.commission.model.Presence;

/**
 * Whether a meeting may decide (Указ №821 п.14, the rule is {@link Presence}): at least two thirds of
 * the members present, at least one of them not an employee of the body, and the chair or his
 * deputy to preside.
 */
public record Quorum(int total, int present, int independentPresent, int required, Member presiding, boolean recorded) {

    /** The quorum of the members in office with their attendance (null: not recorded). */
    static Quorum of(List<Meetings.Attendance> attendance) {
        List<Member> present = attendance.stream()
                .filter(a -> Boolean.TRUE.equals(a.present()))
                .map(Meetings.Attendance::member)
                .toList();
        Member presiding = present.stream()
                .filter(m -> m.role() == MemberRole.CHAIR)
                .findFirst()
                .or(() -> present.stream()
                        .filter(m -> m.role() == MemberRole.DEPUTY_CHAIR)
                        .findFirst())
                .orElse(null);
        return new Quorum(
                attendance.size(),
                present.size(),
                (int) present.stream().filter(m -> m.role().independent()).count(),
                Presence.required(attendance.size()),
                presiding,
                attendance.stream().anyMatch(a -> a.present() != null));
    }

    private Presence presence() {
        return new Presence(total, present, independentPresent, presiding != null, recorded);
    }

    public boolean met() {
        return presence().met();
    }

    /** Why not, as a message key; null when the quorum is met. */
    public String problem() {
        return presence().problem();
    }
}
