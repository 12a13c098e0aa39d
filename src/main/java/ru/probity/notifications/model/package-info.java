/**
 * The rules of notifications as values, free of framework code: the course of a notification
 * ({@link ru.probity.notifications.model.NotificationStatus}).
 */
package ru.probity.notifications.model;
