package ru.probity.platform;

import static ru.probity.platform.EmbeddedPostgresServer.DATABASE;
import static ru.probity.platform.EmbeddedPostgresServer.OWNER;
import static ru.probity.platform.EmbeddedPostgresServer.SUPERUSER;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The role {@value EmbeddedPostgresServer#OWNER} and the application's database it owns, set up by
 * the superuser once the server runs; in a cluster made before passwords, the hand-over of the
 * superuser's objects to that role. Part of {@link EmbeddedPostgresServer}.
 */
final class DatabaseOwner {

    private DatabaseOwner() {}

    /**
     * As the superuser, once the server runs: the owner role (no superuser, no role or database
     * creation) with the password of its file, the application's database owned by it, and every
     * object in that database that the superuser owns (all of them in a cluster made before
     * passwords, where the application connected as superuser) handed to it. The bootstrap
     * superuser's objects are not tracked in pg_shdepend, so REASSIGN OWNED cannot do this: the
     * catalogs are walked instead. Idempotent, and cheap once there is nothing to hand over.
     */
    static void provision(EmbeddedPostgresServer server, Path cluster, DatabasePassword owner) {
        try (var connection =
                        DriverManager.getConnection(server.jdbcUrl("postgres"), SUPERUSER, server.superuserPassword());
                var statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + OWNER + "'")) {
                exists = rows.next();
            }
            statement.execute((exists ? "alter" : "create") + " role " + OWNER
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + owner.scramVerifier() + "'");
            String databaseOwner;
            try (var rows = statement.executeQuery(
                    "select datdba::regrole::text from pg_database where datname = '" + DATABASE + "'")) {
                databaseOwner = rows.next() ? rows.getString(1) : null;
            }
            if (databaseOwner == null) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            } else if (!OWNER.equals(databaseOwner)) {
                statement.execute("alter database " + DATABASE + " owner to " + OWNER);
            }
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                // a keys folder from another installation, or one restored apart from the database
                Path file = owner.file().resolveSibling("postgres-superuser.password");
                throw new DataDirectoryException(
                        "the superuser password in " + file + " does not match the embedded database in " + cluster
                                + ". Delete the file to set a new password on the next start",
                        "пароль суперпользователя встроенной базы данных в файле " + file
                                + " не подходит к базе в " + cluster
                                + ". Удалите этот файл: при следующем запуске будет задан новый пароль",
                        e);
            }
            throw new IllegalStateException("Could not set up the role and database of the embedded PostgreSQL", e);
        }
        try (var connection =
                        DriverManager.getConnection(server.jdbcUrl(DATABASE), SUPERUSER, server.superuserPassword());
                var statement = connection.createStatement()) {
            statement.execute(HAND_OVER.replace("{owner}", OWNER).replace("{superuser}", SUPERUSER));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database objects over to the role " + OWNER, e);
        }
    }

    /** Every object of the current database owned by the superuser, except those of extensions, to the owner. */
    private static final String HAND_OVER = """
            do $$
            declare
                r record;
                su oid := '{superuser}'::regrole;
            begin
                for r in
                    select n.nspname from pg_namespace n
                    where n.nspowner = su and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                      and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_namespace'::regclass
                                      and d.objid = n.oid and d.deptype = 'e')
                loop
                    execute format('alter schema %I owner to {owner}', r.nspname);
                end loop;
                for r in
                    select c.oid::regclass as name, c.relkind from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = su and c.relkind in ('r', 'p', 'v', 'm', 'f')
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %s owner to {owner}',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                            when 'f' then 'foreign table' else 'table' end, r.name);
                end loop;
                -- sequences of identity and serial columns went with their tables
                for r in
                    select c.oid::regclass as name from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = su and c.relkind = 'S'
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter sequence %s owner to {owner}', r.name);
                end loop;
                for r in
                    select p.oid::regprocedure as name from pg_proc p
                    join pg_namespace n on n.oid = p.pronamespace
                    where p.proowner = su
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %s owner to {owner}', r.name);
                end loop;
                -- enums, domains, ranges and standalone composite types (row and array types follow)
                for r in
                    select t.oid::regtype as name, t.typtype from pg_type t
                    join pg_namespace n on n.oid = t.typnamespace
                    where t.typowner = su and t.typtype in ('e', 'd', 'r', 'c')
                      and (t.typtype <> 'c' or (select relkind from pg_class where oid = t.typrelid) = 'c')
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype in ('e', 'i'))
                loop
                    execute format('alter %s %s owner to {owner}',
                        case r.typtype when 'd' then 'domain' else 'type' end, r.name);
                end loop;
                for r in select oid from pg_largeobject_metadata where lomowner = su loop
                    execute format('alter large object %s owner to {owner}', r.oid);
                end loop;
            end
            $$""";
}
