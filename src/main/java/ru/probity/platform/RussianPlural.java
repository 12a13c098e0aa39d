package ru.probity.platform;

/**
 * Which of the three Russian plural forms a number takes: 1, 21, 101 сообщение ({@code one}); 2–4,
 * 22–24 сообщения ({@code few}); 0, 5–20, 25–30, 111–114 сообщений ({@code many}). Messages keep
 * the three forms under keys ending in these suffixes.
 */
public final class RussianPlural {

    private RussianPlural() {}

    public static String form(long n) {
        long abs = Math.abs(n);
        long lastTwo = abs % 100;
        long last = abs % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "many";
        }
        if (last == 1) {
            return "one";
        }
        if (last >= 2 && last <= 4) {
            return "few";
        }
        return "many";
    }
}
