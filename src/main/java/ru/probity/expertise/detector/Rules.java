package ru.probity.expertise.detector;

import static ru.probity.expertise.detector.FactorDetector.pattern;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the detector, one per pattern: the factor of the Методика, the pattern over the
 * text (inflected forms spelled out as stems with any ending: «своевременн\p{L}*»; «ё» as «е»), the
 * group that is the hint's span, and the check of the sentence around the match (whose competence it
 * is, whether the sentence gives a term, grounds or a reference). The explanation of each rule is
 * the entry of its id in {@code explanations.properties}.
 */
final class Rules {

    private Rules() {}

    /** Not inside a word: before and after. */
    private static final String B = "(?<![\\p{L}\\d])";

    private static final String E = "(?![\\p{L}\\d])";

    /**
     * A rule: id (key of the explanation), factor, pattern, span group, check, and the triggers —
     * lower-case literals one of which every match contains (empty: none known): the pattern runs
     * only on the sentences holding one, found by a plain search (a regular expression tried at
     * every character of a 100-page act costs tens of milliseconds).
     */
    record Rule(String id, Factor factor, Pattern pattern, int group, Predicate<Match> accept, List<String> triggers) {}

    private static final Map<String, List<String>> TRIGGERS = Map.ofEntries(
            Map.entry("3b.vprave", List.of("вправе", "право")),
            Map.entry("3b.mozhet", List.of("мож", "могут")),
            Map.entry("3a.vprave", List.of("вправе", "мож", "могут", "право")),
            Map.entry("3a.usmotrenie", List.of("усмотрени")),
            Map.entry("3a.extend", List.of("быть")),
            Map.entry("3a.term.by.body", List.of("срок")),
            Map.entry("3a.by.decision", List.of("решению", "разрешени", "указанию")),
            Map.entry("3a.decides", List.of("решени")),
            Map.entry("3a.sets.term", List.of("срок", "дат", "время")),
            Map.entry("3a.deems", List.of("сочт", "посчита", "признает", "считает")),
            Map.entry("3a.amount.by.body", List.of("определя", "устанавлива", "назнача")),
            Map.entry(
                    "3a.list.power",
                    List.of(
                            "отклон",
                            "отказ",
                            "отстран",
                            "расторг",
                            "приостан",
                            "отзыв",
                            "отозв",
                            "аннулир",
                            "изым",
                            "изъят",
                            "прекращ",
                            "прекрат",
                            "исключ",
                            "отмен")),
            Map.entry("3zh.meetings.as.needed", List.of("мере")),
            Map.entry("3a.passive", List.of("быть")),
            Map.entry("3a.resolution", List.of("резолюци")),
            Map.entry("3zh.resolution", List.of("резолюци")),
            Map.entry("3b.passive", List.of("быть")),
            Map.entry("3zh.office.rules", List.of("делопроизводств")),
            Map.entry("3zh.notice.no.term", List.of("уведомля", "информиру", "извеща")),
            Map.entry("3zh.open.actions", List.of("иные", "другие")),
            Map.entry("3zh.established", List.of("установленн")),
            Map.entry("3zh.term.vague", List.of("срок")),
            Map.entry("3zh.refusal.open", List.of("случаях", "основаниям")),
            Map.entry("3zh.documents", List.of("необходимые", "соответствующие", "требуемые", "нужные")),
            Map.entry("3zh.list.by.body", List.of("перечень")),
            Map.entry(
                    "3zh.no.term",
                    List.of(
                            "рассматрива",
                            "решение",
                            "выда",
                            "направля",
                            "уведомляет",
                            "согласовывает",
                            "регистрирует",
                            "проверку",
                            "готовит",
                            "подготавливает",
                            "оформляет")),
            Map.entry("4v.timely", List.of("своевременн")),
            Map.entry("4v.necessary", List.of("необходим")),
            Map.entry("4v.reasonable", List.of("срок")),
            Map.entry("4v.proper", List.of("надлежащ", "должным")),
            Map.entry(
                    "4v.open.list",
                    List.of("иные", "другие", "прочие", "иных", "других", "прочих", "иным", "другим", "прочим")),
            Map.entry("4v.etc", List.of("т.д", "т.п", "т. д", "т. п", "далее", "подобн", "др.")),
            Map.entry(
                    "4v.evaluative",
                    List.of(
                            "правило",
                            "возможност",
                            "исключительн",
                            "уважительн",
                            "потребност",
                            "исключительном",
                            "обстоятельств",
                            "ситуаци",
                            "существенн",
                            "значительн",
                            "достаточн",
                            "способ",
                            "целесообразн",
                            "оперативн",
                            "систематическ",
                            "грубо",
                            "соответствующ",
                            "выявления",
                            "объеме",
                            "мере")),
            Map.entry("4a.notary", List.of("нотари")),
            Map.entry(
                    "4a.documents.on.demand",
                    List.of("документ", "запросить", "затребовать", "потребовать", "истребовать", "требовать")),
            Map.entry("4a.held.by.bodies", List.of("выписк", "справк", "кадастров")),
            Map.entry("3v.except", List.of("исключением")),
            Map.entry("3v.agreement", List.of("согласованию")),
            Map.entry("3v.individual", List.of("индивидуальном", "исключения", "особых", "отдельных")),
            Map.entry("3v.exempt", List.of("быть")),
            Map.entry("3v.benefits.granted", List.of("быть")),
            Map.entry(
                    "3g.order.by.body",
                    List.of(
                            "установленн",
                            "определяем",
                            "определенн",
                            "утверждаем",
                            "устанавливаем",
                            "утвержденн",
                            "предусмотренн")),
            Map.entry("3g.set.by.body", List.of("устанавлива", "определя", "утвержда")),
            Map.entry("3d.fine", List.of("штраф")),
            Map.entry("3d.beyond", List.of("пределов", "пределами")),
            Map.entry("3e.until.law", List.of("принятия", "вступления", "урегулирования")),
            Map.entry("3e.gap", List.of("отсутствия", "неурегулированности", "пробела")),
            Map.entry("3z.no.tender", List.of("торгов", "конкурс", "аукцион", "процедур")),
            Map.entry("3z.direct", List.of("переговоров", "приоритетном", "основе", "очереди")),
            Map.entry("3z.distribute", List.of("решению")),
            Map.entry(
                    "3i.collision",
                    List.of("противореч", "расхожден", "несоответств", "коллизи", "независимо", "приоритет")),
            Map.entry("4b.no.reasons", List.of("причин")),
            Map.entry("4b.final", List.of("окончательным", "обжаловани")),
            Map.entry("4b.no.repeat", List.of("повторн", "ознакомиться", "обжаловать")));

