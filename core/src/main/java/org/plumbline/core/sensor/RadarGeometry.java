package org.plumbline.core.sensor;

import java.util.Objects;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;

/**
 * The view from a radar site: slant range, azimuth and elevation of a target in the site's local
 * east-north-up (ENU) frame, and line of sight over the reference ellipsoid.
 *
 * <p>Frames and units: targets are given as Earth-centred, Earth-fixed (ECEF) Cartesian positions
 * in metres on the {@link EarthModel}'s ellipsoid (as {@link Ellipsoid#toCartesian}) or as geodetic
 * points. The ENU frame has its origin at the antenna, "up" along the ellipsoid normal, so the
 * elevation is measured from the local geodetic horizontal. Azimuth is clockwise from north in
 * [0, 2 pi); straight overhead (horizontal offset below a micrometre) its value is 0. Angles in
 * radians.
 *
 * <h2>Line of sight</h2>
 * A target is in line of sight ({@link #isVisible}) when its elevation is at least the mask of a
 * {@link LineOfSight} and the straight segment from the antenna to it does not pass below the
 * surface.
 * <ul>
 *   <li>Geometric (k = 1): the surface is the ellipsoid itself, tested exactly (the segment against
 *       the quadric). A ray at or above the local horizontal never meets the ellipsoid from an
 *       antenna at or above it (the ellipsoid lies below its tangent plane), so the surface test
 *       matters only for negative masks, down to the limb as seen from a height.
 *   <li>Refracted (k != 1), the effective-Earth-radius model (Skolnik 2001, ch. 8; Doerry,
 *       SAND2012-10690, 2013): rays are straight over a sphere of radius k R, where R is the
 *       ellipsoid's radius of curvature at the antenna in the target's azimuth (Euler:
 *       1/R = cos^2(az)/M + sin^2(az)/N). The target keeps its height h_t above the osculating sphere
 *       and its ground arc s = R theta; on the effective sphere its central angle is theta / k and
 *       the apparent elevation is
 *       <pre>  eps = atan2((kR + h_t) cos(theta/k) - (kR + h_r), (kR + h_t) sin(theta/k))</pre>
 *       with h_r the antenna height. For k = 1 this is the geometric elevation exactly; for small
 *       angles it raises the elevation by about rho (1 - 1/k) / (2R) (rho the slant range), i.e.
 *       rho / 8R for k = 4/3: 0.020 rad (1.1 deg) at 1,000 km. The surface test is done on the
 *       effective sphere. The model assumes refractivity falling linearly with height along the
 *       whole ray; the real atmosphere bends a ray only in its lowest tens of kilometres, so for
 *       targets far above the atmosphere the model overstates the bending (Doerry discusses its
 *       limits). Use it as the optimistic bound of a radar's horizon; the geometric model is the
 *       pessimistic one.
 * </ul>
 * An antenna below the ellipsoid (negative height) sees as if the surface passed through it: the
 * obstructing surface is then the similar ellipsoid (same flattening) through the antenna, or the
 * effective sphere lowered to the antenna's height.
 *
 * <p>Immutable and thread-safe; the query methods allocate nothing unless they return an object.
 */
public final class RadarGeometry {
    /**
     * A segment that dips this far below the surface at most (m) is not blocked: it keeps rounding
     * (about 1e-9 m in ECEF coordinates) from hiding a target on the surface, such as an impact
     * point. It lengthens the limb seen from height h by R / sqrt(2 R h) times itself, and from an
     * antenna on the surface by sqrt(2 R 1e-6 m) = 3.6 m.
     */
    static final double SURFACE_TOLERANCE_M = 1.0e-6;

    /**
     * A target whose horizontal offset is below this (m) counts as straight overhead (azimuth 0):
     * the rounding of ECEF coordinates, about 1e-9 m, would otherwise give it a random azimuth.
     */
    static final double OVERHEAD_M = 1.0e-6;

