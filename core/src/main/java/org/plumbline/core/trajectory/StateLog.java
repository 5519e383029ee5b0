package org.plumbline.core.trajectory;

import java.util.Arrays;

/**
 * A growing, time-ordered list of inertial states, interpolated with cubic Hermite polynomials on
 * position (velocity is its derivative) for sampling and for locating events. Package-private:
 * read only to produce output (a flight's samples and events), never by the targeting loops; their
 * flights without samples record one after thrust termination, so that the one they keep can be
 * given its samples without flying it again ({@link NativeFlightEngine#withSamples}).
 */
final class StateLog {
    private double[] t;
    private double[] y;
    private int n;

    /**
     * An empty log with room for capacity states before it grows (by doubling, which copies what it
     * holds: the flights' logs grew from 256 states, 0.46 GB of copies in the default assessment).
     */
    StateLog(int capacity) {
        int c = Math.max(16, capacity);
        t = new double[c];
        y = new double[6 * c];
    }

    /** Number of states. */
    int size() {
        return n;
    }

    void add(double tS, double[] state) {
        if (n > 0 && tS <= t[n - 1]) {
            if (tS == t[n - 1]) {
                System.arraycopy(state, 0, y, 6 * (n - 1), 6);
            }
            return;
        }
        if (n == t.length) {
            t = Arrays.copyOf(t, 2 * n);
            y = Arrays.copyOf(y, 12 * n);
        }
        t[n] = tS;
        System.arraycopy(state, 0, y, 6 * n, 6);
        n++;
    }

    /** Time of the last state, s (NaN when empty). */
    double lastTimeS() {
        return n == 0 ? Double.NaN : t[n - 1];
    }

    /** The last state. */
    void lastState(double[] out) {
        System.arraycopy(y, 6 * (n - 1), out, 0, 6);
    }

    /** Adds every state of another log, in its order (as {@link #add} of each). */
    void addAll(StateLog other) {
        double[] s = new double[6];
        for (int i = 0; i < other.n; i++) {
            System.arraycopy(other.y, 6 * i, s, 0, 6);
            add(other.t[i], s);
        }
    }

    /**
     * A bound (m/s) on the speed of the interpolated position anywhere in the logged span. On an
     * interval of length h between states (p0, v0) and (p1, v1), at s = (t - t0) / h, the cubic
     * Hermite position's rate is (6s^2 - 6s)(p1 - p0) / h + (3s^2 - 4s + 1) v0 + (3s^2 - 2s) v1, whose
     * coefficients are at most 1.5, 1 and 1 in size on [0, 1]: its length is at most
     * 1.5 |p1 - p0| / h + |v0| + |v1|. The bound is the largest of these over the intervals and of
     * the logged speeds, a little enlarged against rounding.
     */
    double maxPositionRateMps() {
        double bound = speed(0);
        double v0 = bound;
        for (int i = 0; i + 1 < n; i++) {
            int a = 6 * i;
            int b = a + 6;
            double dx = y[b] - y[a];
            double dy = y[b + 1] - y[a + 1];
            double dz = y[b + 2] - y[a + 2];
            double chord = Math.sqrt(dx * dx + dy * dy + dz * dz) / (t[i + 1] - t[i]);
            double v1 = speed(i + 1);
            bound = Math.max(bound, 1.5 * chord + v0 + v1);
            v0 = v1;
        }
        return bound * (1.0 + 1.0e-9) + 1.0e-6;
    }

    /** The logged speed of state i, m/s. */
    private double speed(int i) {
        int a = 6 * i;
        return Math.sqrt(y[a + 3] * y[a + 3] + y[a + 4] * y[a + 4] + y[a + 5] * y[a + 5]);
    }

    /** Interpolated state at tS, clamped to the logged span. */
    void stateAt(double tS, double[] out) {
        if (tS <= t[0]) {
            System.arraycopy(y, 0, out, 0, 6);
            return;
        }
        if (tS >= t[n - 1]) {
            System.arraycopy(y, 6 * (n - 1), out, 0, 6);
            return;
        }
        int k = Arrays.binarySearch(t, 0, n, tS);
        if (k >= 0) {
            System.arraycopy(y, 6 * k, out, 0, 6);
            return;
        }
        interpolate(-k - 2, tS, out);
    }

    /**
     * {@link #stateAt} for times visited in increasing order: the search for tS's interval starts at
     * the interval {@code from} (0, or what the previous call returned, for an earlier time) and
     * walks forward. The same state, bit for bit.
     *
     * @return the interval to start the next call from
     */
    int stateAtFrom(double tS, double[] out, int from) {
        if (tS <= t[0]) {
            System.arraycopy(y, 0, out, 0, 6);
            return 0;
        }
        if (tS >= t[n - 1]) {
            System.arraycopy(y, 6 * (n - 1), out, 0, 6);
            return from;
        }
        int i = from;
        while (t[i + 1] <= tS) {
            i++;
        }
        if (t[i] == tS) {
            System.arraycopy(y, 6 * i, out, 0, 6);
        } else {
            interpolate(i, tS, out);
        }
        return i;
    }

    /** The cubic Hermite state at tS inside the interval from t[i] to t[i + 1]. */
    private void interpolate(int i, double tS, double[] out) {
        double h = t[i + 1] - t[i];
        double s = (tS - t[i]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        double d00 = (6 * s2 - 6 * s) / h;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = (-6 * s2 + 6 * s) / h;
        double d11 = 3 * s2 - 2 * s;
        int a = 6 * i;
        int b = 6 * (i + 1);
        for (int j = 0; j < 3; j++) {
            double p0 = y[a + j];
            double v0 = y[a + 3 + j];
            double p1 = y[b + j];
            double v1 = y[b + 3 + j];
            out[j] = h00 * p0 + h10 * h * v0 + h01 * p1 + h11 * h * v1;
            out[3 + j] = d00 * p0 + d10 * v0 + d01 * p1 + d11 * v1;
        }
    }
}