    /** A match in its sentence. */
    record Match(String text, Matcher m, Sentences sentences, int sentence) {

        /**
         * How far around the match its sentence is read: a text without punctuation (a table, a
         * list without stops) is one long «sentence», and reading all of it at every match would
         * make the scan quadratic.
         */
        static final int REACH = 300;

        private int from() {
            return Math.max(sentences.start(sentence), m.start() - REACH);
        }

        private int to() {
            return Math.min(Math.max(m.end(), sentences.end(sentence)), m.end() + REACH);
        }

        String before() {
            return text.substring(from(), m.start());
        }

        String after() {
            return text.substring(m.end(), to());
        }

        String sentenceText() {
            return text.substring(from(), to());
        }

        /** The sentence with the lead-in of its list, if it is a list item. */
        String context() {
            int lead = sentences.leadIn(sentence);
            return lead < 0 ? sentenceText() : leadIn() + " " + sentenceText();
        }

        String leadIn() {
            int lead = sentences.leadIn(sentence);
            if (lead < 0) {
                return "";
            }
            String t = sentences.text(lead);
            return t.length() <= REACH ? t : t.substring(t.length() - REACH);
        }

        /**
         * The sentence with its lead-in and the two sentences after it (bounded): a term of a
         * procedure is often its own sentence («Максимальный срок … составляет 60 минут»).
         */
        String nearby() {
            StringBuilder b = new StringBuilder(context());
            int taken = 0;
            for (int i = sentence + 1; i < sentences.count() && i <= sentence + 6 && taken < 2; i++) {
                String t = sentences.text(i);
                if (t.isBlank()) {
                    continue;
                }
                taken++;
                b.append(' ').append(t.length() <= REACH ? t : t.substring(0, REACH));
            }
            return b.toString();
        }

        boolean negated() {
            return NEGATION.matcher(before()).find();
        }
    }

    private static final Pattern NEGATION = pattern(B + "не\\s+$");

    /** Bodies and officials: the holders of a competence. Checked before the persons at a position. */
    private static final String BODY =
            "администраци|орган(?!изац)|должностн\\p{L}*\\s+лиц|уполномоченн\\p{L}*\\s+(?:лиц|орган|должностн)"
                    + "|комисси|глав[аеуыо]й?" + E + "|руководител|специалист|отдел(?:а|у|ом|е)?" + E
                    + "|управлени[еяю]"
                    + "|департамент|комитет|учреждени|председател|инспектор|сотрудник|служб[аеуыо]й?" + E
                    + "|мэр|начальник|МФЦ|многофункциональн|министерств|ведомств|контролирующ|организатор|представител\\p{L}*\\s+нанимател"
                    + "|работодател|наймодател|арендодател|ссудодател|учредител|совет" + E + "|дум[аеуы]" + E
                    + "|заказчик|уполномоченн";

    /** Citizens, applicants, organizations: the holders of a right, not of a competence. */
    private static final String PERSON = "заявител|граждан|получател|собственник|арендатор|участник|претендент|субъект"
            + "|заинтересованн|правообладател|предпринимател|лиц[оаеу]?м?" + E + "|лица" + E
            + "|потребител|член|кандидат|победител|представител|пользовател|нанимател|родител|обучающ|инвестор|владел"
            + "|застройщик|перевозчик|хозяйствующ|организаци|налогоплательщик|эксперт|работник|служащ|покупател"
            + "|подрядчик|поставщик|исполнител|арендатор|наследник|супруг|ребен|дет[иья]|семь[яиею]|заемщик|жител|пациент"
            + "|студент|ученик|инвалид|пенсионер|ветеран|избирател|депутат";

    private static final Pattern SUBJECT = pattern(B + "(?:(?<body>" + BODY + ")|(?<person>" + PERSON + "))");

    /** true: a body's competence; false: a person's right; null: no subject found. */
    static Boolean bodySubject(Match match) {
        String before = match.before();
        int comma = before.lastIndexOf(',');
        String segment = before.substring(comma + 1);
        if (comma > 0 && RELATIVE.matcher(segment).find()) {
            // «заявители, которые могут давать пояснения»: the noun before «которые» is the subject
            Boolean last = lastSubject(before.substring(0, comma));
            if (last != null) {
                return last;
            }
        }
        Boolean found = firstSubject(segment);
        if (found == null) {
            found = firstSubject(before);
        }
        if (found == null) {
            String lead = match.leadIn();
            found = firstSubject(lead);
        }
        return found;
    }

    private static final Pattern RELATIVE = pattern("^\\s*котор\\p{L}*\\s*$");

    private static Boolean lastSubject(String s) {
        Matcher m = SUBJECT.matcher(s);
        Boolean found = null;
        while (m.find()) {
            found = m.group("body") != null;
        }
        return found;
    }

    private static Boolean firstSubject(String s) {
        Matcher m = SUBJECT.matcher(s);
        if (!m.find()) {
            return null;
        }
        if (m.group("body") != null) {
            return true;
        }
        // «лицо» right after «должностное»/«уполномоченное» was taken by the body alternative above
        return false;
    }

    /** «вправе присутствовать заявители»: the subject follows the verb and is a person. */
    private static final Pattern PERSON_AFTER = pattern("^\\s+\\p{L}+\\s+(?:" + PERSON + ")");

    private static boolean personAfter(Match m) {
        return has(PERSON_AFTER, m.after());
    }

    private static final Pattern VOTE = pattern("голос");

    private static boolean body(Match m) {
        return Boolean.TRUE.equals(bodySubject(m));
    }

    /** A term stated in figures or words: «5 рабочих дней», «десяти дней», «в течение месяца». */
    private static final Pattern TERM = pattern(
            "\\d|" + B
                    + "(?:одн|дв|тр[её]х|тр[ие]|четыр|пят|шест|сем|восем|девят|десят|пятнадцат|двадцат|тридцат|сорок|шестидесят|девяност)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:дн|день|месяц|недел|лет|год|час|суток)"
                    + "|незамедлительн|немедленн|в\\s+день\\s+|в\\s+течение\\s+(?:месяца|недели|года|суток|дня)|ежегодн|ежемесячн|ежеквартальн|одновременно|не\\s+позднее|по\\s+истечении|до\\s+окончани");