    private final EarthModel earth;
    private final Ellipsoid ellipsoid;
    private final GeodeticPoint station;
    private final double sx;
    private final double sy;
    private final double sz;
    private final double ex;
    private final double ey;
    private final double nx;
    private final double ny;
    private final double nz;
    private final double ux;
    private final double uy;
    private final double uz;
    /** Meridian radius of curvature M at the antenna, m. */
    private final double meridianRadiusM;
    /** Prime-vertical radius of curvature N at the antenna, m. */
    private final double primeVerticalRadiusM;
    /** Height of the effective sphere's surface in the refracted test: min(0, antenna height), m. */
    private final double surfaceHeightM;
    /**
     * Equatorial radius of the obstructing ellipsoid, m: the reference one, or the similar one
     * through an antenna below it.
     */
    private final double blockA;
    /** Ratio a / b, to scale z so that the obstructing ellipsoid becomes a sphere. */
    private final double blockZScale;

    private RadarGeometry(EarthModel earth, GeodeticPoint station) {
        this.earth = earth;
        this.ellipsoid = new Ellipsoid(earth);
        this.station = station;
        double[] s = ellipsoid.toCartesian(station);
        sx = s[0];
        sy = s[1];
        sz = s[2];
        double sinLat = Math.sin(station.latitudeRad());
        double cosLat = Math.cos(station.latitudeRad());
        double sinLon = Math.sin(station.longitudeRad());
        double cosLon = Math.cos(station.longitudeRad());
        ex = -sinLon;
        ey = cosLon;
        nx = -sinLat * cosLon;
        ny = -sinLat * sinLon;
        nz = cosLat;
        ux = cosLat * cosLon;
        uy = cosLat * sinLon;
        uz = sinLat;
        double a = earth.equatorialRadiusM();
        double e2 = earth.eccentricitySquared();
        double w2 = 1.0 - e2 * sinLat * sinLat;
        primeVerticalRadiusM = a / Math.sqrt(w2);
        meridianRadiusM = a * (1.0 - e2) / (w2 * Math.sqrt(w2));
        surfaceHeightM = Math.min(0.0, station.altitudeM());
        blockZScale = a / earth.polarRadiusM();
        // Below the ellipsoid, a similar (scaled) ellipsoid through the antenna.
        double scaledRadius = Math.sqrt(sx * sx + sy * sy + sz * blockZScale * sz * blockZScale);
        blockA = station.altitudeM() < 0.0 ? Math.min(a, scaledRadius) : a;
    }

    /** The geometry of a radar antenna at a geodetic position (height above the ellipsoid). */
    public static RadarGeometry of(EarthModel earth, GeodeticPoint station) {
        return new RadarGeometry(Objects.requireNonNull(earth, "earth"), Objects.requireNonNull(station, "station"));
    }

    public EarthModel earth() {
        return earth;
    }

    /** The antenna position. */
    public GeodeticPoint station() {
        return station;
    }

