package org.plumbline.core.engagement;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.FlyOut;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.InterceptorReach;

/**
 * Kinematic engagement of one threat track by one interceptor site.
 *
 * <p>An intercept at track sample i (time t_i, ground range s_i from the site, altitude h_i) is
 * feasible when h_i is inside the interceptor's altitude band, s_i inside its range limits, the
 * least fly-out time T(s_i, h_i) toward the point's azimuth from the site ({@link InterceptorReach}) is
 * within the maximum flight time, the
 * interceptor can be launched in time (t_i - T ≥ earliest launch) and a usable track still exists
 * at t_i. Ground ranges are great-circle distances on the fly-out model's sphere.
 *
 * <p>Shoot-look-shoot: the first shot leaves at the earliest launch and meets the threat at the
 * first feasible point; each further shot leaves no earlier than the previous intercept plus the
 * assessment time and meets the threat at the first point it can reach.
 *
 * <p>Closing speed and crossing angle use the threat's Earth-fixed velocity and the least-time
 * fly-out's arrival speed and flight-path angle, heading away from the site along the great circle.
 */
public final class Engagement {
    /** Per-thread scratch of the latest launch times of one evaluation, grown to the longest track. */
    private static final ThreadLocal<double[]> LAUNCH_BY = ThreadLocal.withInitial(() -> new double[0]);

    private Engagement() {
    }

    /**
     * Evaluates a site against a track.
     *
     * @param track            the threat
     * @param site             interceptor site position
     * @param table            the interceptor's reach table
     * @param firstTrackS      time of the first usable track (or cue) the site may fire on, s
     * @param totalDelayS      command delays plus the interceptor's launch delay, s
     * @param trackEndS        time after which no usable track exists, s
     * @param assessmentS      time to assess a shot before the next, s
     */
    public static EngagementWindow evaluate(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                            double firstTrackS, double totalDelayS, double trackEndS,
                                            double assessmentS) {
        // This method only drives three others, each compiled on its own: the per-sample loop
        // (Evaluator.scan), the reason of an infeasible window and the shoot-look-shoot pass.
        // When all of it was one method, C2 compiled the loop together with the reasons' formatting
        // and the reach tables' sector build into a 65-145 KB method, and compiled all of it again
        // (3-10 times a run, 0.2-0.9 s each) whenever a branch that had gone one way while the loop
        // was profiled went the other as a new interceptor variant (a corner, a margin step)
        // arrived: a range beyond the arcsine series of centralAngle, a point beyond a reach
        // table's limits, the shots loop's limit check. Now such a trap recompiles only the
        // method it is in, of 5-12 KB. See docs/performance.md, "The default assessment".
        Evaluator e = new Evaluator(track, site, table, trackEndS);
        double earliestLaunch = firstTrackS + totalDelayS;
        // The latest launch of each sample, kept for the shoot-look-shoot pass below (which would
        // otherwise compute the window's samples a second time); per-thread scratch, no allocation.
        double[] launchBy = LAUNCH_BY.get();
        if (launchBy.length < track.size()) {
            launchBy = new double[track.size()];
            LAUNCH_BY.set(launchBy);
        }
        e.scan(earliestLaunch, launchBy);
        double criticalDelay = e.bestLaunch == Double.NEGATIVE_INFINITY ? -1.0 : e.bestLaunch - firstTrackS;
        if (e.first < 0) {
            return infeasible(track, e.bestLaunch, earliestLaunch, criticalDelay, totalDelayS, trackEndS);
        }
        return shootLookShoot(track, site, table, e, launchBy, earliestLaunch, assessmentS, criticalDelay);
    }

    /**
     * The window with no feasible sample, and why. Out of line from {@link #evaluate} so that the
     * formatting (String.format and the Formatter it runs) is compiled once here, not into every
     * compilation of the evaluation.
     */
    private static EngagementWindow infeasible(ThreatTrack track, double bestLaunch, double earliestLaunch,
                                               double criticalDelay, double totalDelayS, double trackEndS) {
        String reason = bestLaunch == Double.NEGATIVE_INFINITY ? String.format(java.util.Locale.ROOT,
                "no point of the trajectory is inside the interceptor's reach while a usable track exists "
                        + "(until %.0f s)", Math.min(trackEndS, track.endS()))
                : String.format(java.util.Locale.ROOT, "too late: the last chance to launch is %.0f s after the "
                + "first usable track, the delays are %.0f s", criticalDelay, totalDelayS);
        return new EngagementWindow(false, reason, earliestLaunch, 0, 0, 0, List.of(), criticalDelay);
    }

