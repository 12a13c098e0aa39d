/**
 * The public section «Противодействие коррупции» of every organization of the tree (issue 21, item 1;
 * Приказ Минтруда №530н): the pages at {@code /public/{organization}/…} with their menu, the
 * organization's editable pages and news, the publication log, the site map, feeds, search, the
 * version for the visually impaired and the embeddable layout. The subsections with Probity's data
 * (acts, expertise, materials, forms, income information, the commission, feedback, reports) come
 * from the areas that own the data through the port {@link ru.probity.portal.PublicSection}: the
 * areas depend on the portal, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Public section",
        allowedDependencies = {"access", "audit", "org", "platform"})
package ru.probity.portal;
