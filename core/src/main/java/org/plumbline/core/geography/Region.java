package org.plumbline.core.geography;

import java.util.List;

/**
 * A named region: a union of polygons (for example the European NATO members in 2013).
 *
 * @param id       catalog id, e.g. {@code "nato-europe-2013"}
 * @param title    display title
 * @param polygons its polygons
 */
public record Region(String id, String title, List<Polygon> polygons) {
    public Region {
        polygons = List.copyOf(polygons);
    }

    /** Whether the point (radians) lies in any polygon of the region. */
    public boolean contains(double latRad, double lonRad) {
        for (Polygon p : polygons) {
            if (p.contains(latRad, lonRad)) {
                return true;
            }
        }
        return false;
    }
}
