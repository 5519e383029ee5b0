package org.plumbline.reference;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.Transform;
import org.orekit.utils.PVCoordinates;
import org.plumbline.core.earth.EarthModel;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Earth-fixed frame of the reference engine against the core's convention. */
class EarthRotationTest {
    private static final EarthModel EARTH = EarthModel.WGS84;
    private static final double OMEGA = EARTH.rotationRateRadPerS();
    private static final Frame GCRF = FramesFactory.getGCRF();
    /** Rounding of coordinates of about 7e6 m, m. */
    private static final double POSITION_TOLERANCE_M = 1.0e-8;

    private static Frame earthFixed() {
        return new Frame(GCRF, new EarthRotation(OrekitFlightEngine.EPOCH, OMEGA), "test-earth-fixed", false);
    }

    @Test
    void coincidesWithTheInertialFrameAtLaunch() {
        Transform t = earthFixed().getTransformTo(GCRF, OrekitFlightEngine.EPOCH);
        Vector3D p = new Vector3D(3.1e6, -4.2e6, 3.9e6);
        assertEquals(0.0, t.transformPosition(p).distance(p), POSITION_TOLERANCE_M);
    }

    @Test
    void aPointAtRestOnTheEquatorTurnsEastAtTheEarthRate() {
        double tS = 3600.0;
        double a = EARTH.equatorialRadiusM();
        PVCoordinates inertial = earthFixed().getTransformTo(GCRF, OrekitFlightEngine.EPOCH.shiftedBy(tS))
                .transformPVCoordinates(new PVCoordinates(new Vector3D(a, 0, 0), Vector3D.ZERO));
        double angle = OMEGA * tS;
        assertEquals(0.0, inertial.getPosition().distance(new Vector3D(a * Math.cos(angle), a * Math.sin(angle), 0)),
                POSITION_TOLERANCE_M);
        Vector3D omegaCrossR = Vector3D.crossProduct(new Vector3D(0, 0, OMEGA), inertial.getPosition());
        assertEquals(0.0, inertial.getVelocity().distance(omegaCrossR), 1.0e-12);
    }

    /** The core turns inertial into Earth-fixed by x' = c x + s y, y' = -s x + c y with angle omega t. */
    @Test
    void matchesTheCoreRotationFormula() {
        double tS = 1848.96;
        Vector3D p = new Vector3D(1.2e6, -4.9e6, 4.1e6);
        Vector3D fixed = GCRF.getTransformTo(earthFixed(), OrekitFlightEngine.EPOCH.shiftedBy(tS)).transformPosition(p);
        double c = Math.cos(OMEGA * tS);
        double s = Math.sin(OMEGA * tS);
        Vector3D core = new Vector3D(c * p.getX() + s * p.getY(), -s * p.getX() + c * p.getY(), p.getZ());
        assertEquals(0.0, fixed.distance(core), POSITION_TOLERANCE_M);
    }
}
