/**
 * «Мои задачи»: what waits on the signed-in user, with its legal term and the days left, most urgent
 * first. The module defines the port {@link ru.probity.tasks.TaskSource}; each business module
 * implements it over its own stores, so the tasks module knows none of them (no cycles: the areas
 * depend on {@code tasks}, never the other way).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Tasks",
        allowedDependencies = {"access", "platform"})
package ru.probity.tasks;
