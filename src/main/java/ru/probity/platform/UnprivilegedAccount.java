package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;

/**
 * PostgreSQL refuses to run as root: when the jar is started by root (containers, CI), the server's
 * processes run as an unprivileged account ({@code probity.embedded-db-user}, {@code nobody} by
 * default) through {@code setpriv}, and the files they use are given to that account. Part of
 * {@link EmbeddedPostgresServer}.
 */
final class UnprivilegedAccount {

    private UnprivilegedAccount() {}

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The prefix that runs a command as {@code user}, its own group, no supplementary groups. */
    static List<String> setprivCommand(String user) {
        String uid = PostgresCommands.run(List.of("id", "-u", user)).strip();
        String gid = PostgresCommands.run(List.of("id", "-g", user)).strip();
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    static void giveTo(String user, Path... paths) throws IOException {
        UserPrincipalLookupService lookup = paths[0].getFileSystem().getUserPrincipalLookupService();
        var owner = lookup.lookupPrincipalByName(user);
        for (Path path : paths) {
            Files.getFileAttributeView(path, PosixFileAttributeView.class).setOwner(owner);
        }
    }

    /** The unprivileged account must be able to traverse every directory above the cluster. */
    static void requireReachable(String user, Path cluster) {
        for (Path p = cluster.getParent(); p != null; p = p.getParent()) {
            try {
                var perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new DataDirectoryException(
                            "the embedded database runs as '" + user + "' when started by root, but " + p
                                    + " is not accessible to it. Choose a data directory under /var or /srv with --probity.data-dir",
                            "встроенная база данных при запуске от root работает от имени '" + user + "', но каталог "
                                    + p
                                    + " ей недоступен. Укажите каталог данных в /var или /srv: --probity.data-dir=/var/lib/probity",
                            null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
