package org.plumbline.core.earth;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * A point given by geodetic latitude, longitude and height above the reference ellipsoid.
 *
 * @param latitudeRad  geodetic latitude, rad, in [-pi/2, pi/2], north positive
 * @param longitudeRad longitude, rad, in [-pi, pi], east positive
 * @param altitudeM    height above the ellipsoid, m
 */
public record GeodeticPoint(double latitudeRad, double longitudeRad, double altitudeM) {
    public GeodeticPoint {
        checkInRange("latitudeRad", latitudeRad, "rad", -Math.PI / 2, Math.PI / 2);
        checkInRange("longitudeRad", longitudeRad, "rad", -Math.PI, Math.PI);
        checkInRange("altitudeM", altitudeM, "m", -1.2e4, 1.0e9);
    }

    /** A point from degrees (edge convenience); longitude is wrapped into [-180, 180]. */
    public static GeodeticPoint ofDegrees(double latitudeDeg, double longitudeDeg, double altitudeM) {
        return new GeodeticPoint(Math.toRadians(latitudeDeg), wrapLongitude(Math.toRadians(longitudeDeg)), altitudeM);
    }

    /** A surface point (altitude 0) from degrees. */
    public static GeodeticPoint ofDegrees(double latitudeDeg, double longitudeDeg) {
        return ofDegrees(latitudeDeg, longitudeDeg, 0.0);
    }

    public double latitudeDeg() {
        return Math.toDegrees(latitudeRad);
    }

    public double longitudeDeg() {
        return Math.toDegrees(longitudeRad);
    }

    /** Wraps a longitude into [-pi, pi]. */
    public static double wrapLongitude(double lonRad) {
        double w = Math.IEEEremainder(lonRad, 2.0 * Math.PI);
        return w < -Math.PI ? -Math.PI : Math.min(w, Math.PI);
    }
}
