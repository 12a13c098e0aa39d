package ru.probity.procurement.names;

import java.util.Random;
import ru.probity.procurement.model.PersonName;

/**
 * Generates realistic names in a random grammatical case, with their nominative, by declension
 * rules written independently of the production code (for the self-check and the benchmark).
 */
final class DeclinedNames {

    /** A generated name: as a document would write it, and its nominative. */
    record Sample(PersonName declined, String nominative, int kase) {}

    static final String[] CASES = {"nom", "gen", "dat", "acc", "ins", "pre"};

    private static final String[] POSSESSIVE = words("""
            иванов петров смирнов кузнецов попов соколов лебедев козлов новиков морозов волков соловьев
            васильев зайцев павлов семенов голубев виноградов богданов воробьев федоров михайлов беляев
            тарасов белов комаров орлов киселев макаров андреев ильин пушкин никитин фомин калинин зимин
            гусев титов кудрявцев баранов куликов алексеев степанов яковлев сорокин сергеев романов
            захаров борисов королев герасимов пономарев григорьев лазарев медведев ершов карпов афанасьев
            власов маслов исаков тихонов аксенов гаврилов родионов котов горбунов быков зуев третьяков
            савельев панов рыбаков суворов абрамов воронов мухин архипов трофимов мартынов емельянов
            горшков чернов овчинников селезнев панфилов копылов михеев галкин назаров лобанов лукин
            потапов некрасов хохлов жданов наумов шилов воронцов ермаков дроздов игнатьев савин логинов
            сафонов капустин кириллов моисеев елисеев кошелев костин горбачев орехов ефремов исаев
            калашников кабанов носков юдин кулагин лапин прохоров нестеров харитонов агафонов муравьев
            ларионов пахомов шубин филатов крюков рогов кулаков терентьев молчанов артемьев зиновьев
            гришин кононов дементьев ситников симонов мишин фадеев носов гуляев шаров устинов щукин
            """);
    private static final String[] ADJECTIVAL = words("""
            высоцкий достоевский вишневский ковалевский жуковский соболевский покровский успенский
            троицкий городецкий островский вознесенский толстой полевой лановой горький
            """);
    private static final String[] CONSONANT = words("ковальчук мельник шмидт бондарчук кравчук рыбак левчук ткач");
    private static final String[] INDECLINABLE =
            words("шевченко коваленко бондаренко черных седых белых живаго кикабидзе дурново");

    private static final String[] MALE = words("""
            александр алексей андрей антон артем борис вадим валерий василий виктор виталий владимир
            владислав вячеслав геннадий георгий глеб григорий денис дмитрий евгений егор иван игорь илья
            кирилл константин лев леонид максим михаил никита николай олег павел петр роман руслан сергей
            семен станислав степан тимофей тимур федор юрий ярослав фома кузьма анатолий
            """);
    private static final String[] FEMALE = words("""
            александра алена алина анастасия анна антонина валентина валерия вера вероника виктория
            галина дарья диана евгения екатерина елена елизавета жанна зинаида ирина кристина ксения
            лариса лидия любовь людмила маргарита марина мария надежда наталья нина оксана олеся ольга
            полина раиса светлана софья тамара татьяна юлия яна майя
            """);
    /** Patronymic stems: the man's before -ич, the woman's before -на (Ильич, Ильинична). */
    private static final String[][] FATHERS = {
        {"иванов", "иванов"},
        {"сергеев", "сергеев"},
        {"николаев", "николаев"},
        {"юрьев", "юрьев"},
        {"дмитриев", "дмитриев"},
        {"иль", "ильинич"},
        {"никит", "никитич"},
        {"павлов", "павлов"},
        {"львов", "львов"},
        {"петров", "петров"},
        {"александров", "александров"},
        {"алексеев", "алексеев"},
        {"андреев", "андреев"},
        {"михайлов", "михайлов"},
        {"владимиров", "владимиров"},
        {"викторов", "викторов"},
        {"евгеньев", "евгеньев"},
        {"олегов", "олегов"},
        {"игорев", "игорев"},
        {"анатольев", "анатольев"},
        {"васильев", "васильев"},
        {"геннадьев", "геннадьев"},
        {"валерьев", "валерьев"},
        {"борисов", "борисов"},
        {"григорьев", "григорьев"},
        {"константинов", "константинов"},
        {"степанов", "степанов"},
        {"федоров", "федоров"},
        {"кузьм", "кузьминич"},
        {"фом", "фоминич"}
    };

    private DeclinedNames() {}

    private static String[] words(String s) {
        return s.strip().split("\\s+");
    }

