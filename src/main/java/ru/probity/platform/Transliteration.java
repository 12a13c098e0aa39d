package ru.probity.platform;

/**
 * Russian letters in the Latin letters of Russian passports (Приказ МВД России от 29.03.2016 № 889
 * after ICAO Doc 9303: ё e, й i, х kh, ц ts, щ shch, ъ ie, ы y, ь dropped, ю iu, я ia), lower
 * case, spaces and hyphens as hyphens, anything else dropped: Журавлёва → zhuravleva, Спас-Деменск →
 * spas-demensk. The one transliteration of the product: the demo's e-mail logins and domains,
 * provisioned logins, the matching of Latin spellings. Free of framework code.
 */
public final class Transliteration {

    private Transliteration() {}

    /** The passport spelling of {@code cyrillic}. */
    public static String passport(String cyrillic) {
        StringBuilder sb = new StringBuilder();
        for (char c : cyrillic.toLowerCase().toCharArray()) {
            sb.append(
                    switch (c) {
                        case 'а' -> "a";
                        case 'б' -> "b";
                        case 'в' -> "v";
                        case 'г' -> "g";
                        case 'д' -> "d";
                        case 'е', 'ё', 'э' -> "e";
                        case 'ж' -> "zh";
                        case 'з' -> "z";
                        case 'и', 'й' -> "i";
                        case 'к' -> "k";
                        case 'л' -> "l";
                        case 'м' -> "m";
                        case 'н' -> "n";
                        case 'о' -> "o";
                        case 'п' -> "p";
                        case 'р' -> "r";
                        case 'с' -> "s";
                        case 'т' -> "t";
                        case 'у' -> "u";
                        case 'ф' -> "f";
                        case 'х' -> "kh";
                        case 'ц' -> "ts";
                        case 'ч' -> "ch";
                        case 'ш' -> "sh";
                        case 'щ' -> "shch";
                        case 'ы' -> "y";
                        case 'ъ' -> "ie";
                        case 'ь' -> "";
                        case 'ю' -> "iu";
                        case 'я' -> "ia";
                        case ' ', '-' -> "-";
                        default -> Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "";
                    });
        }
        return sb.toString();
    }
}
