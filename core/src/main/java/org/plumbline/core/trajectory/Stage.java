package org.plumbline.core.trajectory;

import static org.plumbline.core.math.Checks.checkInRange;
import static org.plumbline.core.math.Checks.checkPositive;

/**
 * One rocket stage burning at constant mass flow and constant specific impulse.
 *
 * <p>Thrust F = mdot Isp g0 with mdot = propellant / burn time and g0 = 9.80665 m/s^2. The specific
 * impulse is treated as constant (a vacuum-equivalent value); back-pressure losses at low altitude
 * are folded into it, which is the usual simplification of open analyses of ballistic missiles.
 *
 * @param burnTimeS         burn duration, s, in (0, 1000]
 * @param propellantMassKg  propellant burnt, kg, positive
 * @param dryMassKg         structure and engine mass dropped at staging, kg, positive
 * @param specificImpulseS  specific impulse, s, in (0, 500]
 */
public record Stage(double burnTimeS, double propellantMassKg, double dryMassKg, double specificImpulseS) {
    /** Standard gravity, m/s^2 (CGPM 1901). */
    public static final double G0_MPS2 = 9.80665;

    public Stage {
        checkInRange("burnTimeS", burnTimeS, "s", 1.0e-3, 1000.0);
        checkPositive("propellantMassKg", propellantMassKg, "kg");
        checkPositive("dryMassKg", dryMassKg, "kg");
        checkInRange("specificImpulseS", specificImpulseS, "s", 1.0, 500.0);
    }

    /** Mass flow, kg/s. */
    public double massFlowKgPerS() {
        return propellantMassKg / burnTimeS;
    }

    /** Thrust, N. */
    public double thrustN() {
        return massFlowKgPerS() * specificImpulseS * G0_MPS2;
    }

    /** Effective exhaust speed Isp g0, m/s. */
    public double exhaustSpeedMps() {
        return specificImpulseS * G0_MPS2;
    }

    public Stage withSpecificImpulseS(double isp) {
        return new Stage(burnTimeS, propellantMassKg, dryMassKg, isp);
    }

    public Stage withBurnTimeS(double t) {
        return new Stage(t, propellantMassKg, dryMassKg, specificImpulseS);
    }
}
