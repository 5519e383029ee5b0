package org.plumbline.core.engagement;

import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * A threat trajectory prepared for engagement: times, geodetic coordinates and sub-track unit
 * vectors at every sample, in flat arrays for allocation-free evaluation, and the Earth-fixed
 * positions and velocities computed from them. Velocities are central differences of the
 * Earth-fixed positions (second-order accurate; with 1 s samples the error is below 1 m/s for
 * accelerations under 6 g).
 *
 * <p>Only what the per-sample evaluation reads is kept in arrays. Positions and velocities are
 * needed only at the intercept points (a few per engagement window) and are computed there from
 * the kept coordinates, the same values bit for bit as when they were stored: an assessment keeps
 * a track per reachable threat (2,800 of about 1,000 samples in the default one), and the three
 * velocity arrays were 67 MB of them, copied through the young generation and kept to the end.
 */
public final class ThreatTrack {
    final double[] tS;
    final double[] latRad;
    final double[] lonRad;
    final double[] altM;
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
    private final Ellipsoid ellipsoid;

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
        this.ellipsoid = ellipsoid;
        int n = samples.size();
        tS = new double[n];
        latRad = new double[n];
        lonRad = new double[n];
        altM = new double[n];
        ux = new double[n];
        uy = new double[n];
        uz = new double[n];
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
    }

    /**
     * Writes the Earth-fixed velocity (m/s) at sample i into out[0..2]: the central difference of
     * the positions of samples i - 1 and i + 1 (one-sided at the ends). Allocates nothing.
     */
    void velocityMps(int i, double[] out) {
        int n = tS.length;
        int a = Math.max(0, i - 1);
        int b = Math.min(n - 1, i + 1);
        double dt = tS[b] - tS[a];
        double[] p = out;
        position(b, p);
        double xb = p[0];
        double yb = p[1];
        double zb = p[2];
        position(a, p);
        out[0] = (xb - p[0]) / dt;
        out[1] = (yb - p[1]) / dt;
        out[2] = (zb - p[2]) / dt;
    }

    /** Writes the Earth-fixed position (m) of sample i into out[0..2]. */
    void position(int i, double[] out) {
        ellipsoid.toCartesian(Math.sin(latRad[i]), Math.cos(latRad[i]), Math.sin(lonRad[i]), Math.cos(lonRad[i]),
                altM[i], out);
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
