package org.plumbline.core.trajectory;

import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Numerical settings and the atmosphere of the native flight engine.
 *
 * @param atmosphere           air density and speed of sound
 * @param coast                how the exo-atmospheric coast is solved
 * @param boostStepS           RK4 step during powered flight, s
 * @param reentryStepS         RK4 step below the atmospheric interface after burnout, s
 * @param coastStepS           RK4 step of the numerical (J2) coast, s
 * @param atmosphereInterfaceM altitude below which the re-entry vehicle feels drag, m
 * @param sampleIntervalS      interval of recorded samples, s
 */
public record FlightSettings(Atmosphere atmosphere, Coast coast, double boostStepS, double reentryStepS,
                             double coastStepS, double atmosphereInterfaceM, double sampleIntervalS) {

    /** How to solve the coast above the atmosphere. */
    public enum Coast {
        /** Analytic two-body (Kepler) coast: exact for a point-mass Earth, ignores J2. */
        KEPLER,
        /** Numerical integration of point mass + J2. */
        NUMERICAL_J2,
        /** KEPLER when the Earth model has no J2, NUMERICAL_J2 otherwise. */
        AUTO
    }

    /**
     * Defaults: US Standard Atmosphere 1976, automatic coast, steps of 0.5 s (boost), 0.25 s
     * (re-entry) and 5 s (coast), interface at 120 km, samples every 10 s. The step sizes keep the
     * impact point within a few metres of the converged solution (see docs/physics.md).
     */
    public static final FlightSettings DEFAULT = new FlightSettings(UsStandardAtmosphere1976.INSTANCE, Coast.AUTO,
            0.5, 0.25, 5.0, 120_000.0, 10.0);

    public FlightSettings {
        checkInRange("boostStepS", boostStepS, "s", 1.0e-3, 10.0);
        checkInRange("reentryStepS", reentryStepS, "s", 1.0e-3, 10.0);
        checkInRange("coastStepS", coastStepS, "s", 1.0e-3, 60.0);
        checkInRange("atmosphereInterfaceM", atmosphereInterfaceM, "m", 0.0, 1.0e6);
        checkInRange("sampleIntervalS", sampleIntervalS, "s", 0.01, 3600.0);
    }

    public FlightSettings withCoast(Coast c) {
        return new FlightSettings(atmosphere, c, boostStepS, reentryStepS, coastStepS, atmosphereInterfaceM,
                sampleIntervalS);
    }

    public FlightSettings withAtmosphere(Atmosphere a) {
        return new FlightSettings(a, coast, boostStepS, reentryStepS, coastStepS, atmosphereInterfaceM,
                sampleIntervalS);
    }

    public FlightSettings withSteps(double boost, double reentry, double coastStep) {
        return new FlightSettings(atmosphere, coast, boost, reentry, coastStep, atmosphereInterfaceM, sampleIntervalS);
    }

    public FlightSettings withSampleIntervalS(double s) {
        return new FlightSettings(atmosphere, coast, boostStepS, reentryStepS, coastStepS, atmosphereInterfaceM, s);
    }
}
