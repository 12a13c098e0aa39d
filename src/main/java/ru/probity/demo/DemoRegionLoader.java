package ru.probity.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.probity.accounts.AccountLoad;
import ru.probity.demo.DemoRegion.Account;
import ru.probity.demo.DemoRegion.Employee;
import ru.probity.demo.DemoRegion.Organization;
import ru.probity.demo.DemoRegion.Relative;
import ru.probity.org.EmployeeCategory;
import ru.probity.org.EmployeeForm;
import ru.probity.org.OrganizationKind;
import ru.probity.org.RegistryLoad;
import ru.probity.org.RelationKind;
import ru.probity.org.RelativeForm;
import ru.probity.platform.RegionTime;
import ru.probity.procurement.ContractChecks;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.RegisterImport;

/**
 * Loads the demo region into an empty database when the application is started with
 * {@code --demo}. Everything goes in one transaction; the organization tree, its employees and
 * their relatives are written by the organization module's {@link RegistryLoad} (in batches of
 * multi-row inserts), the accounts by the accounts module's {@link AccountLoad}.
 */
@Component
class DemoRegionLoader implements ApplicationRunner {

    static final String OPTION = "demo";
    private static final String AUTHOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoRegionLoader.class);

    private final DemoLookupStore lookup;
    private final TransactionTemplate transaction;
    private final RegistryLoad registry;
    private final AccountLoad accounts;
    private final RegionTime regionTime;
    private final RegisterImport registers;
    private final ContractImport contracts;
    private final ContractChecks checks;
    private final ru.probity.reports.PublicReports reports;
    private final ru.probity.declarations.Campaigns campaigns;
    private final ru.probity.declarations.Declarations declarations;
    private final ru.probity.declarations.Verifications verifications;
    private final ru.probity.training.TrainingHistory training;
    private final ru.probity.commission.CommissionHistory commissionHistory;
    private final ru.probity.notifications.NotificationHistory notificationHistory;
    private final ru.probity.expertise.PublicationHistory expertisePublications;
    private final Documents documents;
    private final Testing testing;
    private final ru.probity.expertise.Expertise expertise;
    private final ru.probity.plans.Plans plans;
    private final Monitoring monitoring;
    private final DemoVisits.Services regionWork;
    private final DemoConsultations.Library library;
    private final ru.probity.monitoring.ReportPublication reportPublication;
    private final ru.probity.portal.PortalContent portal;
    private final DemoCivil.Services civil;
    private final DemoCouncil.Services council;
    private final DemoContest.Services contests;

    /** The acts module's services the demo writes its documents through. */
    @Component
    record Documents(
            ru.probity.acts.LegalActs acts,
            ru.probity.acts.Distributions distributions,
            ru.probity.acts.Letters letters,
            ru.probity.acts.ActsHistory history) {}

    /** The monitoring module's services the demo writes its reports through. */
    @Component
    record Monitoring(
            ru.probity.monitoring.MonitoringForms forms,
            ru.probity.monitoring.MonitoringReports reports,
            ru.probity.monitoring.Ratings ratings) {}

    /** The training module's services the demo writes its test campaign and onboarding through. */
    @Component
    record Testing(
            ru.probity.training.QuestionBank bank,
            ru.probity.training.Exams exams,
            ru.probity.training.Onboarding onboarding) {}

    DemoRegionLoader(
            DemoLookupStore lookup,
            PlatformTransactionManager transactionManager,
            RegistryLoad registry,
            AccountLoad accounts,
            RegisterImport registers,
            ContractImport contracts,
            ContractChecks checks,
            ru.probity.reports.PublicReports reports,
            ru.probity.declarations.Campaigns campaigns,
            ru.probity.declarations.Declarations declarations,
            ru.probity.declarations.Verifications verifications,
            ru.probity.training.TrainingHistory training,
            ru.probity.commission.CommissionHistory commissionHistory,
            ru.probity.notifications.NotificationHistory notificationHistory,
            ru.probity.expertise.PublicationHistory expertisePublications,
            Documents documents,
            Testing testing,
            ru.probity.expertise.Expertise expertise,
            Monitoring monitoring,
            DemoVisits.Services regionWork,
            DemoConsultations.Library library,
            DemoCivil.Services civil,
            DemoCouncil.Services council,
            DemoContest.Services contests,
            RegionTime regionTime,
            ru.probity.plans.Plans plans,
            ru.probity.monitoring.ReportPublication reportPublication,
            ru.probity.portal.PortalContent portal) {
        this.reportPublication = reportPublication;
        this.portal = portal;
        this.expertise = expertise;
        this.plans = plans;
        this.monitoring = monitoring;
        this.regionWork = regionWork;
        this.library = library;
        this.civil = civil;
        this.council = council;
        this.contests = contests;
        this.regionTime = regionTime;
        this.lookup = lookup;
        this.transaction = new TransactionTemplate(transactionManager);
        this.registry = registry;
        this.accounts = accounts;
        this.registers = registers;
        this.contracts = contracts;
        this.checks = checks;
        this.reports = reports;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.verifications = verifications;
        this.training = training;
        this.commissionHistory = commissionHistory;
        this.notificationHistory = notificationHistory;
        this.expertisePublications = expertisePublications;
        this.documents = documents;
        this.testing = testing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        long started = System.nanoTime();
        if (!registry.empty()) {
            log.warn(
                    "Demo region skipped: the database already holds data ({} organizations)",
                    registry.organizationCount());
            return;
        }
        DemoRegion region = new DemoRegionGenerator().generate();
        load(region);
        var deals = new DemoProcurement(region, java.time.LocalDate.now()).generate();
        var redFlags = DemoRedFlags.plant(region);
        transaction.executeWithoutResult(status -> {
            registers.store(
                    "demo",
                    "DEMO",
                    java.util.stream.Stream.of(
                                    deals.companies().stream(),
                                    DemoCivil.companies(regionTime.today()).stream(),
                                    redFlags.companies().stream())
                            .flatMap(s -> s)
                            .toList(),
                    deals.entrepreneurs(),
                    0,
                    0,
                    AUTHOR);
            contracts.storeAsSystem("demo", deals.contracts());
            DemoRedFlags.store(redFlags, contracts);
            DemoDeclarations.load(campaigns, declarations, verifications, registry, lookup);
            checks.check(null);
            DemoTraining.load(training, lookup, regionTime.zone());
            DemoReports.load(reports, lookup);
            DemoCommission.load(lookup, commissionHistory, notificationHistory);
            LocalDate today = LocalDate.now(regionTime.zone());
            DemoActs.load(
                    documents.acts(),
                    documents.distributions(),
                    documents.letters(),
                    documents.history(),
                    lookup,
                    today);
            DemoTraining.exam(testing.bank(), testing.exams(), lookup, today);
            DemoExpertise.load(expertise, lookup);
            testing.onboarding().enrolNewcomers();
            DemoExpertisePublications.load(expertise, expertisePublications, lookup, today);
            DemoPlans.load(plans, lookup, today);
            DemoMonitoring.load(monitoring.forms(), monitoring.reports(), monitoring.ratings(), lookup, today);
            DemoVisits.load(regionWork, lookup, today);
            DemoConsultations.load(library, lookup, today);
            DemoPublicSections.load(reportPublication, lookup, today);
            DemoPortal.load(portal, lookup, today);
            DemoCivil.load(civil, lookup, today);
            DemoCouncil.load(council, lookup, today);
            DemoContest.load(contests, lookup, today, regionTime.zone());
        });
        log.info(
                "Demo region loaded: {} organizations, {} employees, {} relatives, {} accounts (password '{}'),"
                        + " {} contracts with planted conflicts, in {} ms",
                region.organizations().size(),
                region.employees().size(),
                region.relatives().size(),
                region.accounts().size(),
                DemoRegionGenerator.DEMO_PASSWORD,
                deals.contracts().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes the region in one transaction. */
    void load(DemoRegion region) {
        transaction.executeWithoutResult(status -> {
            long[] orgIds = registry.addOrganizations(
                    region.organizations().stream()
                            .map(DemoRegionLoader::organization)
                            .toList(),
                    AUTHOR);
            long[] employeeIds = registry.addEmployees(
                    region.employees().stream()
                            .map(e -> employee(e, orgIds, DemoPeople.category(region.organizations(), e)))
                            .toList(),
                    AUTHOR);
            registry.addRelatives(
                    region.relatives().stream()
                            .map(r -> relative(r, employeeIds))
                            .toList(),
                    AUTHOR);
            // all demo accounts share the published demo password: one (slow, salted) hash serves them all
            accounts.add(accounts(region.accounts(), orgIds, employeeIds), DemoRegionGenerator.DEMO_PASSWORD, AUTHOR);
        });
    }

    private static RegistryLoad.NewOrganization organization(Organization o) {
        return new RegistryLoad.NewOrganization(
                o.parentKey(),
                OrganizationKind.valueOf(o.kind()),
                o.name(),
                o.shortName(),
                o.inn(),
                o.kpp(),
                o.ogrn(),
                o.address(),
                o.phone(),
                o.email());
    }

    private static RegistryLoad.NewEmployee employee(Employee e, long[] orgIds, EmployeeCategory category) {
        return new RegistryLoad.NewEmployee(
                new EmployeeForm(
                        orgIds[e.organizationKey()],
                        e.lastName(),
                        e.firstName(),
                        e.middleName(),
                        shift(e.birthDate()),
                        e.inn(),
                        e.snils(),
                        e.phone(),
                        e.email(),
                        e.address(),
                        e.post(),
                        shift(e.appointedOn()),
                        shift(e.dismissedOn()),
                        e.declarationRequired(),
                        e.headOfCustomer(),
                        e.contractServiceHead(),
                        e.contractManager(),
                        e.procurementCommissionMember(),
                        category),
                e.active());
    }

    private static RegistryLoad.NewRelative relative(Relative r, long[] employeeIds) {
        return new RegistryLoad.NewRelative(
                employeeIds[r.employeeKey()],
                new RelativeForm(
                        RelationKind.valueOf(r.relation()),
                        r.lastName(),
                        r.firstName(),
                        r.middleName(),
                        shift(r.birthDate()),
                        r.inn(),
                        r.snils(),
                        r.phone(),
                        r.address(),
                        r.workplace()));
    }

    private static List<AccountLoad.Loaded> accounts(List<Account> accounts, long[] orgIds, long[] employeeIds) {
        return accounts.stream()
                .map(a -> new AccountLoad.Loaded(
                        a.username(),
                        a.fullName(),
                        a.role(),
                        orgIds[a.organizationKey()],
                        a.employeeKey() == null ? null : employeeIds[a.employeeKey()]))
                .toList();
    }

    /**
     * The generator dates everything against a fixed day, so that a seed always gives the same
     * region; the loader moves every date by the same amount so the region is as of today.
     */
    private static LocalDate shift(LocalDate date) {
        return date == null ? null : date.plusDays(ChronoUnit.DAYS.between(DemoPeople.TODAY, LocalDate.now()));
    }
}
