package ru.probity.accounts.ldap;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.probity.access.Role;

/**
 * The rules of directory sign-in that need no directory: which attribute value finds a person card,
 * and which role a person's directory groups give (docs/security.md, «Directory sign-in»).
 *
 * <p>Roles come only from the configured mapping, in its order: the first mapping whose group the
 * person is in gives the role; a person in no mapped group is an employee. So no directory group
 * yields a role the mapping does not name, and a group nobody mapped yields nothing.
 */
public final class DirectoryRules {

    private DirectoryRules() {}

    /** What a person card is matched by. */
    public enum Match {
        /** The card's e-mail equals the directory's mail attribute (case-insensitive). */
        EMAIL,
        /** The account linked to the card has the directory login as its username. */
        LOGIN,
        /** The card's СНИЛС equals the attribute's digits (11 digits; dashes and spaces ignored). */
        SNILS
    }

    /** One group of the directory mapped to a role; the group by its name (CN) or its whole DN. */
    public record GroupRole(String group, Role role) {}

    /** The role the groups give: the first mapping any of them matches, else {@link Role#EMPLOYEE}. */
    public static Role role(Collection<String> groups, List<GroupRole> mapping) {
        for (GroupRole rule : mapping) {
            if (rule.group() == null || rule.role() == null) {
                continue;
            }
            for (String group : groups) {
                if (sameGroup(group, rule.group())) {
                    return rule.role();
                }
            }
        }
        return Role.EMPLOYEE;
    }

    /**
     * Whether a group of the person (a DN such as {@code cn=Officers,ou=groups,dc=region} or a bare name)
     * is the configured one (a name or a DN): names compare with the DN's first CN, DNs as a whole;
     * letters' case and spaces around commas do not matter.
     */
    static boolean sameGroup(String group, String configured) {
        String have = normalDn(group);
        String want = normalDn(configured);
        if (have.equals(want)) {
            return true;
        }
        return !want.contains("=") && want.equals(firstCn(have));
    }

    /** The value of the leading {@code cn=} of a DN, or the value itself when it is no DN. */
    static String firstCn(String dn) {
        if (!dn.contains("=")) {
            return dn;
        }
        String first = dn.split("(?<!\\\\),", 2)[0];
        int eq = first.indexOf('=');
        return first.substring(0, eq).strip().equals("cn")
                ? first.substring(eq + 1).strip()
                : "";
    }

    private static String normalDn(String dn) {
        return dn == null
                ? ""
                : dn.strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\s*,\\s*", ",")
                        .replaceAll("\\s*=\\s*", "=");
    }

    /**
     * The value as the person card stores it, or empty when it cannot match one: e-mail lower case,
     * СНИЛС its 11 digits, a login lower case.
     */
    public static Optional<String> cardValue(Match match, String directoryValue) {
        if (directoryValue == null || directoryValue.isBlank()) {
            return Optional.empty();
        }
        String value = directoryValue.strip();
        return switch (match) {
            case EMAIL -> value.contains("@") ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
            case LOGIN -> Optional.of(value.toLowerCase(Locale.ROOT));
            case SNILS -> {
                String digits = value.replaceAll("[\\s-]", "");
                yield digits.matches("[0-9]{11}") ? Optional.of(digits) : Optional.empty();
            }
        };
    }

    /**
     * The username of an account made at the first directory sign-in: the directory login if it
     * is a valid username ({@code [A-Za-z0-9._-]{3,40}}), else {@code dir.<employee id>}; a taken one
     * gets {@code .2}, {@code .3}, … (the caller says which are taken).
     */
    public static String username(String login, long employeeId, java.util.function.Predicate<String> taken) {
        String base = login != null && login.strip().matches("[A-Za-z0-9._-]{3,36}")
                ? login.strip().toLowerCase(Locale.ROOT)
                : "dir." + employeeId;
        String name = base;
        for (int n = 2; taken.test(name); n++) {
            name = base + "." + n;
        }
        return name;
    }
}
