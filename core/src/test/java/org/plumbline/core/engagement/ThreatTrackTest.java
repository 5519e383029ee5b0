package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.NativeFlightEngine;
import org.plumbline.core.trajectory.Shape;
import org.plumbline.core.trajectory.TargetingResult;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.core.trajectory.TrajectorySolver;

/**
 * {@link ThreatTrack}: the positions and velocities it computes at an intercept point are, bit for
 * bit, the central differences of the samples' Earth-fixed positions that it kept in arrays before
 * (the intercepts' closing speeds and crossing angles, and so the reports, rely on it).
 */
class ThreatTrackTest {
    private static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    private static final GeodeticPoint BUCHAREST = GeodeticPoint.ofDegrees(44.43, 26.10);

    @Test
    void positionsAndVelocitiesAreTheSamplesCentralDifferences() {
        FlightSettings fine = FlightSettings.DEFAULT.withSampleIntervalS(1.0);
        Missile mrbm = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000, 150,
                FlightSettings.DEFAULT);
        Trajectory flight = ((TargetingResult.Reached) new TrajectorySolver(
                new NativeFlightEngine(EarthModel.WGS84, mrbm, fine)).solve(SEMNAN, BUCHAREST, Shape.MINIMUM_ENERGY))
                .trajectory();
        ThreatTrack track = ThreatTrack.of(flight, EarthModel.WGS84);
        List<TrajectorySample> samples = flight.samples();
        int n = samples.size();
        assertEquals(n, track.size());
        // What the track stored before: positions from the sines and cosines of each sample, then
        // central differences (one-sided at the ends).
        Ellipsoid ellipsoid = new Ellipsoid(EarthModel.WGS84);
        double[][] xyz = new double[n][3];
        for (int i = 0; i < n; i++) {
            TrajectorySample s = samples.get(i);
            ellipsoid.toCartesian(Math.sin(s.latitudeRad()), Math.cos(s.latitudeRad()), Math.sin(s.longitudeRad()),
                    Math.cos(s.longitudeRad()), s.altitudeM(), xyz[i]);
        }
        double[] p = new double[3];
        double[] v = new double[3];
        for (int i = 0; i < n; i++) {
            track.position(i, p);
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dt = samples.get(b).tS() - samples.get(a).tS();
            track.velocityMps(i, v);
            for (int k = 0; k < 3; k++) {
                assertEquals(xyz[i][k], p[k], "position " + k + " of sample " + i);
                assertEquals((xyz[b][k] - xyz[a][k]) / dt, v[k], "velocity " + k + " of sample " + i);
            }
        }
    }
}
