package org.plumbline.core.sensor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;

import static org.plumbline.core.math.Checks.checkPositive;

/**
 * Where a radar detects a target of a given radar cross-section, and when along a path.
 *
 * <p>A target is detected when all of these hold:
 * <ol>
 *   <li>its slant range is at most {@link Radar#detectionRangeM(double)} for the cross-section (the
 *       fourth-root scaling of the radar equation, capped at the instrumented range);
 *   <li>it is in line of sight ({@link RadarGeometry#isVisible}: elevation at least the mask, ray
 *       above the surface);
 *   <li>it lies inside at least one face ({@link RadarGeometry#isInsideFace}); with refraction the
 *       face's elevation limits apply to the apparent elevation. Straight overhead is inside every
 *       face whose elevation limits include pi/2.
 * </ol>
 *
 * <h2>Detection intervals</h2>
 * {@link #detectionIntervals(TargetPath)} evaluates the test at every knot of the path; where it
 * changes between two knots the boundary is found by bisection on the interpolated path to
 * {@link #BOUNDARY_TOLERANCE_S}, and the interval is closed on the detected side, so every reported
 * interval lies inside the true one (on the interpolated path) and is shorter by less than twice the
 * tolerance. The error of the boundaries is then that of the interpolation ({@link TargetPath}): a
 * position error of d metres moves a boundary by d divided by the rate at which the target crosses
 * it (for a horizon or range crossing at km/s, a few milliseconds per metre). A detection that
 * begins and ends between two knots is not seen: with 10 s samples, glimpses shorter than 10 s at
 * the edge of a face or of the range can be missed.
 *
 * <p>Immutable and thread-safe. Evaluation allocates only its result and one scratch array. Cost:
 * one test per knot (about 40 ns; 100 ns with refraction) plus 14 per boundary; a 186-knot ICBM
 * path and a three-faced radar take about 7 microseconds (19 with refraction), building the
 * {@link TargetPath} about 10 more.
 */
public final class RadarCoverage {
    /** Bisection tolerance on the time of an interval boundary, s. */
    public static final double BOUNDARY_TOLERANCE_S = 1.0e-3;

    private final Radar radar;
    private final RadarGeometry geometry;
    private final LineOfSight lineOfSight;
    private final double targetRcsM2;
    private final double detectionRangeM;
    private final double maxRangeSquaredM2;
    private final double maskRad;
    private final double k;
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
    private final double[] faceSinBoresight;
    private final double[] faceCosBoresight;
    private final double[] faceCosHalfWidth;
    private final double[] faceMinElevationRad;
    private final double[] faceMaxElevationRad;
    /** Sine and cosine of the mask and of each face's elevation limits (the comparisons of {@link #detects(double, double, double)}). */
    private final double sinMask;
    private final double cosMask;
    private final double[] faceSinMin;
    private final double[] faceCosMin;
    private final double[] faceSinMax;
    private final double[] faceCosMax;

    private RadarCoverage(Radar radar, EarthModel earth, double targetRcsM2, LineOfSight lineOfSight) {
        this.radar = radar;
        this.geometry = RadarGeometry.of(earth, radar.position());
        this.lineOfSight = lineOfSight;
        this.targetRcsM2 = targetRcsM2;
        this.detectionRangeM = radar.detectionRangeM(targetRcsM2);
        this.maxRangeSquaredM2 = detectionRangeM * detectionRangeM;
        this.maskRad = lineOfSight.elevationMaskRad();
        this.k = lineOfSight.effectiveEarthRadiusFactor();
        sx = geometry.stationX();
        sy = geometry.stationY();
        sz = geometry.stationZ();
        double[] b = geometry.enuBasis();
        ex = b[0];
        ey = b[1];
        nx = b[2];
        ny = b[3];
        nz = b[4];
        ux = b[5];
        uy = b[6];
        uz = b[7];
        int f = radar.faces().size();
        faceSinBoresight = new double[f];
        faceCosBoresight = new double[f];
        faceCosHalfWidth = new double[f];
        faceMinElevationRad = new double[f];
        faceMaxElevationRad = new double[f];
        faceSinMin = new double[f];
        faceCosMin = new double[f];
        faceSinMax = new double[f];
        faceCosMax = new double[f];
        sinMask = Math.sin(maskRad);
        cosMask = Math.cos(maskRad);
        for (int i = 0; i < f; i++) {
            RadarFace face = radar.faces().get(i);
            faceSinBoresight[i] = Math.sin(face.boresightAzimuthRad());
            faceCosBoresight[i] = Math.cos(face.boresightAzimuthRad());
            // A half-width of pi covers every azimuth; -1 keeps rounding from excluding the back.
            faceCosHalfWidth[i] = face.halfWidthRad() >= Math.PI ? -1.0 : Math.cos(face.halfWidthRad());
            faceMinElevationRad[i] = face.minElevationRad();
            faceMaxElevationRad[i] = face.maxElevationRad();
            faceSinMin[i] = Math.sin(face.minElevationRad());
            faceCosMin[i] = Math.cos(face.minElevationRad());
            faceSinMax[i] = Math.sin(face.maxElevationRad());
            faceCosMax[i] = Math.cos(face.maxElevationRad());
        }
    }

