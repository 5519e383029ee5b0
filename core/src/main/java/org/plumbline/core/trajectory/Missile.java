package org.plumbline.core.trajectory;

import java.util.List;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkPositive;

/**
 * A staged ballistic missile: its stages (first to last), the payload that flies on after burnout,
 * the body's diameter and drag curve for the boost, the re-entry vehicle's ballistic coefficient,
 * and the fixed part of its pitch program (vertical rise, then a pitch-over, then a gravity turn).
 *
 * <p>The steering free parameters (launch azimuth, pitch-over angle, thrust-termination time) are
 * solved per trajectory by {@link TrajectorySolver}.
 *
 * @param id                              catalog-style id, e.g. {@code "generic-solid-icbm"}
 * @param stages                          stages in firing order, at least one
 * @param payloadMassKg                   mass above the last stage (the re-entry vehicle), kg
 * @param bodyDiameterM                   body diameter used as drag reference, m
 * @param dragCurve                       boost drag coefficient versus Mach number
 * @param reentryBallisticCoefficientKgPerM2 re-entry vehicle's m / (Cd A), kg/m^2
 * @param verticalRiseS                   time of vertical flight after lift-off, s
 * @param pitchOverS                      duration of the pitch-over manoeuvre, s
 */
public record Missile(String id, List<Stage> stages, double payloadMassKg, double bodyDiameterM,
                      DragCurve dragCurve, double reentryBallisticCoefficientKgPerM2,
                      double verticalRiseS, double pitchOverS) {

    public Missile {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("stages is empty: a missile needs at least one stage");
        }
        checkPositive("payloadMassKg", payloadMassKg, "kg");
        checkInRange("bodyDiameterM", bodyDiameterM, "m", 0.05, 20.0);
        checkInRange("reentryBallisticCoefficientKgPerM2", reentryBallisticCoefficientKgPerM2, "kg/m^2", 10.0, 1.0e6);
        checkInRange("verticalRiseS", verticalRiseS, "s", 0.0, 120.0);
        checkInRange("pitchOverS", pitchOverS, "s", 0.1, 120.0);
        if (verticalRiseS + pitchOverS >= stages.get(0).burnTimeS()) {
            throw new IllegalArgumentException("verticalRiseS + pitchOverS = " + (verticalRiseS + pitchOverS)
                    + " s must end before the first stage burns out at " + stages.get(0).burnTimeS() + " s");
        }
    }

    /** Total burn time, s (stages fire back to back). */
    public double burnTimeS() {
        double t = 0;
        for (Stage s : stages) {
            t += s.burnTimeS();
        }
        return t;
    }

    /** Lift-off mass, kg. */
    public double launchMassKg() {
        double m = payloadMassKg;
        for (Stage s : stages) {
            m += s.propellantMassKg() + s.dryMassKg();
        }
        return m;
    }

    /** Cross-section area, m^2. */
    public double referenceAreaM2() {
        return 0.25 * Math.PI * bodyDiameterM * bodyDiameterM;
    }

    /**
     * The ideal (Tsiolkovsky) velocity increment of the full burn, m/s: the sum over stages of
     * c ln(m0 / m1). Gravity and drag losses are not included.
     */
    public double idealDeltaVMps() {
        double above = payloadMassKg;
        double dv = 0;
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage s = stages.get(i);
            double m1 = above + s.dryMassKg();
            double m0 = m1 + s.propellantMassKg();
            dv += s.exhaustSpeedMps() * Math.log(m0 / m1);
            above = m0;
        }
        return dv;
    }

    public Missile withId(String newId) {
        return new Missile(newId, stages, payloadMassKg, bodyDiameterM, dragCurve, reentryBallisticCoefficientKgPerM2,
                verticalRiseS, pitchOverS);
    }

    public Missile withStages(List<Stage> newStages) {
        return new Missile(id, newStages, payloadMassKg, bodyDiameterM, dragCurve, reentryBallisticCoefficientKgPerM2,
                verticalRiseS, pitchOverS);
    }

    /** The same missile with every stage's specific impulse multiplied by factor. */
    public Missile withSpecificImpulseScaled(double factor) {
        checkInRange("factor", factor, "", 0.05, 20.0);
        return withStages(stages.stream().map(s -> s.withSpecificImpulseS(s.specificImpulseS() * factor)).toList());
    }

    /** The same missile with every stage's burn time multiplied by factor (same propellant). */
    public Missile withBurnTimeScaled(double factor) {
        checkInRange("factor", factor, "", 0.05, 20.0);
        double rise = verticalRiseS * Math.min(1.0, factor);
        double pitch = pitchOverS * Math.min(1.0, factor);
        return new Missile(id, stages.stream().map(s -> s.withBurnTimeS(s.burnTimeS() * factor)).toList(),
                payloadMassKg, bodyDiameterM, dragCurve, reentryBallisticCoefficientKgPerM2, rise, pitch);
    }
}
