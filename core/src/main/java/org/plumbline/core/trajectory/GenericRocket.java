package org.plumbline.core.trajectory;

import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.math.Brent;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Generic staged rockets scaled to a stated performance: a nominal range or a burnout speed.
 *
 * <h2>Definitions</h2>
 * The <b>nominal range</b> of a missile is its maximum ground range at full burn on the spherical,
 * non-rotating Earth ({@link EarthModel#SPHERICAL} without rotation), with the atmosphere and drag
 * of its model: a property of the missile alone, independent of launch site and direction, as in
 * the open literature. Its <b>burnout speed</b> is the inertial speed at burnout on that
 * maximum-range flight.
 *
 * <h2>Scaling</h2>
 * A template's stage masses, burn times and drag are kept; every stage's specific impulse is
 * multiplied by one factor found by Brent's method so that the nominal range (or burnout speed)
 * matches. Templates are chosen by class so the factor stays near 1 and the lift-off
 * thrust-to-weight ratio realistic.
 *
 * <h2>Templates</h2>
 * Notional proportions, not any particular missile: stage mass fractions and specific impulses
 * typical of liquid and solid ballistic missiles (G. P. Sutton and O. Biblarz, <i>Rocket Propulsion
 * Elements</i>, 8th ed., 2010, ch. 4 and table 12-3 ranges). Burn times: liquid ICBM 250 s, solid ICBM
 * 180 s (APS boost-phase study 2003 as summarised in IEEE Spectrum 2005; shared/reference V09,
 * [SEC], about 15 % uncertainty); the MRBM and IRBM burn times are assumptions (about 25 %).
 */
public final class GenericRocket {
    /** Propellant family. */
    public enum Propellant {
        LIQUID, SOLID
    }

    /** Lowest lift-off thrust-to-weight ratio a scaled rocket may have. */
    public static final double MIN_LIFTOFF_THRUST_TO_WEIGHT = 1.15;

    private static final double NOMINAL_LAUNCH_LAT = 0.0;
    private static final GeodeticPoint NOMINAL_LAUNCH = new GeodeticPoint(NOMINAL_LAUNCH_LAT, 0.0, 0.0);
    private static final GeodeticPoint NOMINAL_TOWARD = new GeodeticPoint(0.0, Math.PI / 2, 0.0);

    private GenericRocket() {
    }

    /** Single-stage liquid MRBM template, 110 s burn (about Shahab-3 class; assumption). */
    public static Missile liquidMrbmTemplate() {
        return new Missile("generic-liquid-mrbm", List.of(new Stage(110, 15_000, 1_800, 260)), 1_000, 1.25,
                DragCurve.GENERIC_MISSILE, 3_000, 6, 8);
    }

    /** Two-stage liquid IRBM template, 100 + 80 s burn (assumption). */
    public static Missile liquidIrbmTemplate() {
        return new Missile("generic-liquid-irbm", List.of(new Stage(100, 22_000, 2_000, 285),
                new Stage(80, 5_000, 700, 310)), 1_000, 1.6, DragCurve.GENERIC_MISSILE, 4_000, 6, 8);
    }

    /** Two-stage liquid ICBM template, 150 + 100 s burn (V09: liquid ICBM boost about 250 s). */
    public static Missile liquidIcbmTemplate() {
        return new Missile("generic-liquid-icbm", List.of(new Stage(150, 70_000, 5_000, 290),
                new Stage(100, 18_000, 2_000, 310)), 1_000, 2.4, DragCurve.GENERIC_MISSILE, 5_000, 8, 8);
    }

    /** Two-stage solid MRBM template, 55 + 45 s burn (about Sejjil class; assumption). */
    public static Missile solidMrbmTemplate() {
        return new Missile("generic-solid-mrbm", List.of(new Stage(55, 14_000, 1_600, 265),
                new Stage(45, 3_500, 600, 280)), 750, 1.25, DragCurve.GENERIC_MISSILE, 3_000, 5, 6);
    }

    /** Three-stage solid ICBM template, 3 x 60 s burn (V09: solid ICBM boost about 180 s). */
    public static Missile solidIcbmTemplate() {
        return new Missile("generic-solid-icbm", List.of(new Stage(60, 28_000, 2_000, 270),
                new Stage(60, 9_000, 1_000, 285), new Stage(60, 3_500, 500, 290)), 1_000, 1.9,
                DragCurve.GENERIC_MISSILE, 5_000, 5, 6);
    }

    /** The template for a propellant family and a nominal range, m. */
    public static Missile templateForRange(Propellant propellant, double nominalRangeM) {
        if (propellant == Propellant.SOLID) {
            return nominalRangeM <= 2_500_000 ? solidMrbmTemplate() : solidIcbmTemplate();
        }
        if (nominalRangeM <= 2_500_000) {
            return liquidMrbmTemplate();
        }
        return nominalRangeM <= 6_000_000 ? liquidIrbmTemplate() : liquidIcbmTemplate();
    }

    /** The template for a propellant family and a burnout speed, m/s. */
    public static Missile templateForBurnoutSpeed(Propellant propellant, double burnoutSpeedMps) {
        if (propellant == Propellant.SOLID) {
            return burnoutSpeedMps <= 4_500 ? solidMrbmTemplate() : solidIcbmTemplate();
        }
        if (burnoutSpeedMps <= 4_500) {
            return liquidMrbmTemplate();
        }
        return burnoutSpeedMps <= 6_300 ? liquidIrbmTemplate() : liquidIcbmTemplate();
    }

    /** The engine on which nominal range and burnout speed are defined. */
    public static NativeFlightEngine nominalEngine(Missile missile, FlightSettings settings) {
        return new NativeFlightEngine(EarthModel.SPHERICAL.withoutRotation(), missile, settings.withCoast(
                FlightSettings.Coast.KEPLER));
    }

    /** The maximum-range flight on the nominal Earth, or null when the missile cannot lift off. */
    public static Reach nominalFlight(Missile missile, FlightSettings settings) {
        if (liftoffThrustToWeight(missile) < 1.0) {
            return null;
        }
        return new TrajectorySolver(nominalEngine(missile, settings)).reach(NOMINAL_LAUNCH, NOMINAL_TOWARD);
    }

    /** Nominal range, m (see the class comment). */
    public static double nominalRangeM(Missile missile, FlightSettings settings) {
        Reach r = nominalFlight(missile, settings);
        return r == null ? 0.0 : r.maxRangeM();
    }

    /** Burnout speed on the nominal flight, m/s. */
    public static double nominalBurnoutSpeedMps(Missile missile, FlightSettings settings) {
        Reach r = nominalFlight(missile, settings);
        return r == null || r.trajectory() == null ? 0.0 : r.trajectory().burnoutSpeedMps();
    }

    /** Lift-off thrust over weight (standard gravity). */
    public static double liftoffThrustToWeight(Missile missile) {
        return missile.stages().get(0).thrustN() / (missile.launchMassKg() * Stage.G0_MPS2);
    }

    /**
     * The template with burn times scaled to burnTimeS and specific impulse scaled so that its
     * nominal range is rangeM.
     *
     * @throws IllegalArgumentException when no factor in [0.3, 3] gives that range with a lift-off
     *                                  thrust-to-weight of at least {@link #MIN_LIFTOFF_THRUST_TO_WEIGHT}
     */
    public static Missile withNominalRange(Missile template, double rangeM, double burnTimeS, FlightSettings settings) {
        checkInRange("rangeM", rangeM, "m", 100_000, 19_000_000);
        Missile base = withBurnTime(template, burnTimeS);
        return base.withSpecificImpulseScaled(nominalRangeFactor(base, rangeM, settings));
    }

    /** As {@link #withNominalRange} for a burnout speed, m/s. */
    public static Missile withBurnoutSpeed(Missile template, double speedMps, double burnTimeS,
                                           FlightSettings settings) {
        checkInRange("speedMps", speedMps, "m/s", 500, 7_800);
        Missile base = withBurnTime(template, burnTimeS);
        return base.withSpecificImpulseScaled(burnoutSpeedFactor(base, speedMps, settings));
    }

    /**
     * The factor of the specific impulses that {@link #withNominalRange} finds: that missile is
     * {@code withBurnTime(template, burnTimeS).withSpecificImpulseScaled(factor)}. Finding it flies
     * some 15 maximum-range searches (about 0.05-0.2 s), so a caller that knows the factor of the
     * same inputs may build the missile from it.
     *
     * @throws IllegalArgumentException as {@link #withNominalRange}
     */
    public static double impulseFactorForNominalRange(Missile template, double rangeM, double burnTimeS,
                                                      FlightSettings settings) {
        checkInRange("rangeM", rangeM, "m", 100_000, 19_000_000);
        return nominalRangeFactor(withBurnTime(template, burnTimeS), rangeM, settings);
    }

    /** As {@link #impulseFactorForNominalRange} for {@link #withBurnoutSpeed}. */
    public static double impulseFactorForBurnoutSpeed(Missile template, double speedMps, double burnTimeS,
                                                      FlightSettings settings) {
        checkInRange("speedMps", speedMps, "m/s", 500, 7_800);
        return burnoutSpeedFactor(withBurnTime(template, burnTimeS), speedMps, settings);
    }

    private static double nominalRangeFactor(Missile base, double rangeM, FlightSettings settings) {
        return scale(base, m -> nominalRangeM(m, settings), rangeM, "nominal range", "km", 1e-3);
    }

    private static double burnoutSpeedFactor(Missile base, double speedMps, FlightSettings settings) {
        return scale(base, m -> nominalBurnoutSpeedMps(m, settings), speedMps, "burnout speed", "km/s", 1e-3);
    }

    /** The template with its burn times scaled to a total of burnTimeS (same propellant). */
    public static Missile withBurnTime(Missile template, double burnTimeS) {
        checkInRange("burnTimeS", burnTimeS, "s", 10, 1000);
        return template.withBurnTimeScaled(burnTimeS / template.burnTimeS());
    }

    private interface Measure {
        double of(Missile m);
    }

    private static double scale(Missile base, Measure measure, double goal, String what, String unit, double unitScale) {
        double kMin = MIN_LIFTOFF_THRUST_TO_WEIGHT / liftoffThrustToWeight(base);
        double lo = Math.max(0.3, kMin);
        double maxIsp = base.stages().stream().mapToDouble(Stage::specificImpulseS).max().orElseThrow();
        double hi = Math.min(3.0, 499.0 / maxIsp);
        double fLo = measure.of(base.withSpecificImpulseScaled(lo)) - goal;
        if (fLo > 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s %.1f %s is too low for the %s template with a %.0f s burn: its lowest is %.1f %s "
                            + "(lift-off thrust/weight >= %.2f)", what, goal * unitScale, unit, base.id(),
                    base.burnTimeS(), (goal + fLo) * unitScale, unit, MIN_LIFTOFF_THRUST_TO_WEIGHT));
        }
        double fHi = measure.of(base.withSpecificImpulseScaled(hi)) - goal;
        if (fHi < 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s %.1f %s is beyond the %s template with a %.0f s burn", what, goal * unitScale, unit,
                    base.id(), base.burnTimeS()));
        }
        return Brent.root(x -> measure.of(base.withSpecificImpulseScaled(x)) - goal, lo, fLo, hi, fHi, 1e-9, 200);
    }
}
