package org.plumbline.core.earth;

import java.util.Objects;

/**
 * The great circle through two points of a sphere, directed from {@code from} to {@code to}: its
 * length, the highest latitude on the arc between them, and the cross-track and along-track
 * position of a third point.
 *
 * <p>Spherical trigonometry on the unit sphere: every result is a central angle in radians;
 * multiply by the sphere's radius for a distance (the arms-control literature and
 * {@code shared/reference/public-data.md} A.6 use R = 6371.0 km, {@link EarthModel#SPHERICAL}).
 * Latitudes are used as given (on a sphere geodetic and geocentric latitude agree); heights are
 * ignored. Formulas, with d13 the central angle and theta13 the initial azimuth from {@code from}
 * to the point, theta12 the initial azimuth of the circle:
 * <ul>
 *   <li>central angle: d = atan2(sqrt((cos phi2 sin dlambda)^2 + (cos phi1 sin phi2 - sin phi1 cos phi2
 *       cos dlambda)^2), sin phi1 sin phi2 + cos phi1 cos phi2 cos dlambda), equal to the haversine
 *       formula but accurate near 0 and pi alike;
 *   <li>initial azimuth: theta = atan2(sin dlambda cos phi2, cos phi1 sin phi2 - sin phi1 cos phi2 cos dlambda);
 *   <li>cross-track: xt = asin(sin d13 sin(theta12 - theta13)), positive to the left of the direction
 *       of travel (the sign of public-data A.6; Veness and Williams write theta13 - theta12, positive
 *       to the right);
 *   <li>along-track: at = atan2(sin d13 cos(theta13 - theta12), cos d13), the signed form of
 *       at = acos(cos d13 / cos xt) (Napier's rule tan at = tan d13 cos(theta13 - theta12) for the right
 *       spherical triangle), negative when the point's perpendicular foot lies behind {@code from}.
 * </ul>
 * Sources: E. Williams, "Aviation Formulary V1.47" (2011), sections "Cross track error" and
 * "Along track distance"; C. Veness, "Calculate distance, bearing and more between
 * latitude/longitude points", Movable Type Scripts (2002-2022), sections "Cross-track distance"
 * and "Along-track distance". The results are exact on the sphere up to rounding, about 1e-15 rad
 * (7 nm on the Earth) away from the degenerate cases.
 *
 * <p>Degenerate cases: a point on the circle's pole (90 degrees off the circle) has no
 * perpendicular foot; its along-track angle is then 0. A point at {@code from} has xt = at = 0.
 * The foot reported is the nearer of the two (|xt| &lt;= pi/2); along-track angles are in
 * (-pi, pi].
 *
 * @param from start of the arc (a launch point)
 * @param to   end of the arc (a target); neither equal nor antipodal to {@code from}
 */
public record GreatCircle(GeodeticPoint from, GeodeticPoint to) {
    /** Smallest arc, and smallest distance from the antipode, that fixes a direction, rad (about 6 mm). */
    private static final double MIN_ARC_RAD = 1.0e-9;

    public GreatCircle {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        double d = centralAngleRad(from, to);
        if (d < MIN_ARC_RAD || d > Math.PI - MIN_ARC_RAD) {
            throw new IllegalArgumentException("from " + from + " and to " + to + " are " + d
                    + " rad apart: not in [" + MIN_ARC_RAD + ", pi - " + MIN_ARC_RAD + "], no unique great circle");
        }
    }

    /**
     * Central angle (rad, in [0, pi]) between two points, by the atan2 form that is well conditioned
     * at every distance (the spherical case of Vincenty's formula).
     */
    public static double centralAngleRad(GeodeticPoint a, GeodeticPoint b) {
        double dLon = b.longitudeRad() - a.longitudeRad();
        double sinLatA = Math.sin(a.latitudeRad());
        double cosLatA = Math.cos(a.latitudeRad());
        double sinLatB = Math.sin(b.latitudeRad());
        double cosLatB = Math.cos(b.latitudeRad());
        double cosDLon = Math.cos(dLon);
        double p = cosLatB * Math.sin(dLon);
        double q = cosLatA * sinLatB - sinLatA * cosLatB * cosDLon;
        return Math.atan2(Math.sqrt(p * p + q * q), sinLatA * sinLatB + cosLatA * cosLatB * cosDLon);
    }

