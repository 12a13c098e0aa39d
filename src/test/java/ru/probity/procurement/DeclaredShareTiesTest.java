package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.Campaigns;
import ru.probity.declarations.Declarations;
import ru.probity.declarations.ObligationKind;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.identifiers.Identifiers;

/** A share declared in §5.1 becomes an ownership tie: the customer's contracts with that supplier are re-checked. */
class DeclaredShareTiesTest extends IntegrationTest {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Declarations declarations;

    @Autowired
    ContractChecks checks;

    @Test
    void aDeclaredShareInASupplierIsFoundOnTheCustomersContract() {
        long ugh = organizationId(UGH);
        // a contract of the department with a company of the registers that no finding names yet
        var contract = jdbc.sql("""
                select c.id, s->>'inn' as inn, r.full_name, r.ogrn from contract c
                cross join jsonb_array_elements(c.suppliers) s
                join register_company r on r.inn = s->>'inn'
                where c.organization_id = ? and s->>'kind' = 'LEGAL_ENTITY'
                  and not exists (select 1 from finding f where f.contract_id = c.id)
                order by c.id limit 1""")
                .param(ugh)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        String personInn = Identifiers.completePersonInn("4027" + (100000 + System.nanoTime() % 800000));
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, inn, post, created_by, updated_by)
                values (?, 'Долевой', 'Аркадий', 'Семёнович', ?, 'Главный специалист', 'test', 'test') returning id""").params(ugh, personInn).query(Long.class).single();
        CurrentUser officer = ((CurrentUserHolder) users.loadUserByUsername("ugh.officer")).currentUser();
        long obligation = campaigns.oblige(
                officer, employee, ObligationKind.APPOINTMENT, LocalDate.now().getYear() - 1, LocalDate.now(), null);
        var share = new DeclarationContent.Share(
                (String) contract[2], (String) contract[1], (String) contract[3], new BigDecimal("40"), "устав");
        declarations.submit(
                officer,
                obligation,
                new DeclarationContent(List.of(new DeclarationContent.Person(
                        DeclarationContent.Relation.DECLARANT,
                        "Долевой",
                        "Аркадий",
                        "Семёнович",
                        null,
                        List.of(new DeclarationContent.Income(
                                DeclarationContent.IncomeKind.MAIN_JOB, null, new BigDecimal("900000"))),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(share),
                        List.of()))));

        assertThat(checks.stale()).contains((Long) contract[0]);
        checks.check(checks.stale());
        assertThat(jdbc.sql("select official_employee_id from finding where contract_id = ?")
                        .param(contract[0])
                        .query(Long.class)
                        .list())
                .contains(employee);
    }
}
