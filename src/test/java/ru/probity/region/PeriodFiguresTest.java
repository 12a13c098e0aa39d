package ru.probity.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.acts.AcknowledgementStatistics;
import ru.probity.commission.CommissionStatistics;
import ru.probity.declarations.Campaigns;
import ru.probity.expertise.ExpertiseStatistics;
import ru.probity.notifications.NotificationStatistics;
import ru.probity.platform.RegionTime;
import ru.probity.procurement.Coverage;
import ru.probity.reports.ReportStatistics;
import ru.probity.training.TrainingEventStatistics;

/**
 * The figures of a reporting period a monitoring report is pre-filled with (issue 20): on the demo
 * region, every figure of a municipality equals what the area's own statistics show for it and the
 * period; the link of every figure opens; a role that does not see an area gets nothing of it; an
 * organization outside the subtree is refused.
 */
class PeriodFiguresTest extends IntegrationTest {

    @Autowired
    PeriodFigures periodFigures;

    @Autowired
    RegionTime regionTime;

    @Autowired
    NotificationStatistics notifications;

    @Autowired
    CommissionStatistics commission;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AcknowledgementStatistics acts;

    @Autowired
    TrainingEventStatistics training;

    @Autowired
    ReportStatistics reports;

    @Autowired
    ExpertiseStatistics expertise;

    @Autowired
    Coverage coverage;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void everyFigureEqualsWhatTheAreasOwnStatisticsShowForTheOrganizationAndPeriod() throws Exception {
        CurrentUser officer = current("kaluga.officer");
        long kaluga = organizationId(KALUGA);
        LocalDate to = regionTime.today();
        LocalDate from = to.minusYears(3).withDayOfYear(1);

        Map<String, Long> f =
                periodFigures.figures(officer, Set.of(kaluga), from, to).get(kaluga);

        // notifications: «Поступило» of the statistics by kind, all and each kind
        List<NotificationStatistics.Line> byKind =
                notifications.byKind(officer, new NotificationStatistics.Period(from, to));
        assertThat(f.get("notifications.received"))
                .isEqualTo(byKind.stream()
                        .mapToLong(NotificationStatistics.Line::received)
                        .sum());
        for (String kind : List.of("INDUCEMENT", "PERSONAL_INTEREST", "OTHER_PAID_WORK", "GIFT")) {
            assertThat(f.get("notifications.received." + kind))
                    .as(kind)
                    .isEqualTo(byKind.stream()
                            .filter(l -> l.key().equals(kind))
                            .mapToLong(NotificationStatistics.Line::received)
                            .sum());
        }

        // the commission: meetings held and cases decided
        CommissionStatistics.Figures c = commission.figures(officer, from, to);
        assertThat(f.get("commission.meetings")).isEqualTo(c.meetings());
        assertThat(f.get("commission.decisions")).isEqualTo(c.decided());

        // declarations: the campaign's progress for the reporting year before the period's end
        List<Campaigns.Progress> progress = campaigns.progress(officer, kaluga, to.getYear() - 1);
        assertThat(f.get("declarations.due"))
                .isEqualTo(progress.stream()
                        .mapToLong(Campaigns.Progress::expected)
                        .sum());
        assertThat(f.get("declarations.filed"))
                .isEqualTo(
                        progress.stream().mapToLong(Campaigns.Progress::filed).sum());

        // acts: the acknowledgement statistics over the distributions of the period
        List<AcknowledgementStatistics.ByOrganization> ack = acts.byOrganization(officer, kaluga, from, to);
        assertThat(f.get("acts.asked"))
                .isEqualTo(ack.stream()
                        .mapToLong(AcknowledgementStatistics.ByOrganization::asked)
                        .sum());
        assertThat(f.get("acts.acknowledged"))
                .isEqualTo(ack.stream()
                        .mapToLong(AcknowledgementStatistics.ByOrganization::acknowledged)
                        .sum());

        // training events: «Присутствовали» of the statistics of training
        assertThat(f.get("training.trained"))
                .isEqualTo(training.byOrganization(officer, from, to).stream()
                        .mapToLong(TrainingEventStatistics.ByOrganization::attended)
                        .sum());

        // citizens' reports: received and answered in term
        ReportStatistics.Figures r = reports.compute(
                        officer, new ReportStatistics.Query(from, to, kaluga, null, null, null, false))
                .totals();
        assertThat(f.get("reports.received")).isEqualTo(r.total());
        assertThat(f.get("reports.answeredInTerm")).isEqualTo(r.answeredInTerm());

        // expertise: the drafts and acts examined, the factors found
        ExpertiseStatistics.Line e =
                expertise.compute(officer, kaluga, from, to).total();
        assertThat(f.get("expertise.examined")).isEqualTo(e.drafts() + e.acts());
        assertThat(f.get("expertise.factors")).isEqualTo(e.findings());

        // procurement: the contracts signed in the period and those checked, as the coverage page
        // filtered by the period counts them
        Coverage.Totals p = coverage.report(officer, kaluga, from, to).totals();
        assertThat(f.get("procurement.contracts")).isEqualTo(p.contracts()).isPositive();
        assertThat(f.get("procurement.checked")).isEqualTo(p.checked());

        // the demo region has something in the period, so the comparison is not of zeros only
        assertThat(f.get("reports.received") + f.get("commission.decisions") + f.get("notifications.received"))
                .isPositive();

        // the region sees the municipality's figures as its officer does (counts only)
        Map<String, Long> region = periodFigures
                .figures(current("region.admin"), Set.of(kaluga), from, to)
                .get(kaluga);
        for (String id : List.of("notifications.received", "commission.decisions", "reports.received", "acts.asked")) {
            assertThat(region.get(id)).as(id).isEqualTo(f.get(id));
        }

        // every figure's link opens for the user
        for (PeriodFigures.Known known : periodFigures.indicators(officer)) {
            String link = known.indicator().linkFor(kaluga, from, to);
            if (link != null) {
                mvc.perform(get(link).with(as("kaluga.officer"))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void aRoleThatDoesNotSeeTheAreasGetsNoFigures() {
        CurrentUser employee = current("ugh.employee");
        long ugh = organizationId(UGH);
        assertThat(periodFigures.indicators(employee)).isEmpty();
        assertThat(periodFigures
                        .figures(employee, Set.of(ugh), regionTime.today().minusYears(1), regionTime.today())
                        .get(ugh))
                .isEmpty();
    }

    @Test
    void anOrganizationOutsideTheSubtreeIsRefused() {
        CurrentUser officer = current("kaluga.officer");
        assertThatThrownBy(() -> periodFigures.figures(
                        officer,
                        Set.of(organizationId(OBNINSK)),
                        regionTime.today().minusYears(1),
                        regionTime.today()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
