/**
 * Training and knowledge testing: the question bank (Moodle XML and XLSX import and export, the
 * starter bank of the product); tests, campaigns, attempts and their analysis; training events with
 * enrolment, sessions and attendance, materials, certificates of participation and the onboarding
 * of the newly appointed (docs/training.md). Services authorize and orchestrate, the stores alone
 * hold SQL, the rules without framework code are in {@code model}, {@code exam} and {@code bank}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"access", "audit", "org", "platform", "region", "tasks"})
package ru.probity.training;
