/** Home: the start page of each user: «Мои задачи» and the figures of his organization's subtree. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"access", "org", "region", "tasks"})
package ru.probity.home;