    /**
     * The coverage of a radar on an Earth model against a target of cross-section targetRcsM2 (m^2),
     * with a line-of-sight model.
     */
    public static RadarCoverage of(Radar radar, EarthModel earth, double targetRcsM2, LineOfSight lineOfSight) {
        Objects.requireNonNull(radar, "radar");
        Objects.requireNonNull(earth, "earth");
        Objects.requireNonNull(lineOfSight, "lineOfSight");
        checkPositive("targetRcsM2", targetRcsM2, "m^2");
        return new RadarCoverage(radar, earth, targetRcsM2, lineOfSight);
    }

    public Radar radar() {
        return radar;
    }

    public RadarGeometry geometry() {
        return geometry;
    }

    public LineOfSight lineOfSight() {
        return lineOfSight;
    }

    public double targetRcsM2() {
        return targetRcsM2;
    }

    /** Detection range against the target, m (capped at the instrumented range). */
    public double detectionRangeM() {
        return detectionRangeM;
    }

    /**
     * Whether the radar detects a target at an ECEF position (m): the answers of
     * {@link #detectsReference}, which compares the elevation atan2(u, h) with each limit; with
     * refraction, the apparent elevation compared the same way. Without
     * refraction the elevation is not computed: whether it is at least a limit t is the sign of
     * d = u cos t - h sin t = rho sin(elevation - t) (rho the slant range; both angles lie in
     * [-pi/2, pi/2], so their difference in (-pi, pi)), decided when |d| exceeds
     * {@link #SIGN_SLACK} (|u| + h). Then elevation and t differ by more than about 1e-12 rad, far
     * beyond the rounding of d (a few 1e-16 (|u| + h)) and the error of atan2 (under 2 ulps, 5e-16
     * rad), so the comparison of atan2(u, h) with t comes out the same. Within the slack, atan2 is
     * computed and compared, as the reference does. atan2 here (fdlibm in Java 17, about 30 ns) was
     * 1.6 % of the default assessment's CPU and 3.4 % of the 0.1 deg map's.
     */
    public boolean detects(double xM, double yM, double zM) {
        return detects(xM, yM, zM, false);
    }

    /**
     * The detection test with the elevation computed (atan2 without refraction) and compared with
     * each limit: what {@link #detects(double, double, double)} answers, kept as its reference
     * (RadarCoverageTest compares the two).
     */
    boolean detectsReference(double xM, double yM, double zM) {
        return detects(xM, yM, zM, true);
    }

