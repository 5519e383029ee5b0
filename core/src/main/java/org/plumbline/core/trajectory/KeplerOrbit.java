package org.plumbline.core.trajectory;

/**
 * Two-body (Kepler) motion from an initial inertial state, propagated with universal variables.
 *
 * <p>Algorithm: H. D. Curtis, <i>Orbital Mechanics for Engineering Students</i>, 3rd ed., 2014,
 * algorithms 3.3 and 3.4 (universal anomaly by Newton's method, Lagrange f and g coefficients);
 * equivalently Vallado, <i>Fundamentals of Astrodynamics and Applications</i>, 4th ed., algorithm 8.
 * Stumpff functions use their Taylor series for |z| &lt; 0.1 to avoid cancellation. The solution
 * is exact for a point-mass Earth to about 1e-12 relative in position.
 *
 * <p>Times are seconds from the initial state; positions in m, velocities in m/s, in any inertial
 * frame. Instances are immutable.
 */
public final class KeplerOrbit {
    private final double mu;
    private final double sqrtMu;
    private final double x0;
    private final double y0;
    private final double z0;
    private final double vx0;
    private final double vy0;
    private final double vz0;
    private final double r0;
    private final double vr0;
    private final double alpha;
    /** Semi-major axis, m (negative for a hyperbola). */
    private final double a;
    private final double e;

    public KeplerOrbit(double muM3PerS2, double[] state) {
        this.mu = muM3PerS2;
        this.sqrtMu = Math.sqrt(mu);
        this.x0 = state[0];
        this.y0 = state[1];
        this.z0 = state[2];
        this.vx0 = state[3];
        this.vy0 = state[4];
        this.vz0 = state[5];
        this.r0 = Math.sqrt(x0 * x0 + y0 * y0 + z0 * z0);
        double v2 = vx0 * vx0 + vy0 * vy0 + vz0 * vz0;
        double rv = x0 * vx0 + y0 * vy0 + z0 * vz0;
        this.vr0 = rv / r0;
        this.alpha = 2.0 / r0 - v2 / mu;
        this.a = 1.0 / alpha;
        // Eccentricity from e^2 = 1 - h^2 / (mu a), h = |r x v|.
        double hx = y0 * vz0 - z0 * vy0;
        double hy = z0 * vx0 - x0 * vz0;
        double hz = x0 * vy0 - y0 * vx0;
        double h2 = hx * hx + hy * hy + hz * hz;
        this.e = Math.sqrt(Math.max(0.0, 1.0 - h2 * alpha / mu));
    }

    /** Whether the orbit is bound (specific energy negative). */
    public boolean isElliptic() {
        return alpha > 0.0;
    }

    public double semiMajorAxisM() {
        return a;
    }

    public double eccentricity() {
        return e;
    }

    /** Periapsis radius, m. */
    public double periapsisRadiusM() {
        return a * (1.0 - e);
    }

    /** Apoapsis radius, m (infinite when unbound). */
    public double apoapsisRadiusM() {
        return isElliptic() ? a * (1.0 + e) : Double.POSITIVE_INFINITY;
    }

    /** Initial radius, m. */
    public double initialRadiusM() {
        return r0;
    }

    /** Initial radial velocity, m/s (positive when climbing). */
    public double initialRadialVelocityMps() {
        return vr0;
    }

    /** Writes the state (x, y, z, vx, vy, vz) at time tS after the initial state into out[0..5]. */
    public void stateAt(double tS, double[] out) {
        double chi = universalAnomaly(tS);
        double z = alpha * chi * chi;
        double c = stumpffC(z);
        double s = stumpffS(z);
        double chi2 = chi * chi;
        double f = 1.0 - chi2 / r0 * c;
        double g = tS - chi2 * chi * s / sqrtMu;
        double x = f * x0 + g * vx0;
        double y = f * y0 + g * vy0;
        double zz = f * z0 + g * vz0;
        double r = Math.sqrt(x * x + y * y + zz * zz);
        double fdot = sqrtMu / (r * r0) * (alpha * chi2 * chi * s - chi);
        double gdot = 1.0 - chi2 / r * c;
        out[0] = x;
        out[1] = y;
        out[2] = zz;
        out[3] = fdot * x0 + gdot * vx0;
        out[4] = fdot * y0 + gdot * vy0;
        out[5] = fdot * z0 + gdot * vz0;
    }

