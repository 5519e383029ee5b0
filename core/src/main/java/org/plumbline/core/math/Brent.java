package org.plumbline.core.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's derivative-free methods on an interval: a root of a function that changes sign
 * ({@link #root}) and a local minimum of a unimodal function ({@link #minimum}).
 *
 * <p>R. P. Brent, <i>Algorithms for Minimization without Derivatives</i>, Prentice-Hall, 1973:
 * procedure "zero" (ch. 4) and procedure "localmin" (ch. 5). Both converge superlinearly on smooth
 * functions and never worse than bisection or golden section. Allocation-free apart from the
 * caller's lambda.
 */
public final class Brent {
    private static final double EPS = Math.ulp(1.0);
    private static final double GOLDEN = 0.5 * (3.0 - Math.sqrt(5.0));

    private Brent() {
    }

    /**
     * A root of f in [a, b], where f(a) and f(b) have opposite signs (or one is zero), to absolute
     * tolerance tol. Throws IllegalArgumentException when the signs do not differ.
     */
    public static double root(DoubleUnaryOperator f, double a, double b, double tol) {
        return root(f, a, f.applyAsDouble(a), b, f.applyAsDouble(b), tol, 200);
    }

    /** As {@link #root(DoubleUnaryOperator, double, double, double)} with known end values. */
    public static double root(DoubleUnaryOperator f, double a, double fa, double b, double fb, double tol,
                              int maxEvaluations) {
        if (fa == 0.0) {
            return a;
        }
        if (fb == 0.0) {
            return b;
        }
        if ((fa > 0) == (fb > 0)) {
            throw new IllegalArgumentException("no sign change: f(" + a + ") = " + fa + ", f(" + b + ") = " + fb);
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int i = 0; i < maxEvaluations; i++) {
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol1 = 2.0 * EPS * Math.abs(b) + 0.5 * tol;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol1 || fb == 0.0) {
                return b;
            }
            if (Math.abs(e) < tol1 || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2.0 * m * s;
                    q = 1.0 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2.0 * m * qq * (qq - r) - (b - a) * (r - 1.0));
                    q = (qq - 1.0) * (r - 1.0) * (s - 1.0);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2.0 * p < Math.min(3.0 * m * q - Math.abs(tol1 * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol1 ? d : Math.copySign(tol1, m);
            fb = f.applyAsDouble(b);
        }
        return b;
    }

    /** The abscissa and value of a local minimum of f on [a, b]. */
    public record Minimum(double x, double fx) {
    }

    /**
     * Asked at each iteration of {@link #minimum(DoubleUnaryOperator, double, double, double, Stop)}
     * whether to stop there.
     */
    @FunctionalInterface
    public interface Stop {
        /**
         * @param a  lower end of the current bracket
         * @param b  upper end of the current bracket
         * @param x  the best point so far (the least value evaluated)
         * @param fx its value
         * @return true to end the search with x
         */
        boolean now(double a, double b, double x, double fx);
    }

    /** A local minimum of f on [a, b] to absolute tolerance tol in x. */
    public static Minimum minimum(DoubleUnaryOperator f, double a, double b, double tol) {
        return minimum(f, a, b, tol, null);
    }

    /**
     * As {@link #minimum(DoubleUnaryOperator, double, double, double)}, ended early (with the best
     * point so far) when stop says so; the same evaluations as without it up to there. Null: never.
     */
    public static Minimum minimum(DoubleUnaryOperator f, double a, double b, double tol, Stop stop) {
        double x = a + GOLDEN * (b - a);
        double w = x;
        double v = x;
        double fx = f.applyAsDouble(x);
        double fw = fx;
        double fv = fx;
        double d = 0.0;
        double e = 0.0;
        for (int iter = 0; iter < 200; iter++) {
            double m = 0.5 * (a + b);
            double tol1 = Math.sqrt(EPS) * Math.abs(x) + tol / 3.0;
            double tol2 = 2.0 * tol1;
            if (Math.abs(x - m) <= tol2 - 0.5 * (b - a)) {
                break;
            }
            if (stop != null && stop.now(a, b, x, fx)) {
                break;
            }
            boolean golden = true;
            if (Math.abs(e) > tol1) {
                double r = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * r;
                q = 2.0 * (q - r);
                if (q > 0) {
                    p = -p;
                } else {
                    q = -q;
                }
                double etemp = e;
                e = d;
                if (Math.abs(p) < Math.abs(0.5 * q * etemp) && p > q * (a - x) && p < q * (b - x)) {
                    d = p / q;
                    double u = x + d;
                    if (u - a < tol2 || b - u < tol2) {
                        d = x < m ? tol1 : -tol1;
                    }
                    golden = false;
                }
            }
            if (golden) {
                e = (x < m ? b : a) - x;
                d = GOLDEN * e;
            }
            double u = x + (Math.abs(d) >= tol1 ? d : Math.copySign(tol1, d));
            double fu = f.applyAsDouble(u);
            if (fu <= fx) {
                if (u < x) {
                    b = x;
                } else {
                    a = x;
                }
                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            } else {
                if (u < x) {
                    a = u;
                } else {
                    b = u;
                }
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return new Minimum(x, fx);
    }
}
