package org.plumbline.core.trajectory;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * The shape of a targeted trajectory. Parsed from {@code minimum-energy}, {@code lofted:APOGEE},
 * {@code depressed:APOGEE} and {@code burnout-angle:DEG} at the edges.
 */
public sealed interface Shape {
    /** The trajectory that reaches the target with the least burnout energy (thrust terminated early if possible). */
    record MinimumEnergy() implements Shape {
        @Override
        public String label() {
            return "minimum-energy";
        }
    }

    /** A trajectory above the minimum-energy one, with the given apogee altitude (m). */
    record Lofted(double apogeeAltitudeM) implements Shape {
        public Lofted {
            checkInRange("apogeeAltitudeM", apogeeAltitudeM, "m", 1.0e3, 1.0e8);
        }

        @Override
        public String label() {
            return "lofted:" + apogeeAltitudeM + "m";
        }
    }

    /** A trajectory below the minimum-energy one, with the given apogee altitude (m). */
    record Depressed(double apogeeAltitudeM) implements Shape {
        public Depressed {
            checkInRange("apogeeAltitudeM", apogeeAltitudeM, "m", 1.0e3, 1.0e8);
        }

        @Override
        public String label() {
            return "depressed:" + apogeeAltitudeM + "m";
        }
    }

    /** A trajectory with the given inertial flight-path angle above the horizontal at burnout (rad). */
    record BurnoutAngle(double angleRad) implements Shape {
        public BurnoutAngle {
            checkInRange("angleRad", angleRad, "rad", Math.toRadians(1.0), Math.toRadians(89.0));
        }

        @Override
        public String label() {
            return "burnout-angle:" + Math.toDegrees(angleRad) + "deg";
        }
    }

    /** The minimum-energy shape. */
    Shape MINIMUM_ENERGY = new MinimumEnergy();

    /** A short human-readable label. */
    String label();
}
