/**
 * An independent reference for the core's flight physics: {@link org.plumbline.reference.OrekitFlightEngine}
 * flies the same model as {@link org.plumbline.core.trajectory.NativeFlightEngine} with Orekit's
 * numerical propagator and an adaptive Dormand-Prince 8(5,3) integrator. Used by the tests and the
 * benchmarks only; nothing in the core or the applications depends on it.
 *
 * <p>Units SI, angles in radians. Time t = 0 (the threat's launch) is {@link
 * org.plumbline.reference.OrekitFlightEngine#EPOCH}; the inertial frame is Orekit's GCRF, whose axes
 * stand for the core's inertial frame (the Earth-fixed frame at launch); the Earth-fixed frame turns
 * about their common z axis at the Earth model's constant rate. No Orekit data (EOP, leap seconds)
 * is read: these frames and the TT epoch need none. Nothing returns null.
 */
package org.plumbline.reference;
