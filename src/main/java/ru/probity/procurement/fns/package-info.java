/**
 * The company registers of the Federal Tax Service: a streaming reader of the ЕГРЮЛ and ЕГРИП
 * open-data XML ({@link ru.probity.procurement.fns.FnsRegisterReader}), a writer of synthetic files
 * in the same format ({@link ru.probity.procurement.fns.FnsXmlWriter}) and a reader of register
 * entries from other sources in CSV ({@link ru.probity.procurement.fns.FnsCsvReader}). The ЕГРЮЛ
 * records of unreliable data (записи о недостоверности: {@code СвНедАдресЮЛ}, {@code
 * СвНедДанДолжнФЛ}, {@code СвНедДанУпрОрг}, {@code СвНедДанУчр}) are read into and written from
 * {@link ru.probity.procurement.model.Company#unreliableData()}. Plain Java, no framework code.
 */
@org.springframework.modulith.NamedInterface("fns")
package ru.probity.procurement.fns;
