/** Home: the start page of each user with the figures of his organization's subtree. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"access", "org"})
package ru.probity.home;
