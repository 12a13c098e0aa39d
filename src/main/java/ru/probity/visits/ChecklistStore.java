package ru.probity.visits;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.probity.visits.model.ChecklistText;

/** The tables of the checklist templates: {@code visit_template} and {@code visit_template_item}. */
@Repository
class ChecklistStore {

    private static final String TEMPLATE = """
            select t.id, t.name, t.version, t.based_on_id, t.builtin, t.active,
                   (select count(*) from visit_template_item i where i.template_id = t.id) as items,
                   exists (select 1 from visit v where v.template_id = t.id) as used
            from visit_template t""";

    private final JdbcClient jdbc;

    ChecklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Template template(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Template(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getInt("version"),
                (Long) rs.getObject("based_on_id"),
                rs.getBoolean("builtin"),
                rs.getBoolean("active"),
                rs.getInt("items"),
                rs.getBoolean("used"));
    }

    List<Template> all() {
        return jdbc.sql(TEMPLATE + " order by t.active desc, t.name, t.version desc")
                .query(ChecklistStore::template)
                .list();
    }

    Optional<Template> find(long id) {
        return jdbc.sql(TEMPLATE + " where t.id = ?")
                .param(id)
                .query(ChecklistStore::template)
                .optional();
    }

    Optional<Long> builtin() {
        return jdbc.sql("select id from visit_template where builtin")
                .query(Long.class)
                .optional();
    }

    /** Creates the default template once; a concurrent creation leaves one (the unique index). */
    void createBuiltin(String name, List<ChecklistText.Item> items) {
        Optional<Long> id = jdbc.sql("""
                        insert into visit_template (name, builtin, created_by) values (?, true, 'system')
                        on conflict do nothing returning id""").param(name).query(Long.class).optional();
        id.ifPresent(template -> {
            int position = 1;
            for (ChecklistText.Item item : items) {
                addItem(template, position++, item.section(), item.text(), item.legalBasis());
            }
        });
    }

    long create(String name, int version, Long basedOn, String actor) {
        return jdbc.sql("""
                        insert into visit_template (name, version, based_on_id, created_by)
                        values (?, ?, ?, ?) returning id""")
                .params(name, version, basedOn, actor)
                .query(Long.class)
                .single();
    }

    /** The highest version of the templates of this name. */
    int lastVersion(String name) {
        return jdbc.sql("select coalesce(max(version), 0) from visit_template where name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    void rename(long id, String name) {
        jdbc.sql("update visit_template set name = ? where id = ?")
                .params(name, id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update visit_template set active = ? where id = ?")
                .params(active, id)
                .update();
    }

    List<TemplateItem> items(long templateId) {
        return jdbc.sql("""
                        select id, template_id, position, section, text, legal_basis from visit_template_item
                        where template_id = ? order by position, id""")
                .param(templateId)
                .query((rs, n) -> new TemplateItem(
                        rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    void addItem(long templateId, int position, String section, String text, String legalBasis) {
        jdbc.sql("""
                        insert into visit_template_item (template_id, position, section, text, legal_basis)
                        values (?, ?, ?, ?, ?)""").params(templateId, position, section, text, legalBasis).update();
    }

    int nextPosition(long templateId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from visit_template_item where template_id = ?")
                .param(templateId)
                .query(Integer.class)
                .single();
    }

    int removeItem(long templateId, long itemId) {
        return jdbc.sql("delete from visit_template_item where template_id = ? and id = ?")
                .params(templateId, itemId)
                .update();
    }
}
