package ru.probity.reports;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contacts the feedback subsection of the public section shows ({@link FeedbackSection}): the
 * telephone and e-mail of the organization as the registry holds them; for an organization without
 * them, those of its administration (a municipality's «администрация» directly below it), else of the
 * nearest organization above it that has them.
 */
@Repository
class FeedbackStore {

    /** Whose contacts and what they are. */
    record Contacts(long organizationId, String organization, String phone, String email) {}

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contacts> contacts(long organizationId) {
        return jdbc.sql("""
                select o.id, o.name, o.phone, o.email from organization o
                left join org_subtree up on up.organization_id = :org and up.ancestor_id = o.id
                where o.active and (o.phone is not null or o.email is not null)
                  and (o.id = :org
                       or (o.parent_id = :org and o.kind = 'ADMINISTRATION')
                       or up.ancestor_id is not null)
                order by case when o.id = :org then 0 when o.parent_id = :org then 1 else 2 end,
                  up.depth desc nulls last
                limit 1""")
                .param("org", organizationId)
                .query((rs, n) -> new Contacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