    static Sample next(Random r) {
        boolean woman = r.nextBoolean();
        int kase = r.nextInt(6);
        int kind = r.nextInt(100);
        String last = kind < 80
                ? pick(r, POSSESSIVE)
                : kind < 90 ? pick(r, ADJECTIVAL) : kind < 95 ? pick(r, CONSONANT) : pick(r, INDECLINABLE);
        String[] father = FATHERS[r.nextInt(FATHERS.length)];
        String first;
        String middle;
        if (woman) {
            last = feminine(last);
            first = pick(r, FEMALE);
            middle = father[1] + "на";
            String nominative = last + " " + first + " " + middle;
            return new Sample(
                    new PersonName(
                            cap(femaleSurname(last, kase)),
                            cap(femaleName(first, kase)),
                            cap(femalePatronymic(middle, kase))),
                    nominative,
                    kase);
        }
        first = pick(r, MALE);
        middle = father[0] + "ич";
        String nominative = last + " " + first + " " + middle;
        return new Sample(
                new PersonName(
                        cap(maleSurname(last, kase)),
                        cap(maleName(first, kase)),
                        cap(middle + pick6(kase, "", "а", "у", "а", "ем", "е"))),
                nominative,
                kase);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String pick6(int kase, String... endings) {
        return endings[kase];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String feminine(String last) {
        if (last.endsWith("ов") || last.endsWith("ев") || last.endsWith("ин")) {
            return last + "а";
        }
        if (last.endsWith("ий") || last.endsWith("ой")) {
            return last.substring(0, last.length() - 2) + "ая";
        }
        return last;
    }

    private static String stem(String s, int cut) {
        return s.substring(0, s.length() - cut);
    }

    static String maleSurname(String s, int k) {
        if (k == 0 || contains(INDECLINABLE, s)) {
            return s;
        }
        if (s.endsWith("ов") || s.endsWith("ев") || s.endsWith("ин")) {
            return s + pick6(k, "", "а", "у", "а", "ым", "е");
        }
        if (s.endsWith("ий") || s.endsWith("ой")) {
            String st = stem(s, 2);
            boolean soft = s.endsWith("ий") && !st.endsWith("к");
            return st
                    + (soft
                            ? pick6(k, "", "его", "ему", "его", "им", "ем")
                            : pick6(k, "", "ого", "ому", "ого", st.endsWith("к") ? "им" : "ым", "ом"));
        }
        boolean hushing = s.endsWith("ч") || s.endsWith("ш") || s.endsWith("щ") || s.endsWith("ж") || s.endsWith("ц");
        return s + pick6(k, "", "а", "у", "а", hushing ? "ем" : "ом", "е");
    }

    static String femaleSurname(String s, int k) {
        if (k == 0) {
            return s;
        }
        if (s.endsWith("ова") || s.endsWith("ева") || s.endsWith("ина")) {
            return stem(s, 1) + pick6(k, "", "ой", "ой", "у", "ой", "ой");
        }
        if (s.endsWith("ая")) {
            return stem(s, 2) + pick6(k, "", "ой", "ой", "ую", "ой", "ой");
        }
        return s;
    }

    static String maleName(String n, int k) {
        if (k == 0) {
            return n;
        }
        if (n.endsWith("а")) {
            String st = stem(n, 1);
            return st + pick6(k, "", st.endsWith("к") ? "и" : "ы", "е", "у", "ой", "е");
        }
        if (n.endsWith("я")) {
            return stem(n, 1) + pick6(k, "", "и", "е", "ю", "ей", "е");
        }
        if (n.endsWith("й") || n.endsWith("ь")) {
            return stem(n, 1) + pick6(k, "", "я", "ю", "я", "ем", n.endsWith("ий") ? "и" : "е");
        }
        String st = n.equals("павел") ? "павл" : n.equals("лев") ? "льв" : n;
        return st + pick6(k, "", "а", "у", "а", "ом", "е");
    }

    static String femaleName(String n, int k) {
        if (k == 0) {
            return n;
        }
        if (n.endsWith("ия")) {
            return stem(n, 1) + pick6(k, "", "и", "и", "ю", "ей", "и");
        }
        if (n.endsWith("я")) {
            return stem(n, 1) + pick6(k, "", "и", "е", "ю", "ей", "е");
        }
        if (n.endsWith("ь")) {
            return stem(n, 1) + pick6(k, "", "и", "и", "ь", "ью", "и");
        }
        String st = stem(n, 1);
        boolean velar =
                st.endsWith("г") || st.endsWith("к") || st.endsWith("х") || st.endsWith("ж") || st.endsWith("ш");
        return st + pick6(k, "", velar ? "и" : "ы", "е", "у", "ой", "е");
    }

    static String femalePatronymic(String p, int k) {
        return stem(p, 1) + pick6(k, "а", "ы", "е", "у", "ой", "е");
    }

    private static boolean contains(String[] a, String s) {
        for (String x : a) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
