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
            "agreements",
            "civil",
            "civil :: *",
            "commission",
            "consultations",
            "council",
            "council :: *",
            "contest",
            "contest :: *",
            "declarations",
            "declarations :: *",
            "expertise",
            "identifiers",
            "monitoring",
            "monitoring :: *",
            "materials",
            "notifications",
            "org",
            "platform",
            "plans",
            "portal",
            "procurement",
            "procurement :: *",
            "redflags :: generator",
            "reports",
            "training",
            "training :: *",
            "visits",
            "visits :: *"
        })
package ru.probity.demo;
