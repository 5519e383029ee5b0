package org.plumbline.report;

/**
 * The azimuthal equidistant projection on a sphere, centred on a point: distances and azimuths from
 * the centre are true, which suits missile ranges (J. P. Snyder, <i>Map Projections: A Working
 * Manual</i>, USGS Professional Paper 1395, 1987, pp. 191-202, equations 22-4, 22-5, 5-3).
 *
 * <p>x points east and y north at the centre, in metres on the sphere of radius {@link #RADIUS_M};
 * the map turns y down for SVG. The projection is continuous everywhere except at the centre's
 * antipode, which it spreads into the bounding circle of radius pi R; a polygon that contains the
 * antipode cannot be drawn (the caller leaves it out). Display accuracy only: the sphere differs
 * from the ellipsoid by up to 0.3 % in scale, far below a pixel of an overview map.
 */
final class AzimuthalEquidistant {
    /** Mean Earth radius, m (IUGG). */
    static final double RADIUS_M = 6_371_008.8;

    private final double lat0;
    private final double lon0;
    private final double sinLat0;
    private final double cosLat0;

    /** A projection centred on (lat0Rad, lon0Rad). */
    AzimuthalEquidistant(double lat0Rad, double lon0Rad) {
        this.lat0 = lat0Rad;
        this.lon0 = lon0Rad;
        this.sinLat0 = Math.sin(lat0Rad);
        this.cosLat0 = Math.cos(lat0Rad);
    }

    double centreLatitudeRad() {
        return lat0;
    }

    double centreLongitudeRad() {
        return lon0;
    }

    /** Writes {x, y} (m, y north) of a point into out. */
    void project(double latRad, double lonRad, double[] out) {
        project(Math.sin(latRad), Math.cos(latRad), lonRad, out);
    }

    /**
     * {@link #project(double, double, double[])} from the latitude's sine and cosine: the same values.
     *
     * <p>With east = cos(lat) sin(dLon) and north = cos(lat0) sin(lat) - sin(lat0) cos(lat) cos(dLon)
     * (the direction to the point, scaled by sin c), the central angle is c = atan2(sin c, cos c)
     * with sin c = sqrt(east^2 + north^2). The distance from the centre comes out within a few ulps
     * of R c (AzimuthalEquidistantTest; acos(cos c), used before, was 6 ulps off at 18,000 km), at a
     * quarter of the cost: Java 17's acos is fdlibm's, whose square root is computed in software
     * (about 130 ns a call against 30 ns for atan2, under C1 and C2 alike).
     */
    void project(double sinLat, double cosLat, double lonRad, double[] out) {
        double dLon = lonRad - lon0;
        double cosDLon = Math.cos(dLon);
        double east = cosLat * Math.sin(dLon);
        double north = cosLat0 * sinLat - sinLat0 * cosLat * cosDLon;
        double cosC = sinLat0 * sinLat + cosLat0 * cosLat * cosDLon;
        double sinC = Math.sqrt(east * east + north * north);
        double c = Math.atan2(sinC, cosC);
        // k' = c / sin c, with its limit 1 at the centre; near the antipode it grows without bound.
        double k = c < 1.0e-9 ? 1.0 : c / sinC;
        if (!Double.isFinite(k)) {
            k = 1.0e9;
        }
        out[0] = RADIUS_M * k * east;
        out[1] = RADIUS_M * k * north;
    }

    /**
     * The centre of a set of points: the normalised mean of their unit vectors (the "centre of mass"
     * on the sphere), or (0, 0) when they cancel out. Points are given as {latRad, lonRad}.
     */
    static AzimuthalEquidistant centredOn(Iterable<double[]> latLonRad) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (double[] p : latLonRad) {
            double c = Math.cos(p[0]);
            x += c * Math.cos(p[1]);
            y += c * Math.sin(p[1]);
            z += Math.sin(p[0]);
        }
        double n = Math.sqrt(x * x + y * y + z * z);
        if (n < 1.0e-9) {
            return new AzimuthalEquidistant(0, 0);
        }
        return new AzimuthalEquidistant(Math.asin(z / n), Math.atan2(y, x));
    }
}
