package ru.probity.procurement.model;

/**
 * The way a 44-ФЗ purchase is placed (способ определения поставщика, 44-ФЗ ст.24), as the notice's
 * document kind and {@code placingWay} give it. Old (fcs*) and new (ep*) document families map onto
 * the same values.
 */
public enum Procedure {
    /** Открытый конкурс, конкурс в электронной форме (fcsNotificationOK*, epNotificationEOK*). */
    OPEN_TENDER,
    /** Конкурс с ограниченным участием (fcsNotificationOKU*, epNotificationEOKU*). */
    LIMITED_TENDER,
    /** Двухэтапный конкурс (fcsNotificationOKD*, epNotificationEOKD*). */
    TWO_STAGE_TENDER,
    /** Электронный аукцион (fcsNotificationEF*, epNotificationEF*). */
    ELECTRONIC_AUCTION,
    /** Запрос котировок (fcsNotificationZK*, epNotificationEZK*). */
    QUOTATION_REQUEST,
    /** Запрос предложений (fcsNotificationZP*, epNotificationEZP*). */
    PROPOSAL_REQUEST,
    /** Закупка у единственного поставщика (fcsNotificationEP*, epNotificationEP*; ст.93). */
    SINGLE_SUPPLIER,
    /** Anything else (предварительный отбор, закрытые способы, …). */
    OTHER;

    /** A procedure in which suppliers compete (all but a single supplier and the unknown). */
    public boolean competitive() {
        return this != SINGLE_SUPPLIER && this != OTHER;
    }
}
