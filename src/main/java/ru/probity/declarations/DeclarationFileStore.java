package ru.probity.declarations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scans of the signed originals ({@code declaration_file}), their names and contents sealed. */
@Repository
class DeclarationFileStore {

    /** A scan as listed, its name still sealed. */
    record Listed(long id, byte[] name, String contentType, int size, Instant uploadedAt, String uploadedBy) {}

    /** A scan to download, its name and content still sealed. */
    record Sealed(byte[] name, String contentType, byte[] content) {}

    private final JdbcClient jdbc;

    DeclarationFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('declaration_file', 'id'))")
                .query(Long.class)
                .single();
    }

    void insert(
            long id,
            long declarationId,
            byte[] name,
            String contentType,
            int size,
            byte[] content,
            byte[] sha256,
            String by) {
        jdbc.sql("""
                insert into declaration_file (id, declaration_id, name, content_type, size, content, sha256, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, declarationId, name, contentType, size, content, sha256, by)
                .update();
    }

    /** The current declaration of the obligation if it was imported from a package with this SHA-256. */
    Optional<Long> filedFrom(long obligationId, byte[] sha256) {
        return jdbc.sql("""
                select d.id from declaration d join declaration_file f on f.declaration_id = d.id
                where d.obligation_id = ? and d.is_current and f.sha256 = ?""").params(obligationId, sha256).query(Long.class).optional();
    }

    List<Listed> list(long declarationId) {
        return jdbc.sql("""
                select id, name, content_type, size, uploaded_at, coalesce((select u.full_name from app_user u where u.username = uploaded_by), uploaded_by) as uploaded_by from declaration_file
                where declaration_id = ? order by id""")
                .param(declarationId)
                .query((rs, n) -> new Listed(
                        rs.getLong(1),
                        rs.getBytes(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** A scan of the declaration: none when the id is another declaration's. */
    Optional<Sealed> find(long fileId, long declarationId) {
        return jdbc.sql("select name, content_type, content from declaration_file where id = ? and declaration_id = ?")
                .params(fileId, declarationId)
                .query((rs, n) -> new Sealed(rs.getBytes(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    int count(long declarationId) {
        return jdbc.sql("select count(*) from declaration_file where declaration_id = ?")
                .param(declarationId)
                .query(Integer.class)
                .single();
    }
}