    /**
     * Time (s, non-negative) from the initial state until the radius first equals radiusM while
     * descending, for a bound orbit; +infinity when the orbit never descends to that radius.
     */
    public double timeToDescendTo(double radiusM) {
        if (!isElliptic() || radiusM > apoapsisRadiusM() || radiusM < periapsisRadiusM() || e == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        double n = Math.sqrt(mu / (a * a * a));
        double m0 = meanAnomalyAtStart();
        double cosE = Math.max(-1.0, Math.min(1.0, (1.0 - radiusM / a) / e));
        double bigE = 2.0 * Math.PI - Math.acos(cosE); // descending half: E in [pi, 2 pi]
        double m = bigE - e * Math.sin(bigE);
        double dm = m - m0;
        if (dm < 0) {
            dm += 2.0 * Math.PI;
        }
        return dm / n;
    }

    /** Time (s) from the initial state to the next apoapsis (a full period ahead when just past it); bound orbits only. */
    public double timeToApoapsis() {
        if (!isElliptic()) {
            return Double.POSITIVE_INFINITY;
        }
        double n = Math.sqrt(mu / (a * a * a));
        double dm = Math.PI - meanAnomalyAtStart();
        if (dm < 0) {
            dm += 2.0 * Math.PI;
        }
        return dm / n;
    }

    private double meanAnomalyAtStart() {
        double cosE0 = (1.0 - r0 / a) / e;
        double sinE0 = r0 * vr0 / (e * Math.sqrt(mu * a));
        double e0 = Math.atan2(sinE0, cosE0);
        if (e0 < 0) {
            e0 += 2.0 * Math.PI;
        }
        return e0 - e * Math.sin(e0);
    }

    /**
     * The universal anomaly at time dt >= 0: Newton's method safeguarded by bisection on the
     * universal Kepler equation F(chi) = 0, which is increasing in chi (F' = r > 0). The safeguard
     * keeps nearly radial arcs (e close to 1), where plain Newton diverges, convergent.
     */
    private double universalAnomaly(double dt) {
        if (dt <= 0.0) {
            return 0.0;
        }
        double k1 = r0 * vr0 / sqrtMu;
        double k2 = 1.0 - alpha * r0;
        double lo = 0.0;
        double hi;
        if (isElliptic()) {
            double period = 2.0 * Math.PI * Math.sqrt(a * a * a / mu);
            hi = 2.0 * Math.PI * Math.sqrt(a) * (Math.floor(dt / period) + 1.0);
        } else {
            hi = sqrtMu * dt / r0;
            while (kepler(hi, k1, k2, dt) < 0.0) {
                hi *= 2.0;
            }
        }
        double chi = isElliptic() ? Math.min(sqrtMu * alpha * dt, 0.5 * (lo + hi)) : 0.5 * (lo + hi);
        for (int i = 0; i < 200; i++) {
            double chi2 = chi * chi;
            double z = alpha * chi2;
            double c = stumpffC(z);
            double s = stumpffS(z);
            double fn = k1 * chi2 * c + k2 * chi2 * chi * s + r0 * chi - sqrtMu * dt;
            if (fn < 0) {
                lo = chi;
            } else {
                hi = chi;
            }
            double dfn = k1 * chi * (1.0 - z * s) + k2 * chi2 * c + r0;
            double next = chi - fn / dfn;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            double step = next - chi;
            chi = next;
            if (Math.abs(step) <= 1.0e-13 * Math.max(1.0, Math.abs(chi)) || hi - lo <= 1.0e-13 * hi) {
                break;
            }
        }
        return chi;
    }

    private double kepler(double chi, double k1, double k2, double dt) {
        double chi2 = chi * chi;
        double z = alpha * chi2;
        return k1 * chi2 * stumpffC(z) + k2 * chi2 * chi * stumpffS(z) + r0 * chi - sqrtMu * dt;
    }

    static double stumpffS(double z) {
        if (Math.abs(z) < 0.1) {
            return 1.0 / 6.0 - z * (1.0 / 120.0 - z * (1.0 / 5040.0 - z * (1.0 / 362880.0 - z / 39916800.0)));
        }
        if (z > 0) {
            double sz = Math.sqrt(z);
            return (sz - Math.sin(sz)) / (sz * sz * sz);
        }
        double sz = Math.sqrt(-z);
        return (Math.sinh(sz) - sz) / (sz * sz * sz);
    }

    static double stumpffC(double z) {
        if (Math.abs(z) < 0.1) {
            return 0.5 - z * (1.0 / 24.0 - z * (1.0 / 720.0 - z * (1.0 / 40320.0 - z / 3628800.0)));
        }
        if (z > 0) {
            return (1.0 - Math.cos(Math.sqrt(z))) / z;
        }
        return (Math.cosh(Math.sqrt(-z)) - 1.0) / (-z);
    }
}
