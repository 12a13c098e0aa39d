/** Home: the start page of each user with the figures of his organization's subtree. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package ru.probity.home;