    private boolean detects(double xM, double yM, double zM, boolean reference) {
        double dx = xM - sx;
        double dy = yM - sy;
        double dz = zM - sz;
        if (dx * dx + dy * dy + dz * dz > maxRangeSquaredM2) {
            return false;
        }
        double e = dx * ex + dy * ey;
        double n = dx * nx + dy * ny + dz * nz;
        double u = dx * ux + dy * uy + dz * uz;
        double h = Math.sqrt(e * e + n * n);
        if (reference || k != 1.0) {
            double elevation = k == 1.0 ? Math.atan2(u, h) : geometry.apparentElevationRad(e, n, u, h, k);
            if (elevation < maskRad) {
                return false;
            }
            if (elevation < 0.0 && geometry.isBlockedEnu(e, n, u, h, k, xM, yM, zM)) {
                return false;
            }
            for (int i = 0; i < faceCosHalfWidth.length; i++) {
                if (elevation >= faceMinElevationRad[i] && elevation <= faceMaxElevationRad[i]
                        && inFaceAzimuth(i, e, n, h)) {
                    return true;
                }
            }
            return false;
        }
        double slack = SIGN_SLACK * (Math.abs(u) + h);
        if (!atLeast(u, h, sinMask, cosMask, maskRad, slack)) {
            return false;
        }
        // atan2(u, h) < 0 exactly when u < 0 and u / h does not underflow to -0.0 (h >= 0 and, inside
        // the detection range, at most 1e8 m: below -1e-300 it cannot; closer to 0, atan2 decides).
        if (u < 0.0 && (u < -1.0e-300 || Math.atan2(u, h) < 0.0)
                && geometry.isBlockedEnu(e, n, u, h, k, xM, yM, zM)) {
            return false;
        }
        for (int i = 0; i < faceCosHalfWidth.length; i++) {
            if (atLeast(u, h, faceSinMin[i], faceCosMin[i], faceMinElevationRad[i], slack)
                    && atMost(u, h, faceSinMax[i], faceCosMax[i], faceMaxElevationRad[i], slack)
                    && inFaceAzimuth(i, e, n, h)) {
                return true;
            }
        }
        return false;
    }

    /** cos(azimuth - boresight) &ge; cos(half-width) for face i, scaled by h: no atan2 on the hot path. */
    private boolean inFaceAzimuth(int i, double e, double n, double h) {
        return e * faceSinBoresight[i] + n * faceCosBoresight[i] >= h * faceCosHalfWidth[i];
    }

    /** Relative slack of the sign test of {@link #detects(double, double, double)}. */
    static final double SIGN_SLACK = 1.0e-12;

    /** Whether atan2(u, h) &ge; limitRad (sin and cos of the limit given), as {@link #detects(double, double, double)} says. */
    private static boolean atLeast(double u, double h, double sinLimit, double cosLimit, double limitRad,
                                   double slack) {
        double d = u * cosLimit - h * sinLimit;
        if (d > slack) {
            return true;
        }
        if (d < -slack) {
            return false;
        }
        return Math.atan2(u, h) >= limitRad;
    }

    /** Whether atan2(u, h) &le; limitRad (sin and cos of the limit given), as {@link #detects(double, double, double)} says. */
    private static boolean atMost(double u, double h, double sinLimit, double cosLimit, double limitRad,
                                  double slack) {
        double d = u * cosLimit - h * sinLimit;
        if (d < -slack) {
            return true;
        }
        if (d > slack) {
            return false;
        }
        return Math.atan2(u, h) <= limitRad;
    }

    /** Whether the radar detects a target at a geodetic point. */
    public boolean detects(GeodeticPoint target) {
        double[] p = new double[3];
        geometry.toCartesian(target, p);
        return detects(p[0], p[1], p[2]);
    }

    /** The disjoint detection intervals along a path, in time order; empty when never detected. */
    public List<DetectionInterval> detectionIntervals(TargetPath path) {
        List<DetectionInterval> out = new ArrayList<>(2);
        double[] p = new double[3];
        path.knotPosition(0, p);
        boolean previous = detects(p[0], p[1], p[2]);
        double startS = path.startS();
        int last = path.size() - 1;
        for (int i = 1; i <= last; i++) {
            path.knotPosition(i, p);
            boolean current = detects(p[0], p[1], p[2]);
            if (current != previous) {
                double lo = path.timeS(i - 1);
                double hi = path.timeS(i);
                while (hi - lo > BOUNDARY_TOLERANCE_S) {
                    double mid = 0.5 * (lo + hi);
                    path.positionInSegment(i - 1, mid, p);
                    if (detects(p[0], p[1], p[2]) == previous) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                if (current) {
                    startS = hi;
                } else {
                    out.add(new DetectionInterval(startS, lo));
                }
                previous = current;
            }
        }
        if (previous) {
            out.add(new DetectionInterval(startS, path.endS()));
        }
        return out;
    }

    /** The radar's timeline along a path: detection intervals and the tracks formed in them. */
    public RadarTimeline timeline(TargetPath path) {
        return RadarTimeline.of(radar, detectionIntervals(path));
    }
}
