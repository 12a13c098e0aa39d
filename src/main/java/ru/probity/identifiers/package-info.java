/**
 * Identifiers: Russian state registration numbers with their check digits — INN of organizations
 * and individuals, KPP, OGRN, OGRNIP, SNILS. A plain engine with no framework code.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identifiers",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package ru.probity.identifiers;
