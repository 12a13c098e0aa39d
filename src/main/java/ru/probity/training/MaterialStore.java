package ru.probity.training;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code training_material}: the files of an event, kept in the database with their SHA-256. */
@Repository
class MaterialStore {

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long eventId, String fileName, String contentType, byte[] content, String sha256, String actor) {
        return jdbc.sql("""
                insert into training_material (event_id, file_name, content_type, size, sha256, content, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, fileName, contentType, content.length, sha256, content, actor)
                .query(Long.class)
                .single();
    }

    void delete(long materialId) {
        jdbc.sql("delete from training_material where id = ?").param(materialId).update();
    }

    List<EventMaterials.Material> ofEvent(long eventId) {
        return jdbc.sql("""
                select id, file_name, content_type, size, sha256, created_at, created_by
                from training_material where event_id = ? order by id""")
                .param(eventId)
                .query((rs, n) -> new EventMaterials.Material(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    EventMaterials.Download content(long materialId) {
        return jdbc.sql("select file_name, content_type, content from training_material where id = ?")
                .param(materialId)
                .query((rs, n) -> new EventMaterials.Download(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .single();
    }

    Optional<Long> eventOf(long materialId) {
        return jdbc.sql("select event_id from training_material where id = ?")
                .param(materialId)
                .query(Long.class)
                .optional();
    }
}
