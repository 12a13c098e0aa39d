package ru.probity.training;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.training.bank.Question;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code question_category} and {@code question}: a category is kept by an organization
 * and seen by its subtree and its ancestors; a question's options are JSON.
 */
@Repository
class QuestionStore {

    private static final TypeReference<List<Question.Option>> OPTIONS = new TypeReference<>() {};
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    QuestionStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** The categories the organization sees, with their numbers of active questions. */
    List<QuestionBank.Category> categories(long organizationId) {
        return jdbc.sql("""
                select c.id, c.name, o.name as organization, count(q.id) as questions
                from question_category c join organization o on o.id = c.organization_id
                left join question q on q.category_id = c.id and q.active
                where""" + VISIBLE + "group by c.id, c.name, o.name order by c.name")
                .param("org", organizationId)
                .query((rs, n) -> new QuestionBank.Category(
                        rs.getLong("id"), rs.getString("name"), rs.getString("organization"), rs.getInt("questions")))
                .list();
    }

    /** Active questions the organization sees, of one category or all, containing {@code q} (lower case) if given. */
    List<QuestionBank.Stored> questions(long organizationId, Long categoryId, String q) {
        return jdbc.sql("""
                select q.*, c.name as category, o.name as organization
                from question q join question_category c on c.id = q.category_id join organization o on o.id = c.organization_id
                where q.active and""" + VISIBLE + """
                  and (cast(:category as bigint) is null or c.id = :category)
                  and (:q = '' or lower(q.text) like '%' || :q || '%' or lower(coalesce(q.name, '')) like '%' || :q || '%'
                       or lower(array_to_string(q.tags, ',')) like '%' || :q || '%')
                order by c.name, q.id""")
                .param("org", organizationId)
                .param("category", categoryId)
                .param("q", q)
                .query((rs, n) -> new QuestionBank.Stored(
                        rs.getLong("id"), rs.getLong("category_id"), rs.getString("organization"), question(rs)))
                .list();
    }

    /** The organization's category of that name, created if it has none. */
    long category(long organizationId, String name) {
        return jdbc.sql("""
                insert into question_category (organization_id, name) values (?, ?)
                on conflict (organization_id, name) do update set name = excluded.name returning id""").params(organizationId, name).query(Long.class).single();
    }

    /** Inserts the questions in batches, each into the category of its name. */
    void insert(List<Question> questions, Map<String, Long> categories, String actor) {
        template.batchUpdate("""
                insert into question (category_id, kind, name, text, options, explanation, tags, created_by, updated_by)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""", questions, BATCH, (ps, q) -> {
            ps.setLong(1, categories.get(q.category()));
            ps.setString(2, q.kind().name());
            ps.setString(3, q.name());
            ps.setString(4, q.text());
            ps.setString(5, json.writeValueAsString(q.options()));
            ps.setString(6, q.explanation());
            ps.setArray(7, ps.getConnection().createArrayOf("text", q.tags().toArray()));
            ps.setString(8, actor);
            ps.setString(9, actor);
        });
    }

    /** The questions with these ids, whatever their visibility. */
    Map<Long, Question> byIds(Collection<Long> ids) {
        Map<Long, Question> found = new HashMap<>();
        jdbc.sql("""
                select q.*, c.name as category from question q join question_category c on c.id = q.category_id
                where q.id = any(?)""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> found.put(rs.getLong("id"), question(rs)))
                .list();
        return found;
    }

    /** The category {@code c} is kept in the subtree of {@code :org} or by one of its ancestors. */
    private static final String VISIBLE = " (" + TrainingSql.inSubtree("c.organization_id", ":org") + """
            or c.organization_id in (select ancestor_id from org_subtree where organization_id = :org)) """;

    /** A question row (with its category's name as {@code category}). */
    private Question question(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tags");
        return new Question(
                rs.getString("category"),
                Question.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("text"),
                json.readValue(rs.getString("options"), OPTIONS),
                rs.getString("explanation"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()));
    }
}
