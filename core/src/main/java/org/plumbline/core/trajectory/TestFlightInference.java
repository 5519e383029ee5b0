package org.plumbline.core.trajectory;

import java.util.OptionalDouble;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.math.Brent;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Infers a missile's energy from an observed lofted test flight, the way analysts read a
 * long-range test (D. Wright, "North Korean ICBM appears able to reach Alaska", UCS All Things
 * Nuclear, 4 July 2017): find the rocket that flies the observed apogee and ground range at full
 * burn, then fly that rocket on a minimum-energy trajectory.
 *
 * <h2>Method</h2>
 * The test is flown on the spherical, non-rotating Earth (the convention of such analyses, since the
 * launch azimuth is rarely known). For a template's specific-impulse scale k, the lofted full-burn
 * flight that lands at the observed range is found by Brent's method on the pitch-over angle (on
 * the lofted side of the maximum-range pitch); k is then the Brent root of its apogee minus the
 * observed apogee. With an observed flight time and no burn time, the template's burn time is also
 * fitted (Brent minimum of the flight-time mismatch over 0.4x to 2.5x the template's burn time).
 * Apogee and range are matched to about 1 km.
 */
public final class TestFlightInference {
    private static final GeodeticPoint LAUNCH = new GeodeticPoint(0.0, 0.0, 0.0);
    private static final double MIN_PITCH_RAD = Math.toRadians(0.002);
    private static final double MAX_PITCH_RAD = Math.toRadians(60.0);
    /** Factor between successive specific-impulse scales when bracketing the fit. */
    private static final double K_STEP = 1.05;
    /** Largest accepted difference between fitted and observed apogee, m. */
    private static final double APOGEE_FIT_TOLERANCE_M = 1_000.0;

    /**
     * The fitted missile and its test flight.
     *
     * @param missile          the fitted missile (template with scaled specific impulse and burn time)
     * @param testFlight       the fitted test flight on the spherical non-rotating Earth
     * @param nominalRangeM    the fitted missile's nominal range (see {@link GenericRocket}), m
     * @param burnTimeS        the fitted (or given) total burn time, s
     */
    public record Fit(Missile missile, Trajectory testFlight, double nominalRangeM, double burnTimeS) {
    }

    private TestFlightInference() {
    }

    /**
     * Fits a template to an observed lofted test.
     *
     * @param template     the rocket family, e.g. {@link GenericRocket#liquidIcbmTemplate()}
     * @param apogeeM      observed apogee altitude, m
     * @param rangeM       observed ground range, m
     * @param flightTimeS  observed flight time, s (optional; used to fit the burn time when burnTimeS is absent)
     * @param burnTimeS    known total burn time, s (optional)
     * @throws IllegalArgumentException when no rocket of this family flies that test
     */
    public static Fit fit(Missile template, double apogeeM, double rangeM, OptionalDouble flightTimeS,
                          OptionalDouble burnTimeS, FlightSettings settings) {
        checkInRange("apogeeM", apogeeM, "m", 50_000, 20_000_000);
        checkInRange("rangeM", rangeM, "m", 10_000, 15_000_000);
        if (burnTimeS.isPresent() || flightTimeS.isEmpty()) {
            double burn = burnTimeS.orElse(template.burnTimeS());
            return fitEnergy(GenericRocket.withBurnTime(template, burn), apogeeM, rangeM, settings);
        }
        double observed = flightTimeS.getAsDouble();
        double base = template.burnTimeS();
        double lo = Math.max(0.4 * base, template.verticalRiseS() + template.pitchOverS() + 5.0);
        java.util.function.DoubleUnaryOperator mismatch = b -> {
            try {
                Fit f = fitEnergy(GenericRocket.withBurnTime(template, b), apogeeM, rangeM, settings);
                return Math.abs(f.testFlight().flightTimeS() - observed);
            } catch (IllegalArgumentException e) {
                return Double.POSITIVE_INFINITY;
            }
        };
        // Scan, then refine around the best scanned burn time (the mismatch is not defined everywhere).
        double hi = 2.5 * base;
        int n = 12;
        double bestB = Double.NaN;
        double bestF = Double.POSITIVE_INFINITY;
        double step = (hi - lo) / (n - 1);
        for (int i = 0; i < n; i++) {
            double b = lo + i * step;
            double f = mismatch.applyAsDouble(b);
            if (f < bestF) {
                bestF = f;
                bestB = b;
            }
        }
        if (Double.isNaN(bestB)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no %s with a burn time from %.0f to %.0f s flies a %.0f km apogee at %.0f km range",
                    template.id(), lo, hi, apogeeM / 1000, rangeM / 1000));
        }
        Brent.Minimum m = Brent.minimum(b -> {
            double f = mismatch.applyAsDouble(b);
            return Double.isInfinite(f) ? 1.0e6 : f;
        }, Math.max(lo, bestB - step), Math.min(hi, bestB + step), 0.5);
        if (!(m.fx() <= bestF)) {
            m = new Brent.Minimum(bestB, bestF);
        }
        return fitEnergy(GenericRocket.withBurnTime(template, m.x()), apogeeM, rangeM, settings);
    }

    private static Fit fitEnergy(Missile base, double apogeeM, double rangeM, FlightSettings settings) {
        double kMin = GenericRocket.MIN_LIFTOFF_THRUST_TO_WEIGHT / GenericRocket.liftoffThrustToWeight(base);
        double maxIsp = base.stages().stream().mapToDouble(Stage::specificImpulseS).max().orElseThrow();
        double lo = Math.max(0.3, kMin);
        double hi = Math.min(3.0, 499.0 / maxIsp);
        if (lo >= hi) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s with a %.0f s burn cannot lift off with a specific impulse below 500 s", base.id(),
                    base.burnTimeS()));
        }
        // Step the scale up from the lowest that lifts off until the lofted apogee passes the
        // observed one (too much energy escapes, so the bracket is found from below).
        double a = lo;
        double fa = apogeeMismatch(base.withSpecificImpulseScaled(a), apogeeM, rangeM, settings);
        double b = Double.NaN;
        double fb = Double.NaN;
        for (double x = lo * K_STEP; x <= hi; x *= K_STEP) {
            double fx = apogeeMismatch(base.withSpecificImpulseScaled(x), apogeeM, rangeM, settings);
            if (fx > 0 && fa < 0) {
                b = x;
                fb = fx;
                break;
            }
            a = x;
            fa = fx;
        }
        if (Double.isNaN(b)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no %s with a %.0f s burn flies a %.0f km apogee at %.0f km range at full burn",
                    base.id(), base.burnTimeS(), apogeeM / 1000, rangeM / 1000));
        }
        double k = Brent.root(x -> apogeeMismatch(base.withSpecificImpulseScaled(x), apogeeM, rangeM, settings),
                a, fa, b, fb, 1e-7, 200);
        Missile fitted = base.withSpecificImpulseScaled(k);
        Trajectory test = loftedFullBurn(fitted, rangeM, settings);
        if (test == null || Math.abs(test.apogeeAltitudeM() - apogeeM) > APOGEE_FIT_TOLERANCE_M) {
            // The bracket closed on a jump, not a root: below some energy no lofted flight reaches the
            // range, above it the lowest lofted apogee already exceeds the observed one.
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "no %s with a %.0f s burn flies a %.0f km apogee at %.0f km range at full burn",
                    base.id(), base.burnTimeS(), apogeeM / 1000, rangeM / 1000));
        }
        return new Fit(fitted, test, GenericRocket.nominalRangeM(fitted, settings), fitted.burnTimeS());
    }

    /** Apogee of the lofted full-burn flight to rangeM minus apogeeM; -apogeeM when none reaches it. */
    private static double apogeeMismatch(Missile m, double apogeeM, double rangeM, FlightSettings settings) {
        Trajectory t = loftedFullBurn(m, rangeM, settings);
        return t == null ? -apogeeM - rangeM : t.apogeeAltitudeM() - apogeeM;
    }

    /** The full-burn flight landing at rangeM on the lofted side, or null. */
    static Trajectory loftedFullBurn(Missile m, double rangeM, FlightSettings settings) {
        if (GenericRocket.liftoffThrustToWeight(m) < 1.0) {
            return null;
        }
        NativeFlightEngine engine = GenericRocket.nominalEngine(m, settings);
        double azimuth = Math.PI / 2;
        java.util.function.DoubleUnaryOperator range = p -> {
            PoweredFlight pf = engine.boost(LAUNCH, azimuth, p);
            FlightOutcome o = engine.fly(pf, pf.burnTimeS(), false);
            return o instanceof FlightOutcome.Impact i ? i.trajectory().groundRangeM() : Double.NaN;
        };
        // Scan from the lofted side up to the first decrease of range (the maximum-range pitch).
        double lo = MIN_PITCH_RAD;
        double rLo = range.applyAsDouble(lo);
        if (Double.isNaN(rLo)) {
            return null;
        }
        if (rLo >= rangeM) {
            return null; // even the most lofted flight overshoots: the apogee would be higher still
        }
        double p = lo;
        double r = rLo;
        double hi = Double.NaN;
        double rHi = Double.NaN;
        for (int i = 0; i < 60 && p < MAX_PITCH_RAD; i++) {
            double next = Math.min(MAX_PITCH_RAD, p * 1.25);
            double rn = range.applyAsDouble(next);
            if (Double.isNaN(rn) || rn < r) {
                break;
            }
            if (rn >= rangeM) {
                hi = next;
                rHi = rn;
                break;
            }
            p = next;
            r = rn;
        }
        if (Double.isNaN(hi)) {
            return null;
        }
        double pitch = Brent.root(x -> range.applyAsDouble(x) - rangeM, p, r - rangeM, hi, rHi - rangeM, 1e-10, 200);
        PoweredFlight pf = engine.boost(LAUNCH, azimuth, pitch);
        FlightOutcome o = engine.fly(pf, pf.burnTimeS(), true);
        return o instanceof FlightOutcome.Impact i ? i.trajectory() : null;
    }

    /** The Earth on which tests are fitted. */
    public static EarthModel fitEarth() {
        return EarthModel.SPHERICAL.withoutRotation();
    }
}
