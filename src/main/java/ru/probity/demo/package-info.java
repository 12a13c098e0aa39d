/**
 * Demo region: a realistic, generated Kaluga region — its organization tree down to municipal
 * institutions, employees with their relatives and procurement roles, and demo accounts — loaded
 * into an empty database when the application is started with {@code --demo}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo region",
        allowedDependencies = {
            "access",
            "accounts",
            "acts",
            "commission",
            "consultations",
            "declarations",
            "declarations :: *",
            "expertise",
            "identifiers",
            "materials",
            "notifications",
            "org",
            "platform",
            "procurement",
            "procurement :: *",
            "reports",
            "training",
            "training :: *"
        })
package ru.probity.demo;
