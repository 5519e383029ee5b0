package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.sensor.LineOfSight;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarCoverage;
import org.plumbline.core.sensor.RadarFace;

/**
 * The ground footprint of a radar face: where on the ground a target flying at
 * {@link #REFERENCE_ALTITUDE_M} above it, of cross-section {@link #TARGET_RCS_M2}, is detected.
 *
 * <p>Computed from the core's own detection test, not drawn from nominal ranges: for each azimuth
 * ray inside the face (every {@link #AZIMUTH_STEP_RAD}), the farthest ground range at which
 * {@link RadarCoverage#detects(GeodeticPoint)} holds (WGS84, geometric line of sight, only that face)
 * is found by stepping in by {@link #COARSE_STEP_M} from the detection range and bisecting to
 * {@link #RANGE_RESOLUTION_M}; the nearest such range (the cone above the face's top elevation) is
 * found the same way from the radar outwards. The ring is the outer boundary and the inner one
 * reversed. A detection region thinner than the coarse step at the edge of the range can be missed.
 */
final class RadarFootprint {
    /** Reference altitude of the drawn coverage, m: midcourse of a 1,300-2,000 km MRBM. */
    static final double REFERENCE_ALTITUDE_M = 300_000.0;
    /** Target radar cross-section of the drawn coverage, m^2 (a re-entry vehicle, as in {@code plumbline engage}). */
    static final double TARGET_RCS_M2 = 0.1;
    /** Azimuth step of the rays, rad (1 deg). */
    static final double AZIMUTH_STEP_RAD = Math.toRadians(1.0);
    /** Coarse step of the range search, m. */
    static final double COARSE_STEP_M = 20_000.0;
    /** Resolution of the range boundaries, m. */
    static final double RANGE_RESOLUTION_M = 500.0;

    private RadarFootprint() {
    }

    /**
     * One ring per face, in face order, of surface points {latRad, lonRad}; an empty list for a face
     * that detects nothing at the reference altitude.
     */
    static List<List<double[]>> faces(Radar radar) {
        Geodesy geodesy = new Geodesy(EarthModel.WGS84);
        List<List<double[]>> out = new ArrayList<>();
        for (RadarFace face : radar.faces()) {
            Radar single = new Radar(radar.id(), radar.type(), radar.position(), List.of(face),
                    radar.detectionRangeM(), radar.referenceRcsM2(), radar.instrumentedRangeM(),
                    radar.trackFormationS(), radar.reportingLatencyS());
            RadarCoverage coverage = RadarCoverage.of(single, EarthModel.WGS84, TARGET_RCS_M2, LineOfSight.GEOMETRIC);
            double maxRangeM = coverage.detectionRangeM();
            // Stay a hair inside the face so that rounding at its edges does not lose the edge rays.
            double half = Math.min(face.halfWidthRad(), Math.PI) - 1.0e-7;
            int n = Math.max(2, (int) Math.ceil(2 * half / AZIMUTH_STEP_RAD));
            List<double[]> outer = new ArrayList<>(n + 1);
            List<double[]> inner = new ArrayList<>(n + 1);
            boolean any = false;
            for (int k = 0; k <= n; k++) {
                double az = face.boresightAzimuthRad() - half + 2 * half * k / n;
                double far = farthest(coverage, geodesy, radar.position(), az, maxRangeM);
                if (far < 0) {
                    outer.add(new double[] {radar.position().latitudeRad(), radar.position().longitudeRad()});
                    inner.add(outer.get(outer.size() - 1));
                    continue;
                }
                any = true;
                double near = nearest(coverage, geodesy, radar.position(), az, far);
                outer.add(surface(geodesy, radar.position(), az, far));
                inner.add(surface(geodesy, radar.position(), az, near));
            }
            if (!any) {
                out.add(List.of());
                continue;
            }
            List<double[]> ring = new ArrayList<>(outer);
            for (int k = inner.size() - 1; k >= 0; k--) {
                double[] p = inner.get(k);
                double[] last = ring.get(ring.size() - 1);
                if (p[0] != last[0] || p[1] != last[1]) {
                    ring.add(p);
                }
            }
            out.add(List.copyOf(ring));
        }
        return out;
    }

    private static boolean detects(RadarCoverage c, Geodesy g, GeodeticPoint origin, double az, double rangeM) {
        GeodeticPoint p = g.destination(origin, az, rangeM);
        return c.detects(new GeodeticPoint(p.latitudeRad(), p.longitudeRad(), REFERENCE_ALTITUDE_M));
    }

    /** Farthest detected ground range along the ray, m, or -1. */
    private static double farthest(RadarCoverage c, Geodesy g, GeodeticPoint origin, double az, double maxM) {
        double r = maxM;
        while (r >= 0 && !detects(c, g, origin, az, r)) {
            r -= COARSE_STEP_M;
        }
        if (r < 0) {
            if (!detects(c, g, origin, az, 0.0)) {
                return -1;
            }
            r = 0;
        }
        double lo = r;
        double hi = Math.min(maxM, r + COARSE_STEP_M);
        if (detects(c, g, origin, az, hi)) {
            return hi;
        }
        while (hi - lo > RANGE_RESOLUTION_M) {
            double mid = 0.5 * (lo + hi);
            if (detects(c, g, origin, az, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Nearest detected ground range along the ray, m, knowing that farM is detected. */
    private static double nearest(RadarCoverage c, Geodesy g, GeodeticPoint origin, double az, double farM) {
        if (detects(c, g, origin, az, 0.0)) {
            return 0.0;
        }
        double r = 0;
        while (r + COARSE_STEP_M < farM && !detects(c, g, origin, az, r + COARSE_STEP_M)) {
            r += COARSE_STEP_M;
        }
        double lo = r;
        double hi = Math.min(farM, r + COARSE_STEP_M);
        while (hi - lo > RANGE_RESOLUTION_M) {
            double mid = 0.5 * (lo + hi);
            if (detects(c, g, origin, az, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static double[] surface(Geodesy g, GeodeticPoint origin, double az, double rangeM) {
        GeodeticPoint p = g.destination(origin, az, rangeM);
        return new double[] {p.latitudeRad(), p.longitudeRad()};
    }
}
