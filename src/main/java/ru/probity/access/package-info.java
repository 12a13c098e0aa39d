/**
 * Access: who the current user is, his role and the organization whose subtree he may see. The
 * small shared vocabulary of authorization that every business area uses.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package ru.probity.access;
