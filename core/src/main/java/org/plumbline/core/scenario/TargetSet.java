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

    /**
     * A grid of the given spacing (rad, {@link #MIN_SPACING_RAD} to {@link #MAX_SPACING_RAD}) over a
     * region.
     */
    record Grid(String regionId, double spacingRad) implements TargetSet {
        /**
         * The finest grid spacing, rad (0.05°): the one floor of every grid (scenario files,
         * {@code plumbline footprint --spacing}, defended-area maps). About 150,000 cells over NATO
         * Europe, each a trajectory per missile; a 0.01° grid would have 25 times as many.
         */
        public static final double MIN_SPACING_RAD = Math.toRadians(0.05);
        /** The coarsest grid spacing, rad (5°). */
        public static final double MAX_SPACING_RAD = Math.toRadians(5);

        public Grid {
            checkInRange("spacingRad", spacingRad, "rad", MIN_SPACING_RAD, MAX_SPACING_RAD);
        }
    }

    /** A point with a name. */
    record NamedPoint(String id, GeodeticPoint position) {
    }
}