    /**
     * Shoot-look-shoot over the feasible samples first..last of a scan, from the latest launch
     * times it kept: each shot meets the threat at the first sample it can reach in time. Out of
     * line from {@link #evaluate} (and from the per-sample loop): it runs once per feasible window
     * and builds the intercept points and the result.
     */
    private static EngagementWindow shootLookShoot(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                                   Evaluator e, double[] launchBy, double earliestLaunch,
                                                   double assessmentS, double criticalDelay) {
        int first = e.first;
        int last = e.last;
        List<InterceptPoint> shots = new ArrayList<>();
        double launchAfter = earliestLaunch;
        for (int k = first; k <= last; k++) {
            double lb = launchBy[k];
            if (lb >= launchAfter) {
                shots.add(intercept(track, k, lb, e.rangeM(k), e.azimuthRad(k), table, site));
                launchAfter = track.tS[k] + assessmentS;
            }
        }
        return new EngagementWindow(true, "", earliestLaunch, track.tS[first], track.tS[last], shots.size(), shots,
                criticalDelay);
    }

    /**
     * The same evaluation without its shortcuts (the first version, kept as the reference that
     * {@code EngagementTest} compares {@link #evaluate} with): samples after the end of the usable
     * track are visited, and the shoot-look-shoot pass computes the window's latest launch times
     * again.
     */
    static EngagementWindow evaluateReference(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                              double firstTrackS, double totalDelayS, double trackEndS,
                                              double assessmentS) {
        Evaluator e = new Evaluator(track, site, table, trackEndS);
        double earliestLaunch = firstTrackS + totalDelayS;
        int n = track.size();
        int first = -1;
        int last = -1;
        double bestLaunch = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double lb = e.launchBy(i);
            if (lb == Double.NEGATIVE_INFINITY) {
                continue;
            }
            bestLaunch = Math.max(bestLaunch, lb);
            if (lb >= earliestLaunch) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        double criticalDelay = bestLaunch == Double.NEGATIVE_INFINITY ? -1.0 : bestLaunch - firstTrackS;
        if (first < 0) {
            String reason = bestLaunch == Double.NEGATIVE_INFINITY ? String.format(java.util.Locale.ROOT,
                    "no point of the trajectory is inside the interceptor's reach while a usable track exists "
                            + "(until %.0f s)", Math.min(trackEndS, track.endS()))
                    : String.format(java.util.Locale.ROOT, "too late: the last chance to launch is %.0f s after the "
                    + "first usable track, the delays are %.0f s", criticalDelay, totalDelayS);
            return new EngagementWindow(false, reason, earliestLaunch, 0, 0, 0, List.of(), criticalDelay);
        }
        // Shoot-look-shoot: each shot meets the threat at the first sample it can reach in time.
        List<InterceptPoint> shots = new ArrayList<>();
        double launchAfter = earliestLaunch;
        for (int k = first; k <= last; k++) {
            double lb = e.launchBy(k);
            if (lb >= launchAfter) {
                shots.add(intercept(track, k, lb, e.rangeM(k), e.azimuthRad(k), table, site));
                launchAfter = track.tS[k] + assessmentS;
            }
        }
        return new EngagementWindow(true, "", earliestLaunch, track.tS[first], track.tS[last], shots.size(), shots,
                criticalDelay);
    }

    // Every sample is evaluated: a coarser first pass (every 8th, tried) missed feasible sets that split
    // where the threat passes above the interceptor's reach, and isolated feasible samples at the edge
    // of the envelope (found by comparison with brute force).

    /**
     * The latest launch time of each sample (negative infinity where unreachable), computed on demand
     * without storing: evaluations allocate nothing. The great-circle range uses
     * {@link #centralAngle}; the azimuth is computed only for azimuth-dependent reach.
     */
    private static final class Evaluator {
        final ThreatTrack track;
        final InterceptorReach table;
        final Interceptor it;
        final double trackEndS;
        final boolean byAzimuth;
        final double sx;
        final double sy;
        final double sz;
        /** The site's local east and north unit vectors, for the azimuth of each point. */
        final double ex;
        final double ey;
        final double nx;
        final double ny;
        final double nz;

        /** Results of {@link #scan}: the first and last feasible samples (-1 when none), the latest launch. */
        int first = -1;
        int last = -1;
        double bestLaunch = Double.NEGATIVE_INFINITY;

        Evaluator(ThreatTrack track, GeodeticPoint site, InterceptorReach table, double trackEndS) {
            this.track = track;
            this.table = table;
            this.it = table.interceptor();
            this.trackEndS = trackEndS;
            this.byAzimuth = table.dependsOnAzimuth();
            sx = Math.cos(site.latitudeRad()) * Math.cos(site.longitudeRad());
            sy = Math.cos(site.latitudeRad()) * Math.sin(site.longitudeRad());
            sz = Math.sin(site.latitudeRad());
            ex = -Math.sin(site.longitudeRad());
            ey = Math.cos(site.longitudeRad());
            nx = -sz * Math.cos(site.longitudeRad());
            ny = -sz * Math.sin(site.longitudeRad());
            nz = Math.cos(site.latitudeRad());
        }