    /** Initial azimuth (rad, clockwise from north, in (-pi, pi]) of the great circle from a to b. */
    public static double initialAzimuthRad(GeodeticPoint a, GeodeticPoint b) {
        double dLon = b.longitudeRad() - a.longitudeRad();
        double cosLatB = Math.cos(b.latitudeRad());
        return Math.atan2(Math.sin(dLon) * cosLatB,
                Math.cos(a.latitudeRad()) * Math.sin(b.latitudeRad())
                        - Math.sin(a.latitudeRad()) * cosLatB * Math.cos(dLon));
    }

    /** Central angle from {@code from} to {@code to}, rad. */
    public double lengthRad() {
        return centralAngleRad(from, to);
    }

    /** Initial azimuth at {@code from}, rad, clockwise from north. */
    public double initialAzimuthRad() {
        return initialAzimuthRad(from, to);
    }

    /** Cross-track angle (rad, in [-pi/2, pi/2]) of a point: positive to the left of the direction of travel. */
    public double crossTrackRad(GeodeticPoint p) {
        double d13 = centralAngleRad(from, p);
        double dTheta = initialAzimuthRad(from, to) - initialAzimuthRad(from, p);
        return Math.asin(Math.max(-1.0, Math.min(1.0, Math.sin(d13) * Math.sin(dTheta))));
    }

    /**
     * Along-track angle (rad, in (-pi, pi]) from {@code from} to the point's perpendicular foot on the
     * circle: positive ahead, negative behind {@code from}.
     */
    public double alongTrackRad(GeodeticPoint p) {
        double d13 = centralAngleRad(from, p);
        double dTheta = initialAzimuthRad(from, p) - initialAzimuthRad(from, to);
        return Math.atan2(Math.sin(d13) * Math.cos(dTheta), Math.cos(d13));
    }

    /**
     * Highest latitude (rad) on the arc from {@code from} to {@code to}: the circle's vertex (Clairaut:
     * cos phi_max = |sin theta12 cos phi1|) when it lies on the arc, otherwise the higher end point.
     */
    public double highestLatitudeRad() {
        double[] a = unitVector(from);
        double[] b = unitVector(to);
        double[] n = cross(a, b);
        double nNorm = Math.sqrt(dot(n, n));
        for (int i = 0; i < 3; i++) {
            n[i] /= nNorm;
        }
        double ends = Math.max(from.latitudeRad(), to.latitudeRad());
        // The point of the circle nearest the north pole: the pole's direction with its n-component removed.
        double[] v = {-n[2] * n[0], -n[2] * n[1], 1.0 - n[2] * n[2]};
        double vNorm = Math.sqrt(dot(v, v));
        if (vNorm < 1.0e-15) {
            return ends; // the circle is the equator
        }
        boolean onArc = dot(cross(a, v), n) >= 0.0 && dot(cross(v, b), n) >= 0.0;
        return onArc ? Math.max(ends, Math.asin(Math.min(1.0, v[2] / vNorm))) : ends;
    }

    private static double[] unitVector(GeodeticPoint p) {
        double c = Math.cos(p.latitudeRad());
        return new double[] {c * Math.cos(p.longitudeRad()), c * Math.sin(p.longitudeRad()), Math.sin(p.latitudeRad())};
    }

    private static double[] cross(double[] u, double[] w) {
        return new double[] {u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]};
    }

    private static double dot(double[] u, double[] w) {
        return u[0] * w[0] + u[1] * w[1] + u[2] * w[2];
    }
}
