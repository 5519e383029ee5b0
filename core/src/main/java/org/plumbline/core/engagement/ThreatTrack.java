package org.plumbline.core.engagement;

import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * A threat trajectory prepared for engagement: times, geodetic coordinates and Earth-fixed
 * positions and velocities at every sample, in flat arrays for allocation-free evaluation.
 * Velocities are central differences of the Earth-fixed positions (second-order accurate; with
 * 1 s samples the error is below 1 m/s for accelerations under 6 g).
 */
public final class ThreatTrack {
    final double[] tS;
    final double[] latRad;
    final double[] lonRad;
    final double[] altM;
    // Positions are needed only for the velocities: not kept (a track per reachable threat of an
    // assessment, 3 of 13 arrays).
    final double[] vx;
    final double[] vy;
    final double[] vz;
    /** Unit vectors of the sub-track points on the sphere (for great-circle ranges without trigonometry). */
    final double[] ux;
    final double[] uy;
    final double[] uz;

    /** Samples per block of {@link #blockMaxTS} and the other block arrays. */
    static final int BLOCK = 16;
    /**
     * Added to each block's radius, rad (6 m on the fly-out sphere): ten times the most by which a
     * computed {@link Engagement#centralAngle} can differ from the true angle between two points
     * (1e-12 rad for the series' truncation and rounding; at most 1e-7 rad from the arcsine near the
     * antipode, where a rounding of a few 1e-16 in |d| / 2 moves 2 asin(|d| / 2) by up to
     * 2 (2 x 3e-16)^(1/2) = 5e-8 rad), so that the triangle inequality holds for the computed angles.
     */
    static final double BLOCK_RADIUS_SLACK_RAD = 1.0e-6;
    /**
     * Per block b of samples b BLOCK to min(n, (b + 1) BLOCK) - 1, for the engagement's bounds: the
     * latest time (s), the least and greatest altitude (m), and the radius (rad): the largest
     * {@link Engagement#centralAngle} from the block's centre sample ({@link #blockCentre}) to one of
     * its samples' sub-track points, plus {@link #BLOCK_RADIUS_SLACK_RAD}. Site-independent: computed
     * once per track.
     */
    final double[] blockMaxTS;
    final double[] blockMinAltM;
    final double[] blockMaxAltM;
    final double[] blockRadiusRad;

    /** A track from a trajectory's samples (use a fine sample interval, e.g. 1 s). */
    public static ThreatTrack of(Trajectory trajectory, EarthModel earth) {
        List<TrajectorySample> samples = trajectory.samples();
        int n = samples.size();
        if (n < 3) {
            throw new IllegalArgumentException("a threat track needs at least 3 samples, has " + n);
        }
        return new ThreatTrack(samples, new Ellipsoid(earth));
    }

    private ThreatTrack(List<TrajectorySample> samples, Ellipsoid ellipsoid) {
        int n = samples.size();
        tS = new double[n];
        latRad = new double[n];
        lonRad = new double[n];
        altM = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        vx = new double[n];
        vy = new double[n];
        vz = new double[n];
        ux = new double[n];
        uy = new double[n];
        uz = new double[n];
        double[] p = new double[3];
        for (int i = 0; i < n; i++) {
            TrajectorySample s = samples.get(i);
            if (!(Double.isFinite(s.tS()) && Double.isFinite(s.latitudeRad()) && Double.isFinite(s.longitudeRad())
                    && Double.isFinite(s.altitudeM()))) {
                // A NaN would make its block's bounds NaN and the evaluation skip the block's samples.
                throw new IllegalArgumentException("a threat track needs finite samples; sample " + i + " is " + s);
            }
            tS[i] = s.tS();
            latRad[i] = s.latitudeRad();
            lonRad[i] = s.longitudeRad();
            altM[i] = s.altitudeM();
            double sinLat = Math.sin(s.latitudeRad());
            double cosLat = Math.cos(s.latitudeRad());
            double sinLon = Math.sin(s.longitudeRad());
            double cosLon = Math.cos(s.longitudeRad());
            ellipsoid.toCartesian(sinLat, cosLat, sinLon, cosLon, s.altitudeM(), p);
            x[i] = p[0];
            y[i] = p[1];
            z[i] = p[2];
            ux[i] = cosLat * cosLon;
            uy[i] = cosLat * sinLon;
            uz[i] = sinLat;
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        blockMaxTS = new double[blocks];
        blockMinAltM = new double[blocks];
        blockMaxAltM = new double[blocks];
        blockRadiusRad = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int c = blockCentre(b, n);
            double tMax = Double.NEGATIVE_INFINITY;
            double hMin = Double.POSITIVE_INFINITY;
            double hMax = Double.NEGATIVE_INFINITY;
            double radius = 0.0;
            for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
                tMax = Math.max(tMax, tS[i]);
                hMin = Math.min(hMin, altM[i]);
                hMax = Math.max(hMax, altM[i]);
                radius = Math.max(radius, Engagement.centralAngle(ux[c] - ux[i], uy[c] - uy[i], uz[c] - uz[i]));
            }
            blockMaxTS[b] = tMax;
            blockMinAltM[b] = hMin;
            blockMaxAltM[b] = hMax;
            blockRadiusRad[b] = radius + BLOCK_RADIUS_SLACK_RAD;
        }
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dt = tS[b] - tS[a];
            vx[i] = (x[b] - x[a]) / dt;
            vy[i] = (y[b] - y[a]) / dt;
            vz[i] = (z[b] - z[a]) / dt;
        }
    }

    /** The centre sample of block b of a track of n samples. */
    static int blockCentre(int b, int n) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        return from + (to - from) / 2;
    }

    /** Number of samples. */
    public int size() {
        return tS.length;
    }

    /** Time of the last sample (impact), s. */
    public double endS() {
        return tS[tS.length - 1];
    }

    public double timeS(int i) {
        return tS[i];
    }

    public double altitudeM(int i) {
        return altM[i];
    }
}
