package org.plumbline.core.trajectory;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;

/**
 * Fast prediction of where and how a flight ends if it coasts in a vacuum around a point-mass Earth
 * from a thrust-termination state: the impact on the ellipsoid of the analytic Kepler arc, turned
 * into the Earth-fixed frame at the time of impact.
 *
 * <p>This is the inner model of the targeting search; the engine's full flight (drag, J2) differs
 * from it by a slowly varying offset that {@link TrajectorySolver} removes by moving the aim point.
 */
final class VacuumPredictor {
    private final Ellipsoid ellipsoid;
    private final Geodesy geodesy;
    private final double mu;
    private final double omega;
    /** Arcs climbing beyond this many times the initial radius are treated as escaping. */
    static final double MAX_APOAPSIS_RADII = 6.0;

    VacuumPredictor(EarthModel earth) {
        this.ellipsoid = new Ellipsoid(earth);
        this.geodesy = new Geodesy(earth);
        this.mu = earth.muM3PerS2();
        this.omega = earth.rotationRateRadPerS();
    }

    /**
     * The outcome of one prediction; mutable scratch owned by one search (one thread). It remembers its last
     * {@link #REMEMBERED} predictions: a solve asks for some of them again (the bearing at the cutoff
     * its root just found, the impact bearings of the same grid flights for each of a node's
     * neighbours), about one prediction in ten of the default assessment, each a few microseconds
     * (the geodesic inverse is the largest part). A prediction is a function of the powered flight (an
     * immutable object, remembered by identity), the cutoff time and whether the shape is asked for,
     * so a remembered one leaves the fields as predicting it again would.
     */
    static final class Prediction {
        /**
         * How many predictions are remembered: of the default assessment's 242,431, 8 recall 15,040
         * and 32 recall 24,643 (the node's own searches come between its neighbours' questions); the
         * lookup compares 32 references, tens of nanoseconds against microseconds per prediction.
         */
        static final int REMEMBERED = 32;

        boolean valid;
        double rangeM;
        double bearingRad;
        double apogeeAltitudeM;
        double flightPathAngleRad;
        double flightTimeS;
        final double[] state = new double[6];
        final double[] scratch = new double[6];

        private final PoweredFlight[] flights = new PoweredFlight[REMEMBERED];
        private final double[] cutoffS = new double[REMEMBERED];
        private final boolean[] shaped = new boolean[REMEMBERED];
        private final boolean[] wasValid = new boolean[REMEMBERED];
        private final double[] range = new double[REMEMBERED];
        private final double[] bearing = new double[REMEMBERED];
        private final double[] apogee = new double[REMEMBERED];
        private final double[] pathAngle = new double[REMEMBERED];
        private final double[] flightTime = new double[REMEMBERED];
        private int next;

        /**
         * Sets the fields as predicting (powered, tS) again would and returns true when that
         * prediction is remembered (with the shape, when withShape); else returns false.
         */
        private boolean recall(PoweredFlight powered, double tS, boolean withShape) {
            int k = find(powered, tS, withShape);
            if (k < 0) {
                return false;
            }
            // As predict: the shape is set (when asked) even for an invalid arc, the impact only for
            // a valid one.
            if (withShape) {
                apogeeAltitudeM = apogee[k];
                flightPathAngleRad = pathAngle[k];
            }
            valid = wasValid[k];
            if (valid) {
                rangeM = range[k];
                bearingRad = bearing[k];
                flightTimeS = flightTime[k];
            }
            return true;
        }

