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
 *
 * <p>The answer is that of evaluating every sample; {@link #evaluate} reaches it by evaluating only
 * the blocks of samples that a proven upper bound of their latest launch times does not rule out
 * (the proof is in {@code Evaluator}; {@code evaluateReference} evaluates every sample).
 */
public final class Engagement {
    /** Per-thread scratch of one evaluation, grown to the longest track. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The latest launch time of each evaluated sample, and per block of {@link ThreatTrack#BLOCK}
     * samples its upper bound and whether it was evaluated: per-thread, so evaluations allocate
     * nothing.
     */
    private static final class Scratch {
        double[] launchBy = new double[0];
        double[] upper = new double[0];
        boolean[] done = new boolean[0];

        Scratch fit(int samples) {
            if (launchBy.length < samples) {
                launchBy = new double[samples];
                int blocks = (samples + ThreatTrack.BLOCK - 1) / ThreatTrack.BLOCK;
                upper = new double[blocks];
                done = new boolean[blocks];
            }
            return this;
        }
    }

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
        // The latest launch of each evaluated sample is kept for the shoot-look-shoot pass below
        // (which would otherwise compute the window's samples a second time); per-thread scratch.
        Evaluator e = new Evaluator(track, site, table, trackEndS, SCRATCH.get().fit(track.size()));
        double earliestLaunch = firstTrackS + totalDelayS;
        e.scan(earliestLaunch);
        double criticalDelay = e.bestLaunch == Double.NEGATIVE_INFINITY ? -1.0 : e.bestLaunch - firstTrackS;
        if (e.first < 0) {
            return infeasible(track, e.bestLaunch, earliestLaunch, criticalDelay, totalDelayS, trackEndS);
        }
        return shootLookShoot(track, site, table, e, earliestLaunch, assessmentS, criticalDelay);
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
     * Shoot-look-shoot over the feasible samples first..last of a scan: each shot meets the threat
     * at the first sample it can reach in time. A block whose upper bound is below the launch time
     * the next shot needs holds no such sample and is passed over; the others are read from the
     * scan's latest launch times, evaluated here if the scan did not. Out of line from
     * {@link #evaluate} (and from the per-sample loop): it runs once per feasible window and builds
     * the intercept points and the result.
     */
    private static EngagementWindow shootLookShoot(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                                   Evaluator e, double earliestLaunch, double assessmentS,
                                                   double criticalDelay) {
        int first = e.first;
        int last = e.last;
        double[] launchBy = e.scratch.launchBy;
        double[] upper = e.scratch.upper;
        boolean[] done = e.scratch.done;
        List<InterceptPoint> shots = new ArrayList<>();
        double launchAfter = earliestLaunch;
        int k = first;
        while (k <= last) {
            int b = k / ThreatTrack.BLOCK;
            if (upper[b] < launchAfter) {
                // No sample of the block can be launched at launchAfter or later.
                k = (b + 1) * ThreatTrack.BLOCK;
                continue;
            }
            if (!done[b]) {
                e.evaluateBlock(b);
            }
            double lb = launchBy[k];
            if (lb >= launchAfter) {
                shots.add(intercept(track, k, lb, e.rangeM(k), e.azimuthRad(k), table, site));
                launchAfter = track.tS[k] + assessmentS;
            }
            k++;
        }
        return new EngagementWindow(true, "", earliestLaunch, track.tS[first], track.tS[last], shots.size(), shots,
                criticalDelay);
    }

    /**
     * The latest launch time (s) of every sample as the reference computes it (negative infinity
     * where unreachable or after trackEndS): for tests that look inside a window (split feasible
     * sets, isolated samples).
     */
    static double[] launchTimesReference(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                         double trackEndS) {
        Evaluator e = new Evaluator(track, site, table, trackEndS, null);
        double[] launchBy = new double[track.size()];
        for (int i = 0; i < launchBy.length; i++) {
            launchBy[i] = e.launchBy(i);
        }
        return launchBy;
    }

    /**
     * The same evaluation without its shortcuts (the first version, kept as the reference that
     * {@code EngagementTest} compares {@link #evaluate} with): every sample is evaluated, those after
     * the end of the usable track included, and the shoot-look-shoot pass computes the window's
     * latest launch times again.
     */
    static EngagementWindow evaluateReference(ThreatTrack track, GeodeticPoint site, InterceptorReach table,
                                              double firstTrackS, double totalDelayS, double trackEndS,
                                              double assessmentS) {
        Evaluator e = new Evaluator(track, site, table, trackEndS, null);
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
            return infeasible(track, bestLaunch, earliestLaunch, criticalDelay, totalDelayS, trackEndS);
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

    // A coarser first pass (every 8th sample, tried on 24 Nov 2026) missed feasible sets that split
    // where the threat passes above the interceptor's reach, and isolated feasible samples at the edge
    // of the envelope (found by comparison with brute force). The blocks below are skipped only on a
    // proven bound, never on a guess about the samples in between.

    /**
     * The latest launch time of each sample (negative infinity where unreachable), and the scan that
     * finds the window from as few of them as it can prove sufficient.
     *
     * <p><b>What the window needs.</b> With lb(i) the latest launch of sample i ({@link #launchBy})
     * and E the earliest launch, the window is: the first and the last sample with lb(i) &gt;= E, the
     * largest lb(i) of all samples (the critical delay), and the shots, each the first sample after
     * the previous shot, up to the last, with lb(i) at or above the previous shot's time plus the
     * assessment time. None of these depends on a sample's lb(i) when it is known to be below the
     * threshold in question (E, the largest lb found so far, the next shot's launch time).
     *
     * <p><b>The bound.</b> The samples are taken in blocks of {@link ThreatTrack#BLOCK}; for each the
     * scan computes an upper bound U of lb(i) over the block's samples ({@link #upperBound}) from the
     * block's latest time, its altitudes, the ground range of its centre sample and the block's radius,
     * and the reach's lower bound of the fly-out time over that box
     * ({@link InterceptorReach#minTimeLowerBoundS}). A block is evaluated sample by sample only when U
     * reaches the threshold; else its samples are below it and cannot change the answer. Every
     * evaluated sample is computed by {@link #launchBy}, the reference's own function, so the window
     * is the reference's bit for bit (EngagementTest compares them).
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
        /** Where {@link #scan} keeps its latest launch times and block bounds (null for the reference). */
        final Scratch scratch;

        /** Samples with a usable track (times up to trackEndS): the scan looks at no other. */
        int samples;
        /** Results of {@link #scan}: the first and last feasible samples (-1 when none), the latest launch. */
        int first = -1;
        int last = -1;
        double bestLaunch = Double.NEGATIVE_INFINITY;

        Evaluator(ThreatTrack track, GeodeticPoint site, InterceptorReach table, double trackEndS, Scratch scratch) {
            this.track = track;
            this.table = table;
            this.it = table.interceptor();
            this.trackEndS = trackEndS;
            this.scratch = scratch;
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
         * Finds the first and last samples that can be launched at earliestLaunch or later and the
         * latest launch of all, evaluating only the blocks whose upper bound reaches the threshold
         * in question: from the front for the first, from the back for the last, then, for the
         * latest launch, every block whose bound is not below the latest launch found (the block of
         * the highest bound first, then from the back, where the latest launches usually are).
         * Samples after the end of the usable track are not visited (times increase; the reference
         * answers negative infinity for them).
         */
        void scan(double earliestLaunch) {
            int n = usableSamples();
            samples = n;
            int blocks = (n + ThreatTrack.BLOCK - 1) / ThreatTrack.BLOCK;
            double[] upper = scratch.upper;
            boolean[] done = scratch.done;
            for (int b = 0; b < blocks; b++) {
                upper[b] = upperBound(b);
                done[b] = false;
            }
            int firstFeasible = -1;
            for (int b = 0; b < blocks && firstFeasible < 0; b++) {
                if (!(upper[b] < earliestLaunch)) {
                    evaluateBlock(b);
                    firstFeasible = firstAtLeast(b, earliestLaunch);
                }
            }
            int lastFeasible = -1;
            if (firstFeasible >= 0) {
                // Ends at the first's block at the latest.
                for (int b = blocks - 1; lastFeasible < 0; b--) {
                    if (!(upper[b] < earliestLaunch)) {
                        if (!done[b]) {
                            evaluateBlock(b);
                        }
                        lastFeasible = lastAtLeast(b, earliestLaunch);
                    }
                }
            }
            int highest = -1;
            for (int b = 0; b < blocks; b++) {
                if (!done[b] && (highest < 0 || !(upper[b] <= upper[highest]))) {
                    highest = b;
                }
            }
            if (highest >= 0 && mayRaiseBest(upper[highest])) {
                evaluateBlock(highest);
            }
            for (int b = blocks - 1; b >= 0; b--) {
                if (!done[b] && mayRaiseBest(upper[b])) {
                    evaluateBlock(b);
                }
            }
            first = firstFeasible;
            last = lastFeasible;
        }

        /**
         * Whether a block bounded by upper may hold a latest launch that changes {@link #bestLaunch}:
         * not when every sample is unreachable (upper is negative infinity) or all are below it (a
         * strict comparison, so that a sample equal to the best, such as +0.0 against -0.0, is never
         * what is skipped).
         */
        private boolean mayRaiseBest(double upper) {
            return upper != Double.NEGATIVE_INFINITY && !(upper < bestLaunch);
        }

        /** The number of samples with times up to trackEndS (times are non-decreasing). */
        private int usableSamples() {
            double[] t = track.tS;
            int lo = 0;
            int hi = t.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (t[mid] > trackEndS) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /**
         * The per-sample loop, the hot code of every assessment: the latest launch of each sample of
         * a block into the scratch, and the latest launch of all so far. A method of its own so that
         * C2 compiles it small (the sample's checks, the range and azimuth, the reach lookup's fast
         * path) and, when one of its branches changes direction, recompiles only this.
         */
        void evaluateBlock(int b) {
            double[] launchBy = scratch.launchBy;
            int to = Math.min(samples, (b + 1) * ThreatTrack.BLOCK);
            double best = bestLaunch;
            for (int i = b * ThreatTrack.BLOCK; i < to; i++) {
                double lb = launchBy(i);
                launchBy[i] = lb;
                best = Math.max(best, lb);
            }
            bestLaunch = best;
            scratch.done[b] = true;
        }

        private int firstAtLeast(int b, double threshold) {
            int to = Math.min(samples, (b + 1) * ThreatTrack.BLOCK);
            for (int i = b * ThreatTrack.BLOCK; i < to; i++) {
                if (scratch.launchBy[i] >= threshold) {
                    return i;
                }
            }
            return -1;
        }

        private int lastAtLeast(int b, double threshold) {
            for (int i = Math.min(samples, (b + 1) * ThreatTrack.BLOCK) - 1; i >= b * ThreatTrack.BLOCK; i--) {
                if (scratch.launchBy[i] >= threshold) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * An upper bound of {@link #launchBy} over the samples of block b (negative infinity when all
         * are unreachable). Proof, for a sample i of the block that launchBy does not answer with
         * negative infinity:
         * <ul>
         * <li>its altitude h passed the interceptor's band, and lies between the block's least and
         * greatest altitude: h is in [hLo, hHi];</li>
         * <li>its computed central angle a(i) from the site differs from the true angle by at most
         * 1e-7 rad (see {@link ThreatTrack#BLOCK_RADIUS_SLACK_RAD}), as do the centre sample's a(c)
         * and the computed angle from c to i; by the triangle inequality on the sphere the true
         * angles from the site differ by at most the true angle from c to i, so |a(i) - a(c)| is at
         * most the computed angle from c to i plus 3e-7, below the block's radius r less 7e-7 rad;
         * with the roundings of a(c) &plusmn; r (below 1e-15 rad) and of the product by the radius R
         * (monotone) its range s lies in [R (a(c) - r), R (a(c) + r)] as computed, and it passed the
         * interceptor's range limits;</li>
         * <li>its azimuth (for azimuth-dependent reach) is within {@link Engagement#azimuthHalfWidth} of the
         * centre's;</li>
         * <li>so the reach's answer T is at least the reach's bound L over that box (the contract of
         * {@link InterceptorReach#minTimeLowerBoundS}), and below the maximum flight time (else the
         * sample is negative infinity): L above the maximum flight time leaves no sample;</li>
         * <li>its time t is at most the block's latest, so t - T &lt;= tMax - L exactly, and rounding
         * is monotone: the computed t - T is at most the computed tMax - L.</li>
         * </ul>
         * Samples with NaN coordinates would break the altitude and range steps; tracks have none.
         */
        double upperBound(int b) {
            double hLo = Math.max(track.blockMinAltM[b], it.minInterceptAltitudeM());
            double hHi = Math.min(track.blockMaxAltM[b], it.maxInterceptAltitudeM());
            if (!(hLo <= hHi)) {
                return Double.NEGATIVE_INFINITY;
            }
            int c = ThreatTrack.blockCentre(b, track.size());
            double dx = sx - track.ux[c];
            double dy = sy - track.uy[c];
            double dz = sz - track.uz[c];
            double angle = centralAngle(dx, dy, dz);
            double radius = track.blockRadiusRad[b];
            double sLo = Math.max(FlyOut.EARTH_RADIUS_M * (angle - radius), it.minRangeM());
            double sHi = Math.min(FlyOut.EARTH_RADIUS_M * (angle + radius), it.maxRangeM());
            if (!(sLo <= sHi)) {
                return Double.NEGATIVE_INFINITY;
            }
            double azimuth = 0.0;
            double halfWidth = Math.PI;
            if (byAzimuth) {
                azimuth = azimuthRad(c);
                halfWidth = azimuthHalfWidth(dx * dx + dy * dy + dz * dz, radius);
            }
            double leastFlyS = table.minTimeLowerBoundS(sLo, sHi, hLo, hHi, azimuth, halfWidth);
            if (leastFlyS > it.maxFlightTimeS()) {
                return Double.NEGATIVE_INFINITY;
            }
            return track.blockMaxTS[b] - leastFlyS;
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
     * How far (rad) the computed azimuths from the site of points within radius (rad) of a
     * centre point may differ from the centre's, the centre being at chord chord2^(1/2) from the
     * site on the unit sphere; pi when the bound does not apply. From a site at angle a from the
     * centre of a cap of radius r (r &lt; a &lt; pi - r), the cap's points lie within asin(sin r /
     * sin a) of the centre's azimuth (the right spherical triangle of a tangent great circle:
     * sin r = sin a sin A). asin x &lt;= x pi / 2 on [0, 1] and sin r &lt;= r, so r pi / (2 sin a)
     * bounds it; sin a is computed from the chord d = 2 sin(a / 2) as d (1 - d^2 / 4)^(1/2), and
     * lowered by 1e-7 for the rounding of that and of the angle (r &lt; sin a - 1e-7 also implies
     * r &lt; a &lt; pi - r for the true a). 1e-6 rad is added for the rounding of the azimuths
     * themselves (atan2 of dot products: about 1e-16 / sin a, below 1e-10 here).
     */
    static double azimuthHalfWidth(double chord2, double radius) {
        double sinAngle = Math.sqrt(chord2 * Math.max(0.0, 1.0 - 0.25 * chord2)) - 1e-7;
        if (!(radius < sinAngle)) {
            return Math.PI;
        }
        return Math.min(Math.PI, 0.5 * Math.PI * radius / sinAngle + 1e-6);
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
        double[] v = new double[3];
        track.velocityMps(i, v);
        double ve = -so * v[0] + co * v[1];
        double vn = -sl * co * v[0] - sl * so * v[1] + cl * v[2];
        double vu = cl * co * v[0] + cl * so * v[1] + sl * v[2];
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