    private static final Pattern GROUNDS =
            pattern(B + "(?:в\\s+случа|при\\s+условии|при\\s+наличии|если|основани|предусмотренн|указанн"
                    + "|в\\s+соответствии|при\\s+(?:выявлени|непредставлени|представлени|установлени|обнаружени|нарушени|невыполнени|неисполнени|несоблюдени|отсутствии)"
                    + "|по\\s+(?:основаниям|причин)|за\\s+исключением|когда|критери)");

    private static final Pattern NOT_GROUNDS = pattern("не\\s+(?:указанн|предусмотренн|установленн)\\p{L}*");

    /** Grounds given: «не указанные в настоящем Положении» is the opposite of grounds. */
    private static boolean grounds(String s) {
        return has(GROUNDS, NOT_GROUNDS.matcher(s).replaceAll(""));
    }

    private static boolean has(Pattern p, String s) {
        return p.matcher(s).find();
    }

    /** A reference to a named act or clause right after a general reference: «…, предусмотренных пунктом 2.8». */
    private static final Pattern NAMED = pattern(
            "^[\\s,]{0,3}(?:\\p{L}+\\s+){0,3}?(?:пункт|подпункт|стать|част|раздел|глав[аеыоу]й?" + E
                    + "|настоящ|федеральн\\p{L}*\\s+закон|закон\\p{L}*\\s+(?:от|№|\\p{L}+\\s+области|\\p{L}+\\s+края|республики)|кодекс|от\\s+\\d|№|приложени)");

    private static boolean named(Match m) {
        return has(NAMED, m.after());
    }

    private static final Pattern DECISION_VERBS = pattern(
            "^\\s*(?:по\\s+своему\\s+усмотрению\\s+)?(?:в\\s+любое\\s+время\\s+)?(?:не\\s+)?"
                    + "(?:отказ|продл|приостан|отозв|отзыв|отмен|измен|перенес|перенос|освобод|освобожд|расторг|прекрат|прекращ|аннулир|возвра|рассматр"
                    + "|оставить\\s+без|перераспредел|сократ|сокращ|увелич|уменьш|сниз|сниж|сня|снима|пересм|запрос|запраш|потребова|требова|истребова|затребова|провод|провест"
                    + "|приня|приним|назнач|отстран|исключ|устан|определ|предостав|выда|отклон|вернуть|привлека|привлеч|установ)");

    private static final Pattern INFINITIVE = pattern(
            "^(?:\\s+(?:по\\s+своему\\s+усмотрению|также|в\\s+том\\s+числе|в\\s+любое\\s+время|самостоятельно))?\\s+(\\p{L}+)");

    private static final Pattern NOT_AN_ACTION = pattern(
            "^(?:быть|являться|составлять|превышать|включать|содержать|осуществляться|"
                    + "применяться|использоваться|служить|повлечь|повлиять|привести|возникнуть|относиться|находиться|иметь|рассматриваться|"
                    + "устанавливаться|предусматриваться|оказаться|послужить|стать|вызвать|затрагивать|касаться|зависеть)$");

    private static final Pattern INFINITIVE_ENDING = pattern("(?:ть|ти|чь|ться|тись|чься)$");

    /** «может отказать»: an infinitive of an action after «может»/«могут». */
    private static boolean action(Match m) {
        Matcher v = INFINITIVE.matcher(
                m.text().substring(m.m().end(), Math.min(m.text().length(), m.m().end() + 60)));
        if (!v.find()) {
            return false;
        }
        String verb = v.group(1);
        return INFINITIVE_ENDING.matcher(verb).find()
                && !NOT_AN_ACTION.matcher(verb).matches();
    }

    private static boolean discretionaryDecision(Match m) {
        String after = m.text().substring(m.m().end(), Math.min(m.text().length(), m.m().end() + 60));
        String context = m.context();
        return DECISION_VERBS.matcher(after).find() && !has(GROUNDS, context) && !has(TERM, context);
    }

    /** «при необходимости оказывает помощь»: a duty in the applicant's favour, no discretion against him. */
    private static final Pattern HELP = pattern("^\\s*(?:оказыва|окаж|помога|помож|разъясня)");

    private static final Pattern REFERENCE_LAW = pattern("доверенност|законн\\p{L}*\\s+представител");

    private static final Pattern VOLUNTARY = pattern(
            "по\\s+собственной\\s+инициативе|по\\s+своей\\s+инициативе|вправе\\s+(?:не\\s+)?представ"
                    + "|не\\s+вправе\\s+требовать|не\\s+требуется|запрашива|межведомственн|не\\s+может\\s+быть\\s+истребован|не\\s+допускается\\s+требовать"
                    + "|запрещается\\s+требовать|самостоятельно|получает\\s+в\\s+рамках|в\\s+порядке\\s+межведомственного");

    /** The inner workings of a commission (its secretary, the chair's substitute): no action toward citizens. */
    private static final Pattern INTERNAL =
            pattern("секретар|в\\s+отсутствие\\s+председател|обязанности\\s+председател|членам\\s+комисси|заседани");

    /** «Отказ по иным основаниям не допускается»: an open list under a prohibition closes it. */
    private static final Pattern PROHIBITED_AFTER =
            pattern("^[^.;]{0,60}?(?:не\\s+допуска|запреща|не\\s+может|не\\s+могут)");

    /**
     * «иных мероприятий, связанных с ликвидацией последствий стихийных бедствий», «иные мероприятия,
     * предусмотренные порядком использования …» (the wording of БК РФ ст.81): the list is narrowed
     * by its purpose or closed by a named document.
     */
    private static final Pattern NARROWED =
            pattern("^\\s*,?\\s*(?:связанн\\p{L}*\\s+с|предусмотренн\\p{L}*\\s+(?:порядк|положени|правил|программ))");

    private static final Pattern NOT_A_GROUND =
            pattern("не\\s+(?:может|могут)\\s+(?:являться|служить|быть)\\s+основани");

    /**
     * An amount bounded or computed by the act: a figure, a cap, a formula, a market valuation.
     * Without one, an amount the body itself sets is its discretion.
     */
    private static final Pattern LIMIT = pattern(
            "\\d[\\d\\s,.]*\\s*(?:%|процент|руб|тыс|млн|минимальн|должностн|оклад|кратн|месячн)|не\\s+(?:более|менее|выше|ниже|может\\s+превыша)|превыша|предельн|максимальн|минимальн"
                    + "|формул|коэффициент|по\\s+ставк|рыночн|отч[её]т\\p{L}*\\s+(?:об\\s+)?оценк|в\\s+соответствии\\s+с|согласно|методик"
                    + "|(?:одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят)\\p{L}*\\s+(?:должностн|оклад|процент|минимальн|размер)");

