package org.plumbline.core.earth;

/**
 * Conversions between geodetic coordinates and Earth-centred Cartesian coordinates on the
 * reference ellipsoid of an {@link EarthModel}.
 *
 * <p>Cartesian to geodetic uses Bowring's method with two iterations of the parametric latitude
 * (B. R. Bowring, "Transformation from spatial to geographical coordinates", Survey Review 23(181),
 * 1976, pp. 323-327), written without trigonometric calls so that the altitude can be evaluated
 * inside the integrator. For heights from -10 km to 10,000 km the latitude error is below 1e-12 rad
 * and the height error below 1 mm (checked against a converged iteration in the tests); the height
 * alone ({@link #altitudeM}) needs one iteration. On a sphere (f = 0) the result is exact.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Ellipsoid {
    private final double a;
    private final double b;
    private final double e2;
    private final double ep2;
    private final double oneMinusF;

    public Ellipsoid(EarthModel earth) {
        this.a = earth.equatorialRadiusM();
        this.b = earth.polarRadiusM();
        this.e2 = earth.eccentricitySquared();
        this.ep2 = e2 / (1.0 - e2);
        this.oneMinusF = 1.0 - earth.flattening();
    }

    /** Writes the Cartesian position (m) of a geodetic point into {@code out[0..2]}. */
    public void toCartesian(double latRad, double lonRad, double altM, double[] out) {
        toCartesian(Math.sin(latRad), Math.cos(latRad), Math.sin(lonRad), Math.cos(lonRad), altM, out);
    }

    /**
     * {@link #toCartesian(double, double, double, double[])} from the sines and cosines of the
     * latitude and longitude, for a caller that needs them too: the same values, bit for bit.
     */
    public void toCartesian(double sinLat, double cosLat, double sinLon, double cosLon, double altM, double[] out) {
        double n = a / Math.sqrt(1.0 - e2 * sinLat * sinLat);
        out[0] = (n + altM) * cosLat * cosLon;
        out[1] = (n + altM) * cosLat * sinLon;
        out[2] = (n * (1.0 - e2) + altM) * sinLat;
    }

    /** The Cartesian position (m) of a geodetic point as a new array. */
    public double[] toCartesian(GeodeticPoint p) {
        double[] out = new double[3];
        toCartesian(p.latitudeRad(), p.longitudeRad(), p.altitudeM(), out);
        return out;
    }

    /** Geodetic point of a Cartesian position (m). */
    public GeodeticPoint toGeodetic(double x, double y, double z) {
        double[] out = new double[3];
        toGeodetic(x, y, z, out);
        return new GeodeticPoint(out[0], out[1], out[2]);
    }

    /**
     * {@link #toGeodetic(double, double, double)} into out: latitude (rad), longitude (rad) and
     * height (m), the same values without allocating (the sampled flights convert a state a second).
     */
    public void toGeodetic(double x, double y, double z, double[] out) {
        double p = Math.sqrt(x * x + y * y);
        sinCosLatitude(p, z, out);
        double sinPhi = out[0];
        double cosPhi = out[1];
        out[0] = Math.atan2(sinPhi, cosPhi);
        out[1] = p == 0.0 ? 0.0 : Math.atan2(y, x);
        out[2] = height(p, z, sinPhi, cosPhi);
    }

    /**
     * Height above the ellipsoid (m) of a Cartesian position. The height does not depend on the
     * longitude, so it is the same in any frame that turns about the polar axis.
     *
     * <p>One iteration of Bowring's method, not two: the height p cos(phi) + z sin(phi) - a
     * sqrt(1 - e^2 sin^2(phi)) is stationary in the latitude phi (its derivative is the distance along
     * the normal, zero on it), so the first iteration's latitude error, up to 8e-9 rad at 10,000 km,
     * changes it by its square times the radius: from -10 km to 10,000 km the height is within 5e-9 m
     * of the converged one (rounding; EllipsoidTest). This is the integrators' hot path (the air
     * density of every evaluation of a powered flight's equations); one iteration saves 2 square roots
     * and 4 divisions of 6 and 8.
     */
    public double altitudeM(double x, double y, double z) {
        double p = Math.sqrt(x * x + y * y);
        double sinPhi;
        double cosPhi;
        // The first iteration of sinCosLatitude, inline to keep the integrator's hot path free of allocation.
        double s = a * z;
        double c = b * p;
        double n = Math.sqrt(s * s + c * c);
        s /= n;
        c /= n;
        double num = z + ep2 * b * s * s * s;
        double den = p - e2 * a * c * c * c;
        double m = Math.sqrt(num * num + den * den);
        sinPhi = num / m;
        cosPhi = den / m;
        return height(p, z, sinPhi, cosPhi);
    }

    /** Geocentric radius (m) of the ellipsoid surface at geodetic latitude latRad. */
    public double surfaceRadiusM(double latRad) {
        double[] out = new double[3];
        toCartesian(latRad, 0.0, 0.0, out);
        return Math.hypot(out[0], out[2]);
    }

    /** Sine and cosine of the geodetic latitude (two Bowring iterations) into out[0] and out[1]. */
    private void sinCosLatitude(double p, double z, double[] out) {
        double s = a * z;
        double c = b * p;
        double sinPhi = 0.0;
        double cosPhi = 1.0;
        for (int i = 0; i < 2; i++) {
            double n = Math.sqrt(s * s + c * c);
            s /= n;
            c /= n;
            double num = z + ep2 * b * s * s * s;
            double den = p - e2 * a * c * c * c;
            double m = Math.sqrt(num * num + den * den);
            sinPhi = num / m;
            cosPhi = den / m;
            s = oneMinusF * sinPhi;
            c = cosPhi;
        }
        out[0] = sinPhi;
        out[1] = cosPhi;
    }

    private double height(double p, double z, double sinPhi, double cosPhi) {
        return p * cosPhi + z * sinPhi - a * Math.sqrt(1.0 - e2 * sinPhi * sinPhi);
    }
}
