package ru.probity.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.platform.Messages;
import ru.probity.portal.PublicHit;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;
import ru.probity.portal.PublicationLog;

/**
 * The subsection «Комиссия по соблюдению требований к служебному поведению … и урегулированию
 * конфликта интересов» of an organization's public section (Приказ Минтруда №530н): the commissions
 * formed in the organization's subtree (its own first) with the act that formed them and the members
 * in office — name, post and role in the commission, as the act approving the composition names them
 * (Указ №821 п.7–8); no contacts, accounts or employee cards. The planned meetings are announced by
 * day and time only. The results of the meetings held are the decisions adopted counted by the kind
 * of question: never the person considered, the case's summary, the materials, the votes or the text
 * of a decision (152-ФЗ: those are personal data; the minutes are not published).
 */
@Component
@Transactional(readOnly = true)
class CommissionSection implements PublicSection {

    static final String ID = "commission";

    /** The commissions shown on one page at most. */
    static final int MAX_COMMISSIONS = 20;

    /** The results of the meetings of this many years back (the current one included). */
    static final int RESULT_YEARS = 3;

    private final CommissionPortalStore store;
    private final Messages messages;
    private final PublicationLog log;

    CommissionSection(CommissionPortalStore store, Messages messages, PublicationLog log) {
        this.store = store;
        this.messages = messages;
        this.log = log;
    }

    /**
     * Records in the publication log that the public page of the organization forming a commission
     * changed: the commission formed ({@code PUBLISHED}), its composition changed, a meeting announced
     * or its results added ({@code UPDATED}) — in the caller's transaction.
     */
    @Transactional
    void changed(long organizationId, PublicationLog.Action action, String username) {
        log.record(organizationId, ID, path(organizationId), messages.text(titleKey()), action, username);
    }

    /** A commission on the public page. */
    record View(
            CommissionPortalStore.PublicCommission commission,
            List<CommissionPortalStore.PublicMember> members,
            List<CommissionPortalStore.Announcement> announcements,
            List<Result> results) {}

    /** A closed meeting's result: the questions decided, by kind. */
    record Result(int year, int number, LocalDate heldOn, int questions, List<KindResult> kinds) {}

    /** The questions of a kind decided at a meeting, with the count of each decision. */
    record KindResult(CaseKind kind, int count, Map<Decision, Integer> decisions) {}

    static String path(long organizationId) {
        return "/public/" + organizationId + "/" + ID;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "commission.portal.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        return List.of(new PublicPage(path(organizationId), messages.text(titleKey()), null));
    }

    /**
     * The site search: the subsection's page when a commission's name, the forming act, or a member's
     * name or post holds the words (case and ё ignored), with what matched as the snippet.
     */
    @Override
    public List<PublicHit> search(long organizationId, String query, int limit) {
        String q = normalized(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        var commissions = store.commissions(organizationId, MAX_COMMISSIONS);
        for (var c : commissions) {
            for (String text : new String[] {c.name(), c.basis()}) {
                if (text != null && normalized(text).contains(q)) {
                    return List.of(new PublicHit(path(organizationId), messages.text(titleKey()), text));
                }
            }
        }
        var ids = commissions.stream()
                .map(CommissionPortalStore.PublicCommission::id)
                .toList();
        for (var m : store.members(ids)) {
            String text = m.fullName() + (m.position() == null ? "" : ", " + m.position());
            if (normalized(text).contains(q)) {
                return List.of(new PublicHit(
                        path(organizationId),
                        messages.text(titleKey()),
                        text + " — "
                                + messages.text("commission.role." + m.role().name())));
            }
        }
        return List.of();
    }

    static String normalized(String text) {
        return text == null
                ? ""
                : text.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    /** The commissions of the organization's subtree as the public page shows them. */
    List<View> views(long organizationId, LocalDate today) {
        var commissions = store.commissions(organizationId, MAX_COMMISSIONS);
        List<Long> ids = commissions.stream()
                .map(CommissionPortalStore.PublicCommission::id)
                .toList();
        var members = store.members(ids);
        var announcements = store.announcements(ids);
        var tallies = store.tallies(ids, LocalDate.of(today.getYear() - RESULT_YEARS + 1, 1, 1));
        List<View> views = new ArrayList<>();
        for (var c : commissions) {
            views.add(new View(
                    c,
                    members.stream().filter(m -> m.commissionId() == c.id()).toList(),
                    announcements.stream()
                            .filter(a -> a.commissionId() == c.id())
                            .toList(),
                    results(tallies.stream()
                            .filter(t -> t.commissionId() == c.id())
                            .toList())));
        }
        return views;
    }

    /** The tallies of one commission grouped by meeting (latest first) and kind. */
    static List<Result> results(List<CommissionPortalStore.Tally> tallies) {
        Map<Long, List<CommissionPortalStore.Tally>> byMeeting = new LinkedHashMap<>();
        tallies.forEach(t ->
                byMeeting.computeIfAbsent(t.meetingId(), k -> new ArrayList<>()).add(t));
        List<Result> results = new ArrayList<>();
        for (var meeting : byMeeting.values()) {
            Map<CaseKind, Map<Decision, Integer>> kinds = new LinkedHashMap<>();
            for (var t : meeting) {
                kinds.computeIfAbsent(t.kind(), k -> new LinkedHashMap<>())
                        .merge(t.decision(), t.count(), Integer::sum);
            }
            List<KindResult> kindResults = kinds.entrySet().stream()
                    .map(e -> new KindResult(
                            e.getKey(),
                            e.getValue().values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum(),
                            e.getValue()))
                    .toList();
            var first = meeting.getFirst();
            results.add(new Result(
                    first.year(),
                    first.number(),
                    first.heldOn(),
                    kindResults.stream().mapToInt(KindResult::count).sum(),
                    kindResults));
        }
        return results;
    }
}