    /** A list of a body's functions or powers («Комиссия осуществляет следующие функции:»): a competence, not a procedure. */
    private static final Pattern FUNCTIONS = pattern("функци|полномочи|задач|компетенци|следующие\\s+права");

    /**
     * «имущество, переданное им в установленном порядке», «договор, оформленный в установленном
     * порядке»: a status acquired under other rules, not a procedure this act leaves undefined.
     */
    private static final Pattern DONE_BEFORE = pattern(
            ",\\s*(?!уполномоченн)\\p{L}+(?:анн|енн|янн)(?:ый|ая|ое|ые|ого|ой|ых|ому|ым|ыми|ую|ом)\\s+(?:[\\p{L},]+\\s+){0,14}$");

    /** A cap stated elsewhere near the amount: the next sentences may give it. */
    private static final Pattern LIMIT_NEAR =
            pattern("предельн|максимальн|не\\s+(?:может|должен|должна|должны)\\s+превыша|формул|коэффициент");

    /** No figure, cap or formula bounds the amount. */
    private static boolean unbounded(Match m) {
        return !has(LIMIT, m.sentenceText()) && !has(LIMIT_NEAR, m.nearby());
    }

    /** «3.2.», «4)» opening a clause: a number, not a term. */
    private static final Pattern CLAUSE_NUMBER = pattern("(?<![\\p{L}\\d])\\d+(?:\\.\\d+)+\\.?|(?m)^\\s*\\d+[.)]");

    private static final Pattern THIRD_PERSONS = pattern(
            "(?:чест|достоинств|прав|интерес|жизн|здоровь|имуществ|репутаци|безопасност)\\p{L}*\\s+(?:и\\s+\\p{L}+\\s+)?$");

    private static final Pattern ACTIVE_AMOUNT = pattern("(?:устанавлива|определя|назнача)(?:ет|ют)\\s");

    private static final Pattern TO_COURT = pattern("^\\s+обратиться\\s+в\\s+(?:\\p{L}+\\s+)?суд");

    private static final Pattern CIVIL_BREACH = pattern(
            "^\\s+исполнени\\p{L}*\\s+(?:[\\p{L}]+\\s+){0,3}?(?:обязательств|обязанност|услови|договор|соглашени|контракт)");

    /**
     * «по мере необходимости, но не реже двух раз в месяц», «… с учетом установленных
     * законодательством сроков», a term in the next sentences, or a commission on administrative
     * offences (whose terms КоАП РФ ст.29.6 sets): the need is bounded. With {@code conditions},
     * also a need qualified by its conditions («при наличии средств и поступлении заявлений»).
     */
    private static boolean boundedNeed(Match m, boolean conditions) {
        String after = m.after();
        return has(pattern("^[\\s,]*(?:но\\s+)?не\\s+реже"), after)
                || has(TERM, CLAUSE_NUMBER.matcher(m.nearby()).replaceAll(" "))
                || has(pattern("административн\\p{L}*\\s+(?:правонарушени|комисси)"), m.context())
                || (conditions && has(pattern("^[\\s,]*(?:при\\s|с\\s+учетом|в\\s+случа)"), after));
    }