    /** Writes the east, north and up components (m) of an ECEF position (m) relative to the antenna into out[0..2]. */
    public void toEnu(double xM, double yM, double zM, double[] out) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        out[0] = dx * ex + dy * ey;
        out[1] = dx * nx + dy * ny + dz * nz;
        out[2] = dx * ux + dy * uy + dz * uz;
    }

    /** Slant range (m) from the antenna to an ECEF position (m). */
    public double slantRangeM(double xM, double yM, double zM) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Azimuth (rad, clockwise from north, in [0, 2 pi)) of an ECEF position (m); 0 straight overhead. */
    public double azimuthRad(double xM, double yM, double zM) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        return azimuthOf(dx * ex + dy * ey, dx * nx + dy * ny + dz * nz);
    }

    /** Geometric elevation (rad, in [-pi/2, pi/2]) of an ECEF position (m) above the local geodetic horizontal. */
    public double elevationRad(double xM, double yM, double zM) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        double e = dx * ex + dy * ey;
        double n = dx * nx + dy * ny + dz * nz;
        double u = dx * ux + dy * uy + dz * uz;
        return Math.atan2(u, Math.sqrt(e * e + n * n));
    }

    /**
     * Elevation (rad) of an ECEF position (m) under the effective-Earth-radius refraction model with
     * factor k (see the class comment); the geometric elevation when k = 1.
     */
    public double apparentElevationRad(double xM, double yM, double zM, double k) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        double e = dx * ex + dy * ey;
        double n = dx * nx + dy * ny + dz * nz;
        double u = dx * ux + dy * uy + dz * uz;
        double h = Math.sqrt(e * e + n * n);
        return k == 1.0 ? Math.atan2(u, h) : apparentElevationRad(e, n, u, h, k);
    }

    /** Slant range, azimuth and geometric elevation of an ECEF position (m). */
    public LookAngles look(double xM, double yM, double zM) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        double e = dx * ex + dy * ey;
        double n = dx * nx + dy * ny + dz * nz;
        double u = dx * ux + dy * uy + dz * uz;
        double h = Math.sqrt(e * e + n * n);
        return new LookAngles(Math.sqrt(h * h + u * u), azimuthOf(e, n), Math.atan2(u, h));
    }

    /** Slant range, azimuth and geometric elevation of a geodetic point. */
    public LookAngles look(GeodeticPoint target) {
        double[] p = new double[3];
        toCartesian(target, p);
        return look(p[0], p[1], p[2]);
    }

    /**
     * Whether an ECEF position (m) is in line of sight: its (apparent, when refracting) elevation is
     * at least the mask and the segment to it stays above the surface.
     */
    public boolean isVisible(double xM, double yM, double zM, LineOfSight lineOfSight) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        double e = dx * ex + dy * ey;
        double n = dx * nx + dy * ny + dz * nz;
        double u = dx * ux + dy * uy + dz * uz;
        return isVisibleEnu(e, n, u, Math.sqrt(e * e + n * n), lineOfSight.elevationMaskRad(),
                lineOfSight.effectiveEarthRadiusFactor(), xM, yM, zM);
    }

    /** Whether a geodetic point is in line of sight (see {@link #isVisible(double, double, double, LineOfSight)}). */
    public boolean isVisible(GeodeticPoint target, LineOfSight lineOfSight) {
        double[] p = new double[3];
        toCartesian(target, p);
        return isVisible(p[0], p[1], p[2], lineOfSight);
    }

    /**
     * Whether a direction lies inside a face's sector: |azimuth - boresight| &lt;= half-width with the
     * difference wrapped into [-pi, pi], and minimum &lt;= elevation &lt;= maximum. Bounds are inclusive.
     */
    public static boolean isInsideFace(RadarFace face, double azimuthRad, double elevationRad) {
        double off = Math.abs(Math.IEEEremainder(azimuthRad - face.boresightAzimuthRad(), 2.0 * Math.PI));
        return off <= face.halfWidthRad() && elevationRad >= face.minElevationRad()
                && elevationRad <= face.maxElevationRad();
    }

    // ------------------------------------------------------------------ kernels shared with RadarCoverage

    /**
     * Line of sight from the target's ENU components (m), their horizontal norm h (m) and its ECEF
     * position (m, for the ellipsoid test); elevation is computed as in {@link #isVisible}.
     */
    boolean isVisibleEnu(double e, double n, double u, double h, double maskRad, double k, double xM, double yM,
                         double zM) {
        double elevation = k == 1.0 ? Math.atan2(u, h) : apparentElevationRad(e, n, u, h, k);
        if (elevation < maskRad) {
            return false;
        }
        return elevation >= 0.0 || !isBlockedEnu(e, n, u, h, k, xM, yM, zM);
    }

    /**
     * Whether the ray to a target (ENU components, their horizontal norm h, ECEF position; m) passes
     * below the surface: the ellipsoid when k = 1, the effective sphere otherwise. Only a ray below
     * the local horizontal can.
     */
    boolean isBlockedEnu(double e, double n, double u, double h, double k, double xM, double yM, double zM) {
        return k == 1.0 ? isBelowEllipsoid(xM, yM, zM) : isBelowEffectiveSphere(e, n, u, h, k);
    }

    /** Apparent elevation (rad) from ENU components (m) and their horizontal norm h (m); see the class comment. */
    double apparentElevationRad(double e, double n, double u, double h, double k) {
        double r = radiusOfCurvatureM(e, n, h);
        double r1 = r + station.altitudeM();
        double along = r1 + u;
        double r2 = Math.sqrt(h * h + along * along);
        double theta = Math.atan2(h, along);
        double kr = k * r;
        double r1k = kr + station.altitudeM();
        double r2k = kr + (r2 - r);
        double thetaK = theta / k;
        return Math.atan2(r2k * Math.cos(thetaK) - r1k, r2k * Math.sin(thetaK));
    }

    /** Radius of curvature (m) of the ellipsoid's normal section at the antenna toward (e, n), by Euler's formula. */
    private double radiusOfCurvatureM(double e, double n, double h) {
        if (h == 0.0) {
            return Math.sqrt(meridianRadiusM * primeVerticalRadiusM);
        }
        return h * h / (n * n / meridianRadiusM + e * e / primeVerticalRadiusM);
    }

    /** Whether the segment from the antenna to an ECEF position dips below the (lowered) ellipsoid. */
    private boolean isBelowEllipsoid(double xM, double yM, double zM) {
        // Scale z so that the ellipsoid becomes a sphere of radius blockA, then find the segment's
        // closest approach to the centre: |S + t D|^2 is smallest at t* = -S.D / D.D.
        double s0 = sx;
        double s1 = sy;
        double s2 = sz * blockZScale;
        double d0 = xM - sx;
        double d1 = yM - sy;
        double d2 = (zM - sz) * blockZScale;
        double dd = d0 * d0 + d1 * d1 + d2 * d2;
        double sd = s0 * d0 + s1 * d1 + s2 * d2;
        double ss = s0 * s0 + s1 * s1 + s2 * s2;
        double t = dd == 0.0 ? 0.0 : Math.max(0.0, Math.min(1.0, -sd / dd));
        double min2 = ss + t * (2.0 * sd + t * dd);
        double limit = blockA - SURFACE_TOLERANCE_M;
        return min2 < limit * limit;
    }

    /** Whether the straight ray of the effective-Earth model dips below the effective sphere. */
    private boolean isBelowEffectiveSphere(double e, double n, double u, double h, double k) {
        double r = radiusOfCurvatureM(e, n, h);
        double r1 = r + station.altitudeM();
        double along = r1 + u;
        double r2 = Math.sqrt(h * h + along * along);
        double thetaK = Math.atan2(h, along) / k;
        double kr = k * r;
        double r1k = kr + station.altitudeM();
        double r2k = kr + (r2 - r);
        // Effective-sphere coordinates in the plane of the ray: antenna at (0, r1k), target at (r2k sin, r2k cos).
        double px = r2k * Math.sin(thetaK);
        double pz = r2k * Math.cos(thetaK) - r1k;
        double dd = px * px + pz * pz;
        double t = dd == 0.0 ? 0.0 : Math.max(0.0, Math.min(1.0, -r1k * pz / dd));
        double cx = t * px;
        double cz = r1k + t * pz;
        double limit = kr + surfaceHeightM - SURFACE_TOLERANCE_M;
        return cx * cx + cz * cz < limit * limit;
    }

    private static double azimuthOf(double e, double n) {
        if (Math.abs(e) < OVERHEAD_M && Math.abs(n) < OVERHEAD_M) {
            return 0.0;
        }
        double az = Math.atan2(e, n);
        if (az < 0.0) {
            az += 2.0 * Math.PI;
            // A tiny negative angle rounds to 2 pi; keep the result in [0, 2 pi).
            return az < 2.0 * Math.PI ? az : 0.0;
        }
        return az;
    }

    void toCartesian(GeodeticPoint p, double[] out) {
        ellipsoid.toCartesian(p.latitudeRad(), p.longitudeRad(), p.altitudeM(), out);
    }

    // ------------------------------------------------------------------ accessors for the hot path

    double stationX() {
        return sx;
    }

    double stationY() {
        return sy;
    }

    double stationZ() {
        return sz;
    }

    double[] enuBasis() {
        return new double[] {ex, ey, nx, ny, nz, ux, uy, uz};
    }
}
