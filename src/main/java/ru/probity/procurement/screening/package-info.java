/**
 * Engine of the screening of employees against the company registers (docs/screening.md): which
 * ban a tie to a company or an entrepreneur's registration may break, by the employee's category
 * (DOMAIN.md «Who is who»). Plain Java, no framework code.
 */
package ru.probity.procurement.screening;
