/**
 * ЕИС (zakupki.gov.ru, 44-ФЗ) data: {@link ru.probity.procurement.eis.EisDocuments}, the lenient
 * streaming reader of every document kind of every schema version (contracts with old {@code
 * participantType} and new suppliers, ОКПД2, the ст.93 point and amendments; notices {@code
 * fcsNotification*}/{@code epNotification*}; protocols {@code fcsProtocol*}/{@code epProtocol*} with
 * every bid; {@code contractProcedure}, {@code contractCancel}) from XML, ZIP archives and
 * directories; the strict per-file readers of contracts and protocols of the product's import; a
 * writer of contracts in the schema's shape; and a reader of contract tables (CSV, XLSX) from local
 * accounting. What is read from which element: docs/formats/eis-documents.md. Plain Java: no
 * framework code.
 */
@org.springframework.modulith.NamedInterface("eis")
package ru.probity.procurement.eis;
