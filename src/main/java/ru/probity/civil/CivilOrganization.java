package ru.probity.civil;

import java.time.Instant;
import ru.probity.civil.model.EgrulStatus;

/** A public organization of the registry of {@code ownerId} (an organization of the tree). */
public record CivilOrganization(
        long id,
        long ownerId,
        String ownerName,
        String name,
        String inn,
        EgrulStatus egrulStatus,
        String egrulName,
        String description,
        String address,
        String phone,
        String email,
        String website,
        Long agreementId,
        String agreementText,
        boolean active,
        int activities,
        Instant updatedAt) {}
