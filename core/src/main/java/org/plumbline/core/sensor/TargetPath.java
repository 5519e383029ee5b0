package org.plumbline.core.sensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectoryEvent;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * A trajectory's Earth-fixed Cartesian (ECEF) path, interpolated between its samples: the form in
 * which sensors look at a threat. Built once per trajectory and shared by every sensor.
 *
 * <h2>Interpolation</h2>
 * The knots are the trajectory's samples (every 10 s by default) and the logged states among its
 * events (the 100 km crossings and burnout; the apogee event is left out because its altitude comes
 * from a parabolic fit rather than the logged state). Between knots each ECEF coordinate is a cubic
 * Hermite polynomial whose end slopes are the derivatives of the quadratic through the knot and its
 * two neighbours (one-sided at the ends): a C1 piecewise cubic that reproduces quadratic motion
 * exactly. Its position error grows with the third derivative of the motion, about
 * h^3 |d3x/dt3| / 24 for knots h apart: with 10 s samples of a 3,000 km IRBM it is 0.2 m in the
 * coast, up to 110 m in boost (around staging and burnout) and up to 630 m in the dense atmosphere
 * of re-entry, below 60 km in the last 30 s (measured against 1 s samples in
 * {@code TargetPathTest}). Times and positions are in s since launch and m.
 *
 * <p>The slopes are computed where a segment is interpolated rather than kept per knot: sensors
 * read the knots themselves and interpolate only where a bisection looks for a boundary, and an
 * assessment keeps a path per reachable threat (2,800 of about 1,000 knots in the default one), of
 * which three slope arrays were 67 MB.
 *
 * <p>Immutable and thread-safe; interpolation allocates nothing.
 */
public final class TargetPath {
    /** Knots closer in time than this (s) are merged: the later one is kept, except at launch. */
    private static final double MIN_KNOT_SPACING_S = 1.0e-3;

    private final Ellipsoid ellipsoid;
    private final double[] t;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double[] altitudeM;

    private TargetPath(EarthModel earth, List<TrajectorySample> knots) {
        this.ellipsoid = new Ellipsoid(earth);
        int n = knots.size();
        t = new double[n];
        x = new double[n];
        y = new double[n];
        z = new double[n];
        altitudeM = new double[n];
        double[] p = new double[3];
        for (int i = 0; i < n; i++) {
            TrajectorySample s = knots.get(i);
            ellipsoid.toCartesian(s.latitudeRad(), s.longitudeRad(), s.altitudeM(), p);
            t[i] = s.tS();
            x[i] = p[0];
            y[i] = p[1];
            z[i] = p[2];
            altitudeM[i] = s.altitudeM();
        }
    }

    /**
     * The path of a trajectory (which must carry samples) over the Earth it was flown on.
     *
     * @throws IllegalArgumentException when the trajectory has no samples
     */
    public static TargetPath of(Trajectory trajectory, EarthModel earth) {
        Objects.requireNonNull(earth, "earth");
        if (trajectory.samples().isEmpty()) {
            throw new IllegalArgumentException(
                    "the trajectory has no samples: fly it with samples to evaluate sensors");
        }
        List<TrajectorySample> all = new ArrayList<>(trajectory.samples().size() + 4);
        all.addAll(trajectory.samples());
        for (TrajectoryEvent e : trajectory.events()) {
            if (e.kind() != TrajectoryEvent.Kind.APOGEE) {
                all.add(e.sample());
            }
        }
        all.sort(Comparator.comparingDouble(TrajectorySample::tS));
        List<TrajectorySample> knots = new ArrayList<>(all.size());
        for (TrajectorySample s : all) {
            int last = knots.size() - 1;
            if (last < 0 || s.tS() - knots.get(last).tS() >= MIN_KNOT_SPACING_S) {
                knots.add(s);
            } else if (last > 0) {
                knots.set(last, s); // keep the later, so that the impact stays the last knot
            }
        }
        return new TargetPath(earth, knots);
    }

    /** Number of knots. */
    public int size() {
        return t.length;
    }

    /** Time of the first knot, s since launch. */
    public double startS() {
        return t[0];
    }

    /** Time of the last knot (impact), s since launch. */
    public double endS() {
        return t[t.length - 1];
    }

    /** Time of knot i, s since launch. */
    public double timeS(int i) {
        return t[i];
    }

    /** Height above the ellipsoid of knot i, m. */
    public double knotAltitudeM(int i) {
        return altitudeM[i];
    }

    /** Writes the ECEF position (m) of knot i into out[0..2]. */
    public void knotPosition(int i, double[] out) {
        out[0] = x[i];
        out[1] = y[i];
        out[2] = z[i];
    }

    /** Writes the interpolated ECEF position (m) at tS (clamped to the path's time span) into out[0..2]. */
    public void positionAt(double tS, double[] out) {
        if (t.length == 1 || tS <= t[0]) {
            knotPosition(0, out);
            return;
        }
        if (tS >= t[t.length - 1]) {
            knotPosition(t.length - 1, out);
            return;
        }
        int i = Arrays.binarySearch(t, tS);
        int segment = i >= 0 ? Math.min(i, t.length - 2) : -i - 2;
        positionInSegment(segment, tS, out);
    }

    /** Interpolated height above the ellipsoid (m) at tS, clamped to the path's time span. */
    public double altitudeAtM(double tS) {
        double[] p = new double[3];
        positionAt(tS, p);
        return ellipsoid.altitudeM(p[0], p[1], p[2]);
    }

    /** Height above the ellipsoid (m) of an ECEF position (m) on this path's Earth. */
    double altitudeOfM(double[] p) {
        return ellipsoid.altitudeM(p[0], p[1], p[2]);
    }

    /** Writes the cubic Hermite position (m) at tS in [t[i], t[i + 1]] into out[0..2]. */
    void positionInSegment(int i, double tS, double[] out) {
        double h = t[i + 1] - t[i];
        double s = (tS - t[i]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
        double h10 = (s3 - 2.0 * s2 + s) * h;
        double h01 = -2.0 * s3 + 3.0 * s2;
        double h11 = (s3 - s2) * h;
        out[0] = h00 * x[i] + h10 * slope(i, x) + h01 * x[i + 1] + h11 * slope(i + 1, x);
        out[1] = h00 * y[i] + h10 * slope(i, y) + h01 * y[i + 1] + h11 * slope(i + 1, y);
        out[2] = h00 * z[i] + h10 * slope(i, z) + h01 * z[i + 1] + h11 * slope(i + 1, z);
    }

    /**
     * The derivative at knot i of the quadratic through the knot and its neighbours (one-sided at
     * the ends: the quadratic of the first or last three knots; the chord when there are two; 0 for
     * one knot), of the coordinate f (m): m/s.
     */
    private double slope(int i, double[] f) {
        int n = t.length;
        if (n == 1) {
            return 0.0;
        }
        if (n == 2) {
            return (f[1] - f[0]) / (t[1] - t[0]);
        }
        int j = Math.max(1, Math.min(n - 2, i));
        // Quadratic through knots j-1, j, j+1, differentiated at t[i].
        double t0 = t[j - 1];
        double t1 = t[j];
        double t2 = t[j + 1];
        double ti = t[i];
        double l0 = ((ti - t1) + (ti - t2)) / ((t0 - t1) * (t0 - t2));
        double l1 = ((ti - t0) + (ti - t2)) / ((t1 - t0) * (t1 - t2));
        double l2 = ((ti - t0) + (ti - t1)) / ((t2 - t0) * (t2 - t1));
        return l0 * f[j - 1] + l1 * f[j] + l2 * f[j + 1];
    }
}
