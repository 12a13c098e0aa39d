package ru.probity.access;

/** Thrown when a user asks for something outside his role or organization subtree. */
public class AccessDeniedException extends org.springframework.security.access.AccessDeniedException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
