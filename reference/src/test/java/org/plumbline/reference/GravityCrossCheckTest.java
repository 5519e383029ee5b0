package org.plumbline.reference;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.forces.ForceModel;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.NewtonianAttraction;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.AbsolutePVCoordinates;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Gravity;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Orekit's point-mass and J2-only gravity against the core's {@link Gravity}: the same formula
 * (Vallado eq. 8-30), so they agree to rounding; this pins the sign and normalisation of J2.
 */
class GravityCrossCheckTest {
    /** Rounding of two differently ordered double computations, relative. */
    private static final double RELATIVE_TOLERANCE = 1.0e-13;

    @Test
    void orekitPointMassPlusJ2IsTheCoreGravity() {
        EarthModel earth = EarthModel.WGS84;
        Frame gcrf = FramesFactory.getGCRF();
        Frame fixed = new Frame(gcrf, new EarthRotation(OrekitFlightEngine.EPOCH, earth.rotationRateRadPerS()),
                "test-earth-fixed", false);
        ForceModel point = new NewtonianAttraction(earth.muM3PerS2());
        ForceModel j2 = new J2OnlyPerturbation(earth.muM3PerS2(), earth.equatorialRadiusM(), earth.j2(), fixed);
        Gravity gravity = new Gravity(earth);
        double[][] positions = {{6.4e6, 0, 0}, {0, 0, 6.36e6}, {3.1e6, -4.2e6, 3.9e6}, {-2.0e6, 1.0e6, -7.5e6}};
        for (double[] p : positions) {
            AbsoluteDate date = OrekitFlightEngine.EPOCH.shiftedBy(1234.5);
            SpacecraftState s = new SpacecraftState(new AbsolutePVCoordinates(gcrf, date, new Vector3D(p),
                    Vector3D.ZERO));
            Vector3D orekit = point.acceleration(s, point.getParameters(date))
                    .add(j2.acceleration(s, j2.getParameters(date)));
            double[] core = new double[3];
            gravity.acceleration(p[0], p[1], p[2], core, 0);
            assertEquals(0.0, orekit.distance(new Vector3D(core)), RELATIVE_TOLERANCE * orekit.getNorm(),
                    "at " + new Vector3D(p));
        }
    }
}
