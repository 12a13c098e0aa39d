package ru.probity.org;

/** A node of the organization tree. */
public record Organization(
        long id,
        Long parentId,
        String path,
        OrganizationKind kind,
        String name,
        String shortName,
        String inn,
        String kpp,
        String ogrn,
        String address,
        String phone,
        String email,
        boolean active,
        int childCount) {

    /** Depth in the tree: the root is 0. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
