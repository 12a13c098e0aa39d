/**
 * The company registers of the Federal Tax Service: a streaming reader of the ЕГРЮЛ and ЕГРИП
 * open-data XML ({@link ru.probity.procurement.fns.FnsRegisterReader}), a writer of synthetic files
 * in the same format ({@link ru.probity.procurement.fns.FnsXmlWriter}) and a reader of register
 * entries from other sources in CSV ({@link ru.probity.procurement.fns.FnsCsvReader}). Plain Java,
 * no framework code.
 */
@org.springframework.modulith.NamedInterface("fns")
package ru.probity.procurement.fns;
