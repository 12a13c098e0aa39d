/**
 * ЕИС (zakupki.gov.ru, 44-ФЗ) data: streaming readers of contracts ({@code export/contract},
 * {@code zfcs_contract2015Type}) and procurement protocols ({@code fcsProtocol*}, {@code epProtocol*}),
 * a writer of contracts in the schema's shape, and a reader of contract tables (CSV, XLSX) from local
 * accounting. Plain Java: no framework code.
 */
@org.springframework.modulith.NamedInterface("eis")
package ru.probity.procurement.eis;
