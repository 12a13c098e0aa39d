package ru.probity.commission;

/** A commission of an organization, of its kind (the body's conduct commission by default). */
public record Commission(
        long id,
        long organizationId,
        String organizationName,
        String organizationPath,
        String name,
        String basis,
        CommissionKind kind) {

    public boolean forMunicipalPosts() {
        return kind == CommissionKind.MUNICIPAL_POSTS;
    }
}
