package org.plumbline.core.earth;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesics on the reference ellipsoid of an {@link EarthModel}: distance and azimuth between two
 * points, and the point at a given distance and azimuth.
 *
 * <p>Backed by GeographicLib (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 43-55,
 * 2013, doi:10.1007/s00190-012-0578-z), accurate to about 15 nm. Azimuths are clockwise from north,
 * in radians; distances in metres. On a sphere (f = 0) these are great circles.
 */
public final class Geodesy {
    private final Geodesic geodesic;

    public Geodesy(EarthModel earth) {
        this.geodesic = new Geodesic(earth.equatorialRadiusM(), earth.flattening());
    }

    /** Distance (m) along the geodesic from a to b, at the ellipsoid surface. */
    public double distanceM(GeodeticPoint a, GeodeticPoint b) {
        return inverse(a, b, GeodesicMask.DISTANCE).s12;
    }

    /** Azimuth (rad, clockwise from north) at a of the geodesic from a to b. */
    public double azimuthRad(GeodeticPoint a, GeodeticPoint b) {
        return Math.toRadians(inverse(a, b, GeodesicMask.AZIMUTH).azi1);
    }

    /** Distance (m) and initial azimuth (rad) from a to b, as {distance, azimuth}. */
    public double[] distanceAndAzimuth(GeodeticPoint a, GeodeticPoint b) {
        GeodesicData d = inverse(a, b, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new double[] {d.s12, Math.toRadians(d.azi1)};
    }

    /** The surface point at distance distanceM (m) along azimuth azimuthRad from origin. */
    public GeodeticPoint destination(GeodeticPoint origin, double azimuthRad, double distanceM) {
        GeodesicData d = geodesic.Direct(origin.latitudeDeg(), origin.longitudeDeg(), Math.toDegrees(azimuthRad),
                distanceM, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return GeodeticPoint.ofDegrees(d.lat2, d.lon2, 0.0);
    }

    private GeodesicData inverse(GeodeticPoint a, GeodeticPoint b, int mask) {
        return geodesic.Inverse(a.latitudeDeg(), a.longitudeDeg(), b.latitudeDeg(), b.longitudeDeg(), mask);
    }
}