        /** Where (powered, tS) is remembered (with the shape, when withShape), or -1. */
        int find(PoweredFlight powered, double tS, boolean withShape) {
            for (int k = 0; k < REMEMBERED; k++) {
                if (flights[k] == powered && Double.doubleToRawLongBits(cutoffS[k]) == Double.doubleToRawLongBits(tS)
                        && (shaped[k] || !withShape)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Forgets every remembered prediction (and so lets go of their powered flights): for an
         * object that lives longer than the flights it predicted, such as a batch node's search.
         * A prediction asked for again is computed again, to the same bits.
         */
        void forget() {
            java.util.Arrays.fill(flights, null);
        }

        /** Remembers the prediction just made, in place of the oldest. */
        private void remember(PoweredFlight powered, double tS, boolean withShape) {
            int k = next;
            next = (next + 1) % REMEMBERED;
            flights[k] = powered;
            cutoffS[k] = tS;
            shaped[k] = withShape;
            wasValid[k] = valid;
            range[k] = rangeM;
            bearing[k] = bearingRad;
            apogee[k] = apogeeAltitudeM;
            pathAngle[k] = flightPathAngleRad;
            flightTime[k] = flightTimeS;
        }
    }

    /**
     * Predicts the impact of the flight whose powered part is cut off at tS. Sets valid = false when
     * the arc does not come down (orbit, escape) or the vehicle fell back during the boost.
     */
    void predict(PoweredFlight powered, double tS, boolean withShape, Prediction p) {
        if (p.recall(powered, tS, withShape)) {
            return;
        }
        compute(powered, tS, withShape, p);
        p.remember(powered, tS, withShape);
    }

    private void compute(PoweredFlight powered, double tS, boolean withShape, Prediction p) {
        double[] y = p.state;
        powered.stateAt(tS, y);
        KeplerOrbit orbit = new KeplerOrbit(mu, y);
        double r = orbit.initialRadiusM();
        double vr = orbit.initialRadialVelocityMps();
        if (withShape) {
            double v = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
            p.flightPathAngleRad = Math.asin(Math.max(-1.0, Math.min(1.0, vr / v)));
            if (vr > 0 && orbit.isElliptic()) {
                orbit.stateAt(orbit.timeToApoapsis(), p.scratch);
                p.apogeeAltitudeM = ellipsoid.altitudeM(p.scratch[0], p.scratch[1], p.scratch[2]);
            } else {
                p.apogeeAltitudeM = ellipsoid.altitudeM(y[0], y[1], y[2]);
            }
        }
        double here = ellipsoid.altitudeM(y[0], y[1], y[2]);
        if (powered.crashed() || here < -1.0 || orbit.apoapsisRadiusM() > MAX_APOAPSIS_RADII * r) {
            p.valid = false;
            return;
        }
        double dt;
        // Whether p.scratch holds the arc's state at dt: the Newton loop below ends on the state it
        // has just computed, which the impact then uses as it is (the same call, the same bits).
        boolean atDt = false;
        if (here <= 0.0 && vr <= 0.0) {
            dt = 0.0;
        } else {
            // Sphere through the local surface radius first, then Newton on time with the radial rate.
            double surface = r - here;
            dt = orbit.timeToDescendTo(surface);
            if (!Double.isFinite(dt)) {
                p.valid = false;
                return;
            }
            double[] s = p.scratch;
            for (int i = 0; i < 8; i++) {
                orbit.stateAt(dt, s);
                double rs = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
                double err = ellipsoid.altitudeM(s[0], s[1], s[2]);
                double rdot = (s[0] * s[3] + s[1] * s[4] + s[2] * s[5]) / rs;
                if (Math.abs(err) < 1.0e-3 || rdot >= 0.0) {
                    atDt = true;
                    break;
                }
                dt -= err / rdot;
            }
        }
        double[] s = p.scratch;
        if (dt <= 0) {
            System.arraycopy(y, 0, s, 0, 6);
        } else if (!atDt) {
            orbit.stateAt(dt, s);
        }
        double t = tS + dt;
        double theta = omega * t;
        double c = Math.cos(theta);
        double sn = Math.sin(theta);
        double xe = c * s[0] + sn * s[1];
        double ye = -sn * s[0] + c * s[1];
        GeodeticPoint g = ellipsoid.toGeodetic(xe, ye, s[2]);
        GeodeticPoint launch = powered.launch();
        double[] da = geodesy.distanceAndAzimuth(
                new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0),
                new GeodeticPoint(g.latitudeRad(), g.longitudeRad(), 0.0));
        p.rangeM = da[0];
        p.bearingRad = da[1];
        p.flightTimeS = t;
        p.valid = true;
    }
}
