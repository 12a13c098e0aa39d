package ru.probity.access;

/** Implemented by the security principal so that areas can read the user without knowing accounts. */
public interface CurrentUserHolder {
    CurrentUser currentUser();
}
