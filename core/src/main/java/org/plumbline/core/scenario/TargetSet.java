package org.plumbline.core.scenario;

import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkNonNegative;

/** What threats aim at: named points, catalog cities above a population in a region, or a grid. */
public sealed interface TargetSet {
    /** Named points. */
    record Points(List<NamedPoint> points) implements TargetSet {
        public Points {
            points = List.copyOf(points);
        }
    }

    /** Catalog cities of at least minPopulation inside a region. */
    record Cities(String regionId, double minPopulation) implements TargetSet {
        public Cities {
            checkNonNegative("minPopulation", minPopulation, "");
        }
    }

    /** A grid of the given spacing (rad) over a region. */
    record Grid(String regionId, double spacingRad) implements TargetSet {
        public Grid {
            checkInRange("spacingRad", spacingRad, "rad", Math.toRadians(0.01), Math.toRadians(10));
        }
    }

    /** A point with a name. */
    record NamedPoint(String id, GeodeticPoint position) {
    }
}
