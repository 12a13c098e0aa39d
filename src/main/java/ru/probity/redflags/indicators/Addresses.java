package ru.probity.redflags.indicators;

import java.util.Set;
import ru.probity.procurement.names.PersonMatcher;

/**
 * The comparable form of an address for the red flags: the project's normalization ({@link
 * PersonMatcher#normalizeAddress}: lower case, «ё» as «е», punctuation dropped, abbreviations spelt
 * out, the postal index and the country dropped) without the words «город», «улица», «дом», which
 * one writer puts and another leaves out. One definition for {@code supplier_mass_address} and
 * {@code bidders_shared_contact}.
 */
final class Addresses {

    private static final Set<String> NOISE = Set.of("город", "улица", "дом");

    private Addresses() {}

    /** The address's key, or null for a blank one. */
    static String key(String address) {
        String normal = PersonMatcher.normalizeAddress(address);
        if (normal == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(normal.length());
        int start = 0;
        while (start <= normal.length()) {
            int end = normal.indexOf(' ', start);
            if (end < 0) {
                end = normal.length();
            }
            String word = normal.substring(start, end);
            if (!word.isEmpty() && !NOISE.contains(word)) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(word);
            }
            start = end + 1;
        }
        return key.isEmpty() ? null : key.toString();
    }
}