        /**
         * The per-sample loop of {@link Engagement#evaluate}, the hot code of every assessment: the
         * latest launch of each sample into launchBy, the first and last samples that can be
         * launched at earliestLaunch or later, and the latest launch of all. A method of its own so
         * that C2 compiles it small (the sample's checks, the range and azimuth, the reach lookup's
         * fast path) and, when one of its branches changes direction, recompiles only this.
         */
        void scan(double earliestLaunch, double[] launchBy) {
            int n = track.size();
            int firstFeasible = -1;
            int lastFeasible = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (track.tS[i] > trackEndS) {
                    // No usable track from here on (times increase): no sample after can be feasible.
                    break;
                }
                double lb = launchBy(i);
                launchBy[i] = lb;
                if (lb == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                best = Math.max(best, lb);
                if (lb >= earliestLaunch) {
                    if (firstFeasible < 0) {
                        firstFeasible = i;
                    }
                    lastFeasible = i;
                }
            }
            first = firstFeasible;
            last = lastFeasible;
            bestLaunch = best;
        }

        double rangeM(int i) {
            return FlyOut.EARTH_RADIUS_M * centralAngle(sx - track.ux[i], sy - track.uy[i], sz - track.uz[i]);
        }

        double azimuthRad(int i) {
            return byAzimuth ? Math.atan2(ex * track.ux[i] + ey * track.uy[i],
                    nx * track.ux[i] + ny * track.uy[i] + nz * track.uz[i]) : 0.0;
        }

        double launchBy(int i) {
            double t = track.tS[i];
            double h = track.altM[i];
            if (t > trackEndS || h < it.minInterceptAltitudeM() || h > it.maxInterceptAltitudeM()) {
                return Double.NEGATIVE_INFINITY;
            }
            double s = rangeM(i);
            if (s < it.minRangeM() || s > it.maxRangeM()) {
                return Double.NEGATIVE_INFINITY;
            }
            double fly = table.minTimeS(s, h, azimuthRad(i));
            return fly <= it.maxFlightTimeS() ? t - fly : Double.NEGATIVE_INFINITY;
        }
    }

    /**
     * The angle (rad) between two unit vectors from their difference d: 2 asin(|d| / 2), with asin
     * by its Taylor series through x^13 for x = |d|/2 <= 0.2 (ground ranges up to about 2,580 km),
     * where the truncation error is below 1e-12 rad, and Math.asin beyond.
     */
    static double centralAngle(double dx, double dy, double dz) {
        double x = 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (x > 0.2) {
            return 2.0 * Math.asin(Math.min(1.0, x));
        }
        double x2 = x * x;
        double series = 1.0 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456
                + x2 * (945.0 / 42240 + x2 * (10395.0 / 599040))))));
        return 2.0 * x * series;
    }

    private static InterceptPoint intercept(ThreatTrack track, int i, double launchS, double rangeM, double azimuthRad,
                                            InterceptorReach table, GeodeticPoint site) {
        double lat = track.latRad[i];
        double lon = track.lonRad[i];
        double[] arrival = table.arrival(rangeM, track.altM[i], azimuthRad);
        // Local east-north-up at the point.
        double sl = Math.sin(lat);
        double cl = Math.cos(lat);
        double so = Math.sin(lon);
        double co = Math.cos(lon);
        double ve = -so * track.vx[i] + co * track.vy[i];
        double vn = -sl * co * track.vx[i] - sl * so * track.vy[i] + cl * track.vz[i];
        double vu = cl * co * track.vx[i] + cl * so * track.vy[i] + sl * track.vz[i];
        // Heading of the interceptor at the point: the bearing from the point back to the site, plus pi.
        double toSiteLon = site.longitudeRad() - lon;
        double back = Math.atan2(Math.sin(toSiteLon) * Math.cos(site.latitudeRad()),
                Math.cos(lat) * Math.sin(site.latitudeRad())
                        - Math.sin(lat) * Math.cos(site.latitudeRad()) * Math.cos(toSiteLon));
        double az = back + Math.PI;
        double speed = arrival[0];
        double gamma = arrival[1];
        double ie = speed * Math.cos(gamma) * Math.sin(az);
        double in = speed * Math.cos(gamma) * Math.cos(az);
        double iu = speed * Math.sin(gamma);
        double de = ve - ie;
        double dn = vn - in;
        double du = vu - iu;
        double closing = Math.sqrt(de * de + dn * dn + du * du);
        double vt = Math.sqrt(ve * ve + vn * vn + vu * vu);
        double cos = rangeM < 1.0 || vt == 0 || speed == 0 ? -1.0 : (ve * ie + vn * in + vu * iu) / (vt * speed);
        double crossing = Math.acos(Math.max(-1.0, Math.min(1.0, cos)));
        return new InterceptPoint(track.tS[i], launchS, track.altM[i], lat, lon, rangeM, closing, crossing);
    }

}
