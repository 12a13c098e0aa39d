package ru.probity.agreements;

/** A party of an agreement: an organization of the tree, or an external body by its name. */
public record Party(long id, Long organizationId, String organizationName, String externalName) {

    /** The name shown: the organization's or the external one. */
    public String name() {
        return organizationId != null ? organizationName : externalName;
    }

    public boolean external() {
        return organizationId == null;
    }
}
