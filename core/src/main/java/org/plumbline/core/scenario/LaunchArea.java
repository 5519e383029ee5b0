package org.plumbline.core.scenario;

import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;

import static org.plumbline.core.math.Checks.checkInRange;

/** Where threats are launched from: a point, or a polygon sampled at a spacing. */
public sealed interface LaunchArea {
    String id();

    /** A single launch point. */
    record Point(String id, GeodeticPoint position) implements LaunchArea {
    }

    /**
     * A polygon (vertices in order, not closed) sampled on a grid of the given spacing.
     *
     * @param spacingM sample spacing, m
     */
    record Polygon(String id, List<GeodeticPoint> vertices, double spacingM) implements LaunchArea {
        public Polygon {
            vertices = List.copyOf(vertices);
            if (vertices.size() < 3) {
                throw new IllegalArgumentException("polygon " + id + " needs at least 3 vertices, has "
                        + vertices.size());
            }
            checkInRange("spacingM", spacingM, "m", 1_000, 2_000_000);
        }
    }
}
