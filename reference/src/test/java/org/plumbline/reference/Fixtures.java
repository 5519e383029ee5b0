package org.plumbline.reference;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySolver;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The cross-check scenario: generic 10,000 km ICBMs flying the about 7,800 km minimum-energy
 * trajectory from Kozelsk (Russian ICBM field) to Washington over the rotating WGS84 Earth.
 * Built once per test JVM (the rocket scaling takes about 0.3 s per missile).
 */
final class Fixtures {
    static final EarthModel EARTH = EarthModel.WGS84;
    static final GeodeticPoint KOZELSK = GeodeticPoint.ofDegrees(54.03, 35.77);
    static final GeodeticPoint WASHINGTON = GeodeticPoint.ofDegrees(38.90, -77.04);
    static final double NOMINAL_RANGE_M = 10_000_000.0;

    private Fixtures() {
    }

    /** A missile and the steering the native solver finds for it. */
    record Case(String name, Missile missile, Trajectory nativeSolution) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final class Cases {
        static final Case LIQUID = solved("liquid ICBM, 250 s burn",
                GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(), NOMINAL_RANGE_M, 250,
                        FlightSettings.DEFAULT));
        static final Case SOLID = solved("solid ICBM, 180 s burn",
                GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(), NOMINAL_RANGE_M, 180,
                        FlightSettings.DEFAULT));
    }

    static Case liquid() {
        return Cases.LIQUID;
    }

    static Case solid() {
        return Cases.SOLID;
    }

    private static Case solved(String name, Missile missile) {
        TargetingResult result = new TrajectorySolver(NativeFlightEngine.of(EARTH, missile))
                .solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY);
        TargetingResult.Reached reached = assertInstanceOf(TargetingResult.Reached.class, result, name);
        return new Case(name, missile, reached.trajectory());
    }
}
