package ru.probity.commission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;
import ru.probity.commission.model.Composition;
import ru.probity.platform.Messages;

/**
 * JSON API of the commission: commissions and their composition, cases (every read logged),
 * meetings with the agenda, attendance and quorum, the minutes as DOCX, follow-ups and statistics;
 * a case brought by hand. Voting stays on the meeting page, where the secretary sees the quorum.
 */
@RestController
@RequestMapping(path = "/api/v1/commission", produces = "application/json")
@Tag(
        name = "Комиссия",
        description = "Комиссия по соблюдению требований к служебному поведению и урегулированию конфликта интересов")
class CommissionApi {

    private final Commissions commissions;
    private final Cases cases;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final CommissionStatistics statistics;
    private final Messages messages;

    CommissionApi(
            Commissions commissions,
            Cases cases,
            Meetings meetings,
            FollowUps followUps,
            CommissionStatistics statistics,
            Messages messages) {
        this.messages = messages;
        this.commissions = commissions;
        this.cases = cases;
        this.meetings = meetings;
        this.followUps = followUps;
        this.statistics = statistics;
    }

    @GetMapping("/commissions")
    @Operation(summary = "Комиссии поддерева пользователя и те, членом которых он является")
    List<Commission> commissions() {
        return commissions.visible(CurrentUser.get());
    }

    @GetMapping("/transfers")
    @Operation(
            summary = "Акты (соглашения) о передаче вопросов органа комиссии другого органа в поддереве пользователя")
    List<TransferAct> transfers() {
        return commissions.transferActs(CurrentUser.get());
    }

    /** A commission with its members and what its composition is today. */
    record CommissionView(Commission commission, List<Member> members, Composition composition) {}

    @GetMapping("/commissions/{id}")
    @Operation(summary = "Комиссия: состав со сроками полномочий, кворум")
    CommissionView commission(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        return new CommissionView(
                commissions.get(user, id), commissions.members(user, id), commissions.composition(id, LocalDate.now()));
    }

    @GetMapping("/cases")
    @Operation(summary = "Вопросы комиссий: фильтры по статусу (PENDING, SCHEDULED, DECIDED), комиссии, виду")
    List<CommissionCase> cases(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long commissionId,
            @RequestParam(required = false) CaseKind kind) {
        return cases.list(CurrentUser.get(), new Cases.Filter(status, commissionId, kind), 1000);
    }

    /** A case with its follow-ups. */
    record CaseView(CommissionCase theCase, List<FollowUp> followUps) {}

    @GetMapping("/cases/{id}")
    @Operation(summary = "Вопрос комиссии с решением и контролем исполнения")
    CaseView theCase(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        return new CaseView(cases.get(user, id), followUps.ofCase(user, id));
    }

    /** A case an officer brings: the head's submission or other materials. */
    record CaseRequest(
            CaseKind kind,
            long organizationId,
            String personName,
            String personPost,
            String summary,
            String materials) {}

    @PostMapping(path = "/cases", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Внести вопрос (представление руководителя, иные материалы)")
    CommissionCase open(@RequestBody CaseRequest request) {
        CurrentUser user = CurrentUser.get();
        long id = cases.openManually(
                user,
                request.kind(),
                request.organizationId(),
                request.personName(),
                request.personPost(),
                request.summary(),
                request.materials());
        return cases.get(user, id);
    }

    @GetMapping("/meetings")
    @Operation(summary = "Заседания комиссий пользователя")
    List<Meeting> meetings() {
        return meetings.visible(CurrentUser.get(), 500);
    }

    /** A meeting with its agenda, attendance and quorum. */
    record MeetingView(Meeting meeting, List<AgendaItem> agenda, List<Meetings.Attendance> attendance, Quorum quorum) {}

    @GetMapping("/meetings/{id}")
    @Operation(summary = "Заседание: повестка, присутствие, кворум, голосование и решения")
    MeetingView meeting(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = meetings.get(user, id);
        return new MeetingView(meeting, meetings.agenda(user, id), meetings.attendance(id), meetings.quorum(id));
    }

    @GetMapping(path = "/meetings/{id}/minutes", produces = CommissionController.DOCX)
    @Operation(summary = "Протокол заседания (DOCX)")
    void minutes(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = meetings.get(user, id);
        List<AgendaItem> agenda = meetings.agenda(user, id);
        CommissionController.docx(response, "protokol-" + meeting.number() + "-" + meeting.heldOn() + ".docx");
        CommissionDocuments.minutes(
                messages, meeting, meetings.attendance(id), meetings.quorum(id), agenda, response.getOutputStream());
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "Контроль исполнения решений; open=false — вместе с исполненными")
    List<FollowUp> followUps(@RequestParam(defaultValue = "true") boolean open) {
        return followUps.list(CurrentUser.get(), open);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Статистика: заседания, вопросы по видам, решения, принятые меры")
    CommissionStatistics.Figures statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.figures(CurrentUser.get(), from, to);
    }
}
