/**
 * The region's workplace: the dashboard of the region's municipalities (or of a municipal
 * officer's subtree) — per organization the figures of every business area, a sortable table with
 * charts, every figure a link to the list behind it, XLSX and JSON. The module defines the port
 * {@link ru.probity.region.IndicatorSource}; each business module implements it over its own
 * stores with one set-based statement per area, so the region knows none of them (no cycles: the
 * areas depend on {@code region}, never the other way). The monitoring reports of issue 20 will
 * take their pre-filled values from the same port.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Region",
        allowedDependencies = {"access", "org", "platform"})
package ru.probity.region;
