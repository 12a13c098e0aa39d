package ru.probity.access;

/**
 * A request was refused for lack of rights (HTTP 403): published by the pages' and the API's
 * refusal handlers, written to the access log by the audit module (issue 14, item 13).
 */
public record AccessRefused(String username, Long organizationId, String path, String reason) {}
