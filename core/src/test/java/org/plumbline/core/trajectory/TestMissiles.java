package org.plumbline.core.trajectory;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;

/**
 * Missiles and flights shared by the trajectory tests, each computed once per test run (scaling a
 * template takes about 0.2 s). Launch and target points are from shared/reference/public-data.md
 * B.4-B.6 (approximate base and city coordinates; exact values do not matter to these tests).
 */
final class TestMissiles {
    /** Kozelsk ICBM field, public-data B.5 [SEC]. */
    static final GeodeticPoint KOZELSK = GeodeticPoint.ofDegrees(54.03, 35.77);
    /** Washington DC. */
    static final GeodeticPoint WASHINGTON = GeodeticPoint.ofDegrees(38.90, -77.04);
    /** Semnan space centre, Safir pad, public-data B.6 [SRC]. */
    static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    /** London. */
    static final GeodeticPoint LONDON = GeodeticPoint.ofDegrees(51.507, -0.128);

    private TestMissiles() {
    }

    private static final class Icbm {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(), 10_000_000,
                250, FlightSettings.DEFAULT);
    }

    private static final class IranLiquidIcbm {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.liquidIcbmTemplate(), 11_000_000,
                240, FlightSettings.DEFAULT).withId("iran-icbm-liquid");
    }

    private static final class IranSolidIcbm {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(), 11_000_000,
                180, FlightSettings.DEFAULT).withId("iran-icbm-solid");
    }

    private static final class SolidIcbm {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(), 10_500_000,
                180, FlightSettings.DEFAULT).withId("topol-m");
    }

    private static final class Irbm {
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 4_500_000,
                180, FlightSettings.DEFAULT);
    }

    private static final class KozelskWashington {
        static final Trajectory MINIMUM_ENERGY = solveMinimumEnergy();

        private static Trajectory solveMinimumEnergy() {
            TargetingResult r = new TrajectorySolver(NativeFlightEngine.of(EarthModel.WGS84, liquidIcbm()))
                    .solve(KOZELSK, WASHINGTON, Shape.MINIMUM_ENERGY);
            if (r instanceof TargetingResult.Reached reached) {
                return reached.trajectory();
            }
            throw new IllegalStateException("test fixture: Kozelsk-Washington minimum-energy flight not found: " + r);
        }
    }

    /** A generic two-stage liquid ICBM with a nominal range of 10,000 km and a 250 s burn. */
    static Missile liquidIcbm() {
        return Icbm.MISSILE;
    }

    /**
     * The catalog's notional Iranian liquid ICBM (io catalog/missiles.yaml, iran-icbm-liquid): the
     * two-stage liquid template at 11,000 km nominal range and a 240 s burn. It can reach orbit.
     */
    static Missile iranLiquidIcbm() {
        return IranLiquidIcbm.MISSILE;
    }

    /**
     * The catalog's notional Iranian solid ICBM (iran-icbm-solid): the three-stage solid template at
     * 11,000 km and a 180 s burn.
     */
    static Missile iranSolidIcbm() {
        return IranSolidIcbm.MISSILE;
    }

    /** A Topol-M class solid ICBM (the catalog's topol-m): the three-stage solid template at 10,500 km, 180 s. */
    static Missile solidIcbm() {
        return SolidIcbm.MISSILE;
    }

    /** A generic two-stage liquid IRBM with a nominal range of 4,500 km and a 180 s burn. */
    static Missile liquidIrbm() {
        return Irbm.MISSILE;
    }

    /** The minimum-energy flight of {@link #liquidIcbm()} from Kozelsk to Washington over rotating WGS84. */
    static Trajectory kozelskWashingtonMinimumEnergy() {
        return KozelskWashington.MINIMUM_ENERGY;
    }
}