    /**
     * A power listed after «Комиссия имеет право:» / «Администрация вправе:» as an item of its own
     * («4.5. Отклонять заявки …»): the infinitive opens the item, the lead-in names a body.
     */
    private static boolean listedPower(Match m) {
        String text = m.text();
        int lineStart = m.m().start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && m.m().start() - lineStart < 20) {
            lineStart--;
        }
        // most matches are inside a sentence: decided on the few characters before them
        if (!ITEM_START.matcher(text.substring(lineStart, m.m().start())).matches()
                || (lineStart > 0 && text.charAt(lineStart - 1) != '\n')) {
            return false;
        }
        String before = text.substring(Math.max(0, m.m().start() - 2000), m.m().start());
        int nl = before.lastIndexOf('\n');
        String[] lines = before.substring(0, Math.max(0, nl)).split("\n");
        for (int i = lines.length - 1; i >= 0 && i >= lines.length - 12; i--) {
            String line = lines[i].strip();
            if (POWERS_LEAD.matcher(line).find()) {
                return firstSubject(line) == Boolean.TRUE;
            }
            if (!ITEM_LINE.matcher(line).find()) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern ITEM_START = pattern("^\\s*(?:\\d+(?:\\.\\d+)*[.)]?|[а-я]\\))?\\s*[-–•]?\\s*$");

    private static final Pattern ITEM_LINE = pattern("^(?:\\d+(?:\\.\\d+)*[.)]?\\s|[а-я]\\)\\s|[-–•]\\s?)");

    private static final Pattern POWERS_LEAD =
            pattern("(?:вправе|имеет\\s+право|имеют\\s+право|следующие\\s+права)\\s*:\\s*$");

    private static Rule rule(String id, Factor f, String regex, Predicate<Match> accept) {
        return new Rule(id, f, pattern(regex), 0, accept, TRIGGERS.getOrDefault(id, List.of()));
    }

    private static Rule rule(String id, Factor f, String regex) {
        return rule(id, f, regex, m -> true);
    }

    static final List<Rule> ALL = List.of(
            // п.3 «б»: the body's competence as «вправе», «может», «имеет право»
            rule(
                    "3b.vprave",
                    Factor.P3B,
                    B + "(?:вправе|имеет\\s+право|имеют\\s+право|наделяется\\s+правом|наделен\\p{L}*\\s+правом)" + E,
                    m -> !m.negated()
                            && body(m)
                            && !personAfter(m)
                            && !has(VOTE, m.sentenceText())
                            // «вправе обратиться в суд»: a claim, not a power over the citizen
                            && !has(TO_COURT, m.after())),
            rule("3b.mozhet", Factor.P3B, B + "(?:может|могут)" + E, m -> !m.negated() && action(m) && body(m)),
            rule(
                    "3b.passive",
                    Factor.P3B,
                    B
                            + "(?:может|могут)\\s+быть\\s+(?:отказано|предоставлен\\p{L}*|выдан\\p{L}*|разрешен\\p{L}*|освобожден\\p{L}*)",
                    m -> !m.negated()),
            // п.3 «а»: discretion without grounds or terms
            rule(
                    "3a.vprave",
                    Factor.P3A,
                    B + "(?:вправе|может|могут|имеет\\s+право|имеют\\s+право)" + E,
                    m -> !m.negated() && body(m) && discretionaryDecision(m)),
            rule(
                    "3a.usmotrenie",
                    Factor.P3A,
                    B + "по\\s+(?:своему\\s+|собственному\\s+|личному\\s+)?усмотрению" + E,
                    m -> !Boolean.FALSE.equals(bodySubject(m))),
            rule(
                    "3a.extend",
                    Factor.P3A,
                    B
                            + "(?:может|могут)\\s+быть\\s+(?:продл[её]н|увеличен|приостановлен|перенес[её]н|отложен|изменен|сокращ[её]н|отозван|отмен[её]н|пересмотрен)\\p{L}*",
                    m -> !m.negated() && !has(TERM, m.sentenceText())),
            rule(
                    "3a.term.by.body",
                    Factor.P3A,
                    B
                            + "(?:в\\s+срок|сроки?|в\\s+сроки)\\s*,?\\s*(?:установленн|определенн|определ[её]нн|определяем|устанавливаем|указанн)\\p{L}*\\s+"
                            + "(?:администраци|руководител|глав|органом|комисси|уполномоченн|должностн|начальник|председател|в\\s+(?:уведомлени|требовани|предписани|запрос))\\p{L}*"),
            rule(
                    "3a.by.decision",
                    Factor.P3A,
                    B
                            + "(?:по\\s+решению|с\\s+разрешения|по\\s+указанию)\\s+(?:руководител|глав[ыы]|начальник|председател|должностн)\\p{L}*",
                    m -> !has(GROUNDS, m.sentenceText()) && !has(INTERNAL, m.sentenceText())),
            rule(
                    "3a.decides",
                    Factor.P3A,
                    B
                            + "(?:(?:принимает|принимают|принимается|принимаются)\\s+решени\\p{L}*\\s+(?:о|об)"
                            + "|решени\\p{L}*\\s+(?:о|об)\\s+(?:[\\p{L},]+\\s+){0,8}?(?:принимается|принимаются))"
                            + E,
                    m -> !Boolean.FALSE.equals(bodySubject(m))
                            && !has(GROUNDS, m.nearby())
                            && !has(TERM, m.nearby())
                            && !has(
                                    pattern("по\\s+(?:итогам|результатам)|на\\s+основании|большинств|голосовани"),
                                    m.nearby())),
            rule(
                    "3a.sets.term",
                    Factor.P3A,
                    B
                            + "(?:(?:определяет|устанавливает|назначает|определяют|устанавливают|назначают)\\s+(?:срок|сроки|дату|время)\\p{L}*"
                            + "|(?:срок|сроки|дата|время)\\s+(?:[\\p{L}]+\\s+){0,5}?(?:согласовывается|согласовываются|определяется|определяются|устанавливается|устанавливаются|назначается|назначаются)\\s+"
                            + "(?:председател|руководител|глав|комисси|администраци|начальник|должностн|уполномоченн|секретар)\\p{L}*)",
                    m -> !Boolean.FALSE.equals(bodySubject(m)) && !has(TERM, m.sentenceText())),
            rule(
                    "3a.deems",
                    Factor.P3A,
                    B
                            + "(?:сочт[её]т|сочтут|посчитает|посчитают|признает|считает)\\s+(?:необходим|нужн|целесообразн|возможн)\\p{L}*",
                    m -> !Boolean.FALSE.equals(bodySubject(m))),
            rule(
                    "3a.amount.by.body",
                    Factor.P3A,
                    B
                            + "(?:размер|объ[её]м|сумм|величин|преми|надбавк|доплат|выплат)\\p{L}*[\\s,]+(?:[\\p{L},()]+\\s+){0,8}?"
                            + "(?:определя|устанавлива|назнача)(?:ет|ют)ся\\s+(?:" + BODY + ")\\p{L}*"
                            + "|(?:устанавлива|определя|назнача)(?:ет|ют)\\s+(?:размер|сумм|объ[её]м|величин)\\p{L}*",
                    // the active form («комиссия устанавливает сумму») needs a body as its subject
                    m -> unbounded(m) && (!ACTIVE_AMOUNT.matcher(m.m().group()).lookingAt() || body(m))),
            rule(
                    "3a.list.power",
                    Factor.P3A,
                    B
                            + "(?:отклонять|отклонить|отказывать|отказать|отстранять|отстранить|расторгать|расторгнуть|приостанавливать"
                            + "|приостановить|отзывать|отозвать|аннулировать|изымать|изъять|прекращать|прекратить|исключать|исключить"
                            + "|отменять|отменить)"
                            + E,
                    m -> listedPower(m) && !grounds(m.sentenceText()) && !has(TERM, m.sentenceText())),
            rule(
                    "3a.passive",
                    Factor.P3A,
                    B + "(?:может|могут)\\s+быть\\s+(?:отказано|предоставлен\\p{L}*|выдан\\p{L}*)",
                    m -> !m.negated() && !grounds(m.context()) && !has(TERM, m.context())),
            rule(
                    "3a.resolution",
                    Factor.P3A,
                    B + "резолюци\\p{L}*\\s+(?:глав|мэр|руководител|начальник|председател|губернатор)\\p{L}*",
                    m -> !has(TERM, m.nearby())),
            // п.3 «ж»: procedures without a term, a list or grounds
            rule(
                    "3zh.resolution",
                    Factor.P3ZH,
                    B + "резолюци\\p{L}*\\s+(?:глав|мэр|руководител|начальник|председател|губернатор)\\p{L}*",
                    m -> !has(TERM, m.nearby())),
            rule(
                    "3zh.established",
                    Factor.P3ZH,
                    B + "в\\s+установленн\\p{L}*\\s+(?:порядке|сроки?)" + E,
                    m -> !named(m) && !has(DONE_BEFORE, m.before())),
            rule(
                    "3zh.term.vague",
                    Factor.P3ZH,
                    B
                            + "в\\s+(?:срок|сроки)\\s*,?\\s*(?:установленн|предусмотренн)\\p{L}*\\s+(?:законодательством|действующим|нормативн)\\p{L}*"),
            rule(
                    "3zh.refusal.open",
                    Factor.P3ZH,
                    B
                            + "(?:в\\s+(?:иных\\s+)?случаях|по\\s+основаниям)\\s*,?\\s*(?:предусмотренн|установленн|определенн)\\p{L}*\\s+(?:действующим\\s+)?(?:законодательством|нормативн\\p{L}*\\s+правов)\\p{L}*",
                    m -> has(
                            pattern("отказ|возвра|отклон|приостан|прекращ|прекрат|аннулир|отзыв|отозв|оставл"),
                            m.sentenceText())),
            rule(
                    "3zh.documents",
                    Factor.P3ZH,
                    B
                            + "(?:необходимые|соответствующие|требуемые|нужные)\\s+(?:для\\s+\\p{L}+\\s+)?(?:документы|сведения|материалы)"
                            + E,
                    m -> !named(m)),
            rule(
                    "3zh.list.by.body",
                    Factor.P3ZH,
                    B
                            + "перечень\\s+(?:необходимых\\s+)?документов\\s*,?\\s*(?:\\p{L}+\\s+){0,4}?(?:определяется|устанавливается|утверждается)\\s+(?:администраци|руководител|глав|органом|комисси|уполномоченн)\\p{L}*"),
            rule(
                    "3zh.no.term",
                    Factor.P3ZH,
                    B
                            + "(?:рассматривает|рассматривается|рассматриваются|принимает\\s+решение|принимается\\s+решение|решение\\s+принимается|выдает|выда[её]тся|направляет|направляется|направляются"
                            + "|уведомляет|согласовывает|регистрирует|проводит\\s+проверку|осуществляет\\s+проверку|готовит|подготавливает|оформляет)"
                            + E,
                    m -> !has(TERM, m.nearby())
                            && !has(pattern("срок|течение|порядке|в\\s+соответствии"), m.nearby())
                            // «средства направляются на финансовое обеспечение …»: an allocation, not a step
                            && !has(pattern("^\\s+на\\s"), m.after())
                            && !has(INTERNAL, m.context())
                            && !has(FUNCTIONS, m.leadIn())
                            && !Boolean.FALSE.equals(bodySubject(m))
                            && m.sentenceText().length() > 40),
            rule(
                    "3zh.meetings.as.needed",
                    Factor.P3ZH,
                    B
                            + "(?:заседани|собрани)\\p{L}*\\s+(?:[\\p{L}()]+\\s+){0,3}?(?:проводятся|проводится|созываются|созывается)\\s+по\\s+мере\\s+необходимости"
                            + E,
                    m -> !boundedNeed(m, false)),
            rule(
                    "3zh.notice.no.term",
                    Factor.P3ZH,
                    B + "(?:уведомляется|уведомляются|информируется|информируются|извещается|извещаются)" + E,
                    // the passive names the recipient, not the body: no subject check
                    m -> !has(TERM, m.nearby()) && !has(pattern("срок|течение|порядке|в\\s+соответствии"), m.nearby())),
            rule(
                    "3zh.office.rules",
                    Factor.P3ZH,
                    B
                            + "(?:(?:в\\s+соответствии\\s+с|согласно|по)\\s+(?:установленн\\p{L}*\\s+)?правил\\p{L}*\\s+делопроизводства"
                            + "|установленн\\p{L}*\\s+(?:для|правилами)\\s+делопроизводства)",
                    m -> !named(m)),
            rule(
                    "3zh.open.actions",
                    Factor.P3ZH,
                    B + "(?:иные|другие)\\s+(?:административные\\s+)?(?:действия|процедуры)" + E,
                    m -> !named(m) && has(pattern("процедур|услуг|функци"), m.context())),
            // п.4 «в»: evaluative and open words
            rule(
                    "4v.timely",
                    Factor.P4V,
                    B + "(?:не)?своевременн\\p{L}*",
                    // «несвоевременное представление … не может являться основанием для отказа»: a guarantee
                    m -> !has(NOT_A_GROUND, m.sentenceText())),
            rule(
                    "4v.necessary",
                    Factor.P4V,
                    B
                            + "(?:в\\s+необходимых\\s+случаях|в\\s+случае\\s+(?:возникновения\\s+)?необходимости|при\\s+необходимости|по\\s+мере\\s+необходимости|при\\s+наличии\\s+(?:такой\\s+)?необходимости|если\\s+это\\s+необходимо)"
                            + E,
                    m -> !has(HELP, m.after()) && !(m.m().group().contains("мере") && boundedNeed(m, true))),
            rule(
                    "4v.reasonable",
                    Factor.P4V,
                    B + "(?:разумн\\p{L}*|кратчайши\\p{L}*|короткий|короткие|сжат\\p{L}*)\\s+срок\\p{L}*",
                    // «более короткие сроки» than a term the act states is no evaluative term
                    m -> !has(pattern("более\\s+$"), m.before())),
            rule(
                    "4v.proper",
                    Factor.P4V,
                    B
                            + "(?:надлежащ\\p{L}*\\s+образом|ненадлежащ\\p{L}*|должным\\s+образом"
                            + "|в\\s+надлежащем\\s+(?:\\p{L}+\\s+)?(?:порядке|состоянии|виде))",
                    // «неисполнение или ненадлежащее исполнение обязательств (условий договора)»: the
                    // civil-law formula of ГК РФ ст.393, 401, not an evaluative word of the act
                    m -> !has(CIVIL_BREACH, m.after())),
            rule(
                    "4v.open.list",
                    Factor.P4V,
                    B
                            + "(?:(?:и|или|а\\s+также)\\s+)?(?:иные|другие|прочие|иных|других|прочих|иными|другими|прочими|иным|другим|прочим)\\s+(?:\\p{L}+(?:ые|ие|ых|их|ими|ыми|ым|им)\\s+)?"
                            + "(?:документ|сведени|материал|информаци|данны|бумаг|обстоятельств|случа|основани|лиц|причин|мероприяти|действи"
                            + "|заболевани|граждан|категори|объект|нарушени|требовани|услови|расход|затрат|мер" + E
                            + "|меры|работ|услуг|преимуществ|факт)\\p{L}*",
                    m -> !named(m)
                            && !has(
                                    pattern(
                                            "(?:вправе|по\\s+собственной\\s+инициативе|не\\s+вправе\\s+требовать|не\\s+допускается|запрещается)[^.;]*$"),
                                    m.before())
                            && !has(PROHIBITED_AFTER, m.after())
                            && !has(NARROWED, m.after())
                            // «честь и достоинство других лиц», «права иных лиц»: third persons, not an open list
                            && !has(THIRD_PERSONS, m.before())),
            rule(
                    "4v.etc",
                    Factor.P4V,
                    B + "(?:и\\s+т\\.\\s?[дп]\\.|и\\s+так\\s+далее|и\\s+тому\\s+подобн\\p{L}*|и\\s+др\\.)"),
            rule(
                    "4v.evaluative",
                    Factor.P4V,
                    B
                            + "(?:как\\s+правило|по\\s+возможности|при\\s+возможности|в\\s+исключительных\\s+случаях|(?:не)?уважительн\\p{L}*\\s+(?:причин|отношени)\\p{L}*|значительн\\p{L}*\\s+потребност\\p{L}*|в\\s+исключительном\\s+случае"
                            + "|(?:исходя\\s+из|с\\s+учетом|в\\s+зависимости\\s+от)\\s+(?:сложивш\\p{L}*\\s+(?:ситуаци|обстановк)|конкретн\\p{L}*\\s+(?:обстоятельств|ситуаци))\\p{L}*"
                            + "|существенн\\p{L}*\\s+(?:нарушени|изменени|недостат|ущерб|вред)\\p{L}*|значительн\\p{L}*\\s+(?:нарушени|ущерб|вред|количеств|числ)\\p{L}*"
                            + "|достаточн\\p{L}*\\s+(?:основани|доказательств|оснований)\\p{L}*|иным\\s+способом|иными\\s+способами|целесообразн\\p{L}*|нецелесообразн\\p{L}*"
                            + "|оперативн\\p{L}*|систематическ\\p{L}*|грубо[ей]?\\s+нарушени\\p{L}*|грубое|соответствующ\\p{L}*\\s+(?:меры|решение|орган)\\p{L}*"
                            + "|в\\s+случае\\s+выявления\\s+(?:нарушений|недостатков)|в\\s+полном\\s+объеме\\s+и\\s+в\\s+срок|по\\s+мере\\s+(?:поступления|возможности))"
                            + E),
            // п.4 «а»: requirements beyond the law
            rule(
                    "4a.notary",
                    Factor.P4A,
                    B
                            + "(?:нотариально\\s+(?:заверенн|удостоверенн|засвидетельствованн)\\p{L}*|(?:заверенн|удостоверенн|засвидетельствованн)\\p{L}*\\s+(?:нотариально|нотариусом|в\\s+нотариальном\\s+порядке))",
                    m -> !has(REFERENCE_LAW, m.sentenceText())),
            rule(
                    "4a.documents.on.demand",
                    Factor.P4A,
                    B
                            + "(?:(?:иные|другие|дополнительные)\\s+документы\\s*,?\\s*(?:\\p{L}+\\s+){0,3}?(?:по\\s+требованию|по\\s+запросу|по\\s+усмотрению|запрашиваемые|затребованные|необходимые\\s+(?:администрации|органу|комиссии))"
                            + "|документы\\s+по\\s+(?:усмотрению|требованию)\\s+(?:администраци|орган|комисси|должностн|специалист|руководител)\\p{L}*"
                            + "|(?:запросить|затребовать|потребовать|истребовать|требовать)\\s+(?:у|от)\\s+(?:заявител|граждан|получател|участник|претендент|организаци|лиц)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:дополнительн|иные|другие|документ|сведени|информаци)\\p{L}*)",
                    m -> !m.negated()
                            && !has(
                                    pattern("не\\s+вправе|не\\s+допускается|запрещается|не\\s+может"),
                                    m.sentenceText())),
            rule(
                    "4a.held.by.bodies",
                    Factor.P4A,
                    B
                            + "(?:выписк\\p{L}*\\s+из\\s+(?:ЕГРН|ЕГРЮЛ|ЕГРИП|Единого\\s+государственного\\s+реестра|реестра)|справк\\p{L}*\\s+(?:из\\s+)?(?:налогов|МВД|органов\\s+внутренних|ФНС|Пенсионного|Росреестр|об\\s+отсутствии\\s+(?:задолженности|судимости))"
                            + "|кадастров\\p{L}*\\s+(?:паспорт|выписк)\\p{L}*)",
                    m -> !has(VOLUNTARY, m.context())
                            && has(
                                    pattern(
                                            "представля|предоставля|прилага|прикладыва|приложени|документ|представить|предъявля"),
                                    m.context())
                            && !Boolean.TRUE.equals(bodySubject(m))),
            // п.3 «в»: selective exemptions
            rule(
                    "3v.except",
                    Factor.P3V,
                    B + "за\\s+исключением\\s+(?:особых\\s+|исключительных\\s+|отдельных\\s+)?случаев" + E,
                    m -> !has(
                            pattern(
                                    "^\\s*,?\\s*(?:когда|если|при\\s+которых|указанных|предусмотренных\\s+(?:пункт|подпункт|стать|част|настоящ|федеральн|законом\\s+от|\\p{L}+\\s+кодекс))"),
                            m.after())),
            rule(
                    "3v.agreement",
                    Factor.P3V,
                    B
                            + "по\\s+согласованию\\s+с\\s+(?:глав|руководител|администраци|председател|начальник|заместител|комисси|отдел|управлени|комитет|уполномоченн|должностн)\\p{L}*"),
            rule(
                    "3v.individual",
                    Factor.P3V,
                    B
                            + "(?:в\\s+индивидуальном\\s+порядке|в\\s+порядке\\s+исключения|в\\s+особых\\s+случаях|в\\s+отдельных\\s+случаях|в\\s+виде\\s+исключения)"
                            + E),
            rule(
                    "3v.exempt",
                    Factor.P3V,
                    B
                            + "(?:может|могут)\\s+быть\\s+(?:освобожден|предоставлен\\p{L}*\\s+(?:льгот|отсрочк|рассрочк|преимуществ)|снижен|уменьшен)\\p{L}*",
                    // «может быть уменьшен … в случае отсутствия потребности»: the grounds are given
                    m -> !grounds(m.sentenceText())),
            rule(
                    "3v.benefits.granted",
                    Factor.P3V,
                    B
                            + "(?:льгот|преимуществ|отсрочк|рассрочк)\\p{L}*[^.;]{0,80}?(?:может|могут)\\s+быть\\s+предоставлен\\p{L}*",
                    m -> !grounds(m.sentenceText())),
            // п.3 «г»: delegation of rule-making to the body without limits
            rule(
                    "3g.order.by.body",
                    Factor.P3G,
                    B
                            + "(?:в\\s+порядке|на\\s+условиях|в\\s+размер\\p{L}*|в\\s+случаях)\\s*,?\\s*(?:установленн|определяем|определенн|определ[её]нн|утверждаем|устанавливаем|утвержденн|утвержд[её]нн|предусмотренн)\\p{L}*\\s+"
                            + "(?:администрацией|главой|руководителем|(?:уполномоченным\\s+)?органом|(?:муниципальным\\s+)?правовым\\s+актом|муниципальными\\s+правовыми|постановлением|распоряжением|приказом|локальн\\p{L}*|комиссией|решением\\s+(?:главы|руководителя|администрации))\\p{L}*",
                    m -> !has(pattern("^[^.;]{0,80}?(?:от\\s+\\d|№)"), m.after())),
            rule(
                    "3g.set.by.body",
                    Factor.P3G,
                    B
                            + "(?:порядок|условия|перечень|размер\\p{L}*|критерии|сроки|форм[аы])\\s+(?:[\\p{L},]+\\s+){0,6}?(?:устанавлива|определя|утвержда)(?:ет|ют)ся\\s+"
                            + "(?:администрацией|главой|руководителем|(?:уполномоченным\\s+)?органом|правовым\\s+актом|постановлением|распоряжением|приказом|комиссией)\\p{L}*",
                    m -> !has(pattern("^[^.;]{0,80}?(?:от\\s+\\d|№)"), m.after())),
            // п.3 «д»: beyond the competence (a municipal act cannot impose fines)
            rule(
                    "3d.fine",
                    Factor.P3D,
                    B
                            + "(?:(?:налага|взыска|взима|устанавлива|примен|наложени|взыскани)\\p{L}*\\s+(?:административн\\p{L}*\\s+)?штраф\\p{L}*|штраф\\p{L}*\\s+в\\s+размере)",
                    // a penalty of a contract («… от суммы обеспечения настоящего Договора») is no administrative fine
                    m -> !has(pattern("договор|соглашени|контракт"), m.sentenceText())),
            rule(
                    "3d.beyond",
                    Factor.P3D,
                    B
                            + "(?:вне\\s+пределов\\s+(?:своей\\s+)?компетенци\\p{L}*|за\\s+пределами\\s+(?:своих\\s+)?полномочи\\p{L}*)",
                    m -> !m.negated()),
            // п.3 «е»: by-law fills a gap of the law
            rule(
                    "3e.until.law",
                    Factor.P3E,
                    B
                            + "до\\s+(?:принятия|вступления\\s+в\\s+силу|урегулирования)\\s+(?:соответствующ\\p{L}*\\s+)?(?:федеральн\\p{L}*\\s+закон|закон|законодательств|нормативн|вопрос)\\p{L}*"),
            rule(
                    "3e.gap",
                    Factor.P3E,
                    B
                            + "в\\s+случа(?:е|ях)\\s+(?:отсутствия|неурегулированности|пробела)\\s+(?:норм|правового\\s+регулирования|в\\s+законодательств)\\p{L}*"),
            // п.3 «з»: no competitive procedure
            rule(
                    "3z.no.tender",
                    Factor.P3Z,
                    B
                            + "без\\s+(?:проведения\\s+)?(?:торгов|конкурс\\p{L}*|аукцион\\p{L}*|конкурсных\\s+процедур|конкурентных\\s+процедур)"
                            + E,
                    m -> !has(
                            pattern(
                                    "^[^.;]{0,60}?(?:в\\s+случаях|по\\s+основаниям)\\s*,?\\s*(?:предусмотренн|установленн)\\p{L}*\\s+(?:стать|пункт|подпункт|част|Земельн|Гражданск|Федеральн)"),
                            m.after())),
            rule(
                    "3z.direct",
                    Factor.P3Z,
                    B
                            + "(?:путем\\s+прямых\\s+переговоров|в\\s+приоритетном\\s+порядке|на\\s+безконкурсной\\s+основе|на\\s+бесконкурсной\\s+основе|вне\\s+очереди\\s+по\\s+решению)"
                            + E),
            rule(
                    "3z.distribute",
                    Factor.P3Z,
                    B
                            + "(?:распределя|предоставля|выделя|передаю|передае)\\p{L}*\\s+(?:[\\p{L},]+\\s+){0,6}?по\\s+решению\\s+(?:глав|руководител|комисси|администраци)\\p{L}*",
                    m -> !has(pattern("конкурс|торг|аукцион|отбор|очередн|критери|баллов"), m.sentenceText())),
            // п.3 «и»: explicit collisions
            rule(
                    "3i.collision",
                    Factor.P3I,
                    B
                            + "(?:(?:в\\s+случае|при)\\s+(?:противоречи|расхождени|несоответстви|коллизи)\\p{L}*[^.;]{0,160}?(?:применя|руководству|действу|приоритет)\\p{L}*[^.;]{0,40}?настоящ\\p{L}*"
                            + "|независимо\\s+от\\s+(?:положений|требований|норм)\\s+(?:федеральн|законодательств|закон)\\p{L}*|(?:имеют|имеет)\\s+приоритет\\s+(?:перед|над)\\s+(?:федеральн|законодательств|закон)\\p{L}*)"),
            // п.4 «б»: the applicant left without a right
            rule(
                    "4b.no.reasons",
                    Factor.P4B,
                    B + "без\\s+(?:объяснения|указания|обоснования|мотивировки|пояснения)\\s+причин\\p{L}*"),
            rule(
                    "4b.final",
                    Factor.P4B,
                    B
                            + "(?:является\\s+окончательным|обжалованию\\s+не\\s+подлежит|не\\s+подлежит\\s+обжалованию|не\\s+может\\s+быть\\s+обжаловано|обжалованию\\s+не\\s+подлежат|не\\s+подлежат\\s+обжалованию)"
                            + E),
            rule(
                    "4b.no.repeat",
                    Factor.P4B,
                    B
                            + "(?:повторн\\p{L}*\\s+(?:обращени|подач\\p{L}*\\s+заявлени)\\p{L}*\\s+(?:[\\p{L},]+\\s+){0,4}?не\\s+допуска\\p{L}*|(?:не\\s+вправе|не\\s+может|не\\s+могут)\\s+(?:повторно\\s+обратиться|обращаться\\s+повторно|ознакомиться|обжаловать))"));
}
