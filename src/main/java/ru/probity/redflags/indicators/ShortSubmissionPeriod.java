package ru.probity.redflags.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.platform.RussianFormats;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;

/**
 * {@code short_submission_period}: the days from the notice's first publication to the end of
 * submission (as the latest notice sets it) are fewer than the legal minimum for its procedure on its
 * date ({@link SubmissionPeriods}). The threshold reported is that minimum; the setting is not used
 * (the law fixes the minimum).
 */
final class ShortSubmissionPeriod implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "short_submission_period",
            "Сокращённый срок подачи заявок",
            "Срок от размещения извещения до окончания подачи заявок короче минимального, установленного"
                    + " законом для способа закупки на дату извещения: у участников не было времени"
                    + " подготовить заявки, выигрывает заранее осведомлённый.",
            "44-ФЗ ст.42 ч.3 (с 01.01.2022), ст.49 ч.1, ст.54.2 ч.1, ст.63 ч.2–3, ст.74 ч.1, ст.82.1,"
                    + " ст.83, ст.83.1 (в редакциях, действовавших на дату извещения)",
            IndicatorInfo.Level.CONTRACT,
            0,
            0.3);

    private static final java.util.Map<Procedure, String> NAMES = java.util.Map.of(
            Procedure.OPEN_TENDER, "открытый конкурс",
            Procedure.LIMITED_TENDER, "конкурс с ограниченным участием",
            Procedure.TWO_STAGE_TENDER, "двухэтапный конкурс",
            Procedure.ELECTRONIC_AUCTION, "электронный аукцион",
            Procedure.QUOTATION_REQUEST, "запрос котировок",
            Procedure.PROPOSAL_REQUEST, "запрос предложений");

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            if (c.purchaseNumber() == null) {
                continue;
            }
            Notice first = data.firstNotice(c.purchaseNumber());
            Notice last = data.notice(c.purchaseNumber());
            if (first == null || first.published() == null) {
                continue;
            }
            Procedure procedure = first.procedure() != null ? first.procedure() : last.procedure();
            LocalDate published = first.published().toLocalDate();
            LocalDate end = last.submissionEnd() != null
                    ? last.submissionEnd().toLocalDate()
                    : first.submissionEnd() == null
                            ? null
                            : first.submissionEnd().toLocalDate();
            if (procedure == null || end == null || end.isBefore(published)) {
                continue;
            }
            BigDecimal maxPrice = last.maxPrice() != null ? last.maxPrice() : first.maxPrice();
            List<String> okpd2 = first.okpd2().isEmpty() ? last.okpd2() : first.okpd2();
            SubmissionPeriods.Row minimum =
                    SubmissionPeriods.minimum(procedure, published, maxPrice, SubmissionPeriods.construction(okpd2));
            if (minimum == null) {
                continue;
            }
            int days = SubmissionPeriods.days(published, end, minimum.workingDays());
            if (days >= minimum.days()) {
                continue;
            }
            String unit = minimum.workingDays() ? " рабочих дн." : " дн.";
            out.accept(Competition.flag(
                    INFO,
                    data,
                    c,
                    days,
                    minimum.days(),
                    "Извещение о закупке № " + c.purchaseNumber() + " ("
                            + NAMES.getOrDefault(procedure, procedure.name())
                            + (maxPrice != null ? ", НМЦК " + Competition.money(maxPrice) : "")
                            + ") размещено " + RussianFormats.date(published) + ", подача заявок окончена "
                            + RussianFormats.date(end) + ": " + days + unit + " при минимуме "
                            + minimum.days() + unit + " (" + minimum.source() + "). Контракт № "
                            + c.regNum() + ".",
                    List.of()));
        }
    }
}
