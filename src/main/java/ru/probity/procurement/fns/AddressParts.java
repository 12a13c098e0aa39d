package ru.probity.procurement.fns;

/**
 * A one-line address split back into the slots of {@code АдресРФ} for {@link FnsXmlWriter}, such
 * that {@link Address} joins them to the same line. Parts are recognized by their words (a postal
 * code, «РЕСПУБЛИКА», «РАЙОН», «ГОРОД», «УЛИЦА», «ДОМ», …); a part out of order joins the previous
 * slot, an unrecognized one is taken as a street.
 */
final class AddressParts {

    /** Per slot of {@link Address}: the whole text (Индекс, Дом, Корпус, Кварт) or the type and name. */
    final String[] type = new String[Address.SLOTS];

    final String[] name = new String[Address.SLOTS];

    private static final String[] REGION_WORDS = {"РЕСПУБЛИКА", "ОБЛАСТЬ", "КРАЙ", "АВТОНОМНЫЙ ОКРУГ"};
    private static final String[] FEDERAL_CITIES = {"ГОРОД МОСКВА", "ГОРОД САНКТ-ПЕТЕРБУРГ", "ГОРОД СЕВАСТОПОЛЬ"};
    private static final String[] LOCALITY_WORDS = {
        "СЕЛО ", "ДЕРЕВНЯ ", "ПОСЕЛОК ", "ПОСЁЛОК ", "РАБОЧИЙ ПОСЕЛОК ", "СТАНИЦА ", "ХУТОР ", "АУЛ ", "СЛОБОДА "
    };

    static AddressParts split(String address) {
        AddressParts p = new AddressParts();
        if (address == null || address.isBlank()) {
            return p;
        }
        int last = -1;
        for (String part : address.split(", ")) {
            int slot = slot(part, last);
            if (slot <= last) {
                slot = last;
                p.name[slot] = p.name[slot] + ", " + part;
            } else {
                p.name[slot] = part;
            }
            last = slot;
        }
        for (int slot = Address.REGION; slot <= Address.STREET; slot++) {
            if (p.name[slot] != null) {
                p.typed(slot, p.name[slot]);
            }
        }
        return p;
    }

    private static int slot(String part, int last) {
        String u = part.toUpperCase();
        if (last < 0 && part.length() == 6 && part.chars().allMatch(Character::isDigit)) {
            return Address.INDEX;
        }
        if (u.startsWith("ДОМ ") || u.startsWith("ВЛАДЕНИЕ ")) {
            return Address.HOUSE;
        }
        if (u.startsWith("КОРПУС ") || u.startsWith("СТРОЕНИЕ ")) {
            return Address.BUILDING;
        }
        if (u.startsWith("КВАРТИРА ")
                || u.startsWith("ОФИС ")
                || u.startsWith("ПОМЕЩЕНИЕ ")
                || u.startsWith("КОМНАТА ")) {
            return Address.FLAT;
        }
        for (String w : REGION_WORDS) {
            if (u.contains(w)) {
                return Address.REGION;
            }
        }
        for (String w : FEDERAL_CITIES) {
            if (u.equals(w) && last < Address.REGION) {
                return Address.REGION;
            }
        }
        if (u.endsWith(" РАЙОН") || u.startsWith("РАЙОН ")) {
            return Address.DISTRICT;
        }
        if (u.startsWith("ГОРОД ")) {
            return Address.CITY;
        }
        for (String w : LOCALITY_WORDS) {
            if (u.startsWith(w)) {
                return Address.LOCALITY;
            }
        }
        return Address.STREET;
    }

    /** Splits a part into type and name so that {@link Address#join} gives the part back. */
    private void typed(int slot, String part) {
        boolean adjectiveFirst = slot == Address.REGION || slot == Address.DISTRICT;
        int first = part.indexOf(' ');
        if (first > 0) {
            int lastSpace = part.lastIndexOf(' ');
            boolean typeLast = adjectiveFirst
                    && Address.join("Т", part.substring(0, lastSpace), true).endsWith(" Т");
            int cut = typeLast ? lastSpace : first;
            String t = typeLast ? part.substring(cut + 1) : part.substring(0, cut);
            String n = typeLast ? part.substring(0, cut) : part.substring(cut + 1);
            if (part.equals(Address.join(t, n, adjectiveFirst))) {
                type[slot] = t;
                name[slot] = n;
                return;
            }
        }
        type[slot] = null;
        name[slot] = part;
    }
}
