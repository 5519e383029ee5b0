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
        Evaluator e = new Evaluator(track, site, table, trackEndS);
        double earliestLaunch = firstTrackS + totalDelayS;
        int n = track.size();
        // Coarse pass every STRIDE samples, then exact boundaries and maximum around what it found.
        int first = -1;
        int last = -1;
        int best = -1;
        for (int i = 0; i < n; i += STRIDE) {
            double lb = e.launchBy(i);
            if (lb == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (best < 0 || lb > e.launchBy(best)) {
                best = i;
            }
            if (lb >= earliestLaunch) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (best >= 0) {
            for (int i = Math.max(0, best - STRIDE + 1); i < Math.min(n, best + STRIDE); i++) {
                if (e.launchBy(i) > e.launchBy(best)) {
                    best = i;
                }
            }
        }
        if (first < 0 && best >= 0 && e.launchBy(best) >= earliestLaunch) {
            first = best;
            last = best;
        }
        double criticalDelay = best < 0 ? -1.0 : e.launchBy(best) - firstTrackS;
        if (first < 0) {
            String reason = best < 0 ? String.format(java.util.Locale.ROOT, "no point of the trajectory is inside the "
                    + "interceptor's reach while a usable track exists (until %.0f s)", Math.min(trackEndS, track.endS()))
                    : String.format(java.util.Locale.ROOT, "too late: the last chance to launch is %.0f s after the "
                    + "first usable track, the delays are %.0f s", criticalDelay, totalDelayS);
            return new EngagementWindow(false, reason, earliestLaunch, 0, 0, 0, List.of(), criticalDelay);
        }
        for (int i = Math.max(0, first - STRIDE + 1); i < first; i++) {
            if (e.launchBy(i) >= earliestLaunch) {
                first = i;
                break;
            }
        }
        for (int i = Math.min(n - 1, last + STRIDE - 1); i > last; i--) {
            if (e.launchBy(i) >= earliestLaunch) {
                last = i;
                break;
            }
        }
        List<InterceptPoint> shots = new ArrayList<>();
        double launchAfter = earliestLaunch;
        int i = first;
        while (i <= last) {
            // Stride forward, then step back to the first sample that makes it.
            int hit = -1;
            int k = i;
            while (true) {
                if (e.launchBy(k) >= launchAfter) {
                    hit = k;
                    while (hit - 1 >= i && e.launchBy(hit - 1) >= launchAfter) {
                        hit--;
                    }
                    break;
                }
                if (k == last) {
                    break;
                }
                k = Math.min(last, k + STRIDE);
            }
            if (hit < 0) {
                break;
            }
            shots.add(intercept(track, hit, e.launchBy(hit), e.range[hit], e.azimuth[hit], table, site));
            launchAfter = track.tS[hit] + assessmentS;
            i = hit + 1;
        }
        return new EngagementWindow(true, "", earliestLaunch, track.tS[first], track.tS[last], shots.size(), shots,
                criticalDelay);
    }

    /**
     * Samples between first-pass evaluations. 1: every sample is evaluated. A coarser first pass (tried
     * with 8) misses feasible sets that split where the threat passes above the interceptor's reach,
     * and isolated feasible samples at the edge of the envelope (found by comparison with brute force).
     */
    static final int STRIDE = 1;

    /** Lazily evaluated latest launch time per sample (negative infinity where unreachable). */
    private static final class Evaluator {
        final ThreatTrack track;
        final InterceptorReach table;
        final Interceptor it;
        final double trackEndS;
        final double sx;
        final double sy;
        final double sz;
        /** The site's local east and north unit vectors, for the azimuth of each point. */
        final double ex;
        final double ey;
        final double nx;
        final double ny;
        final double nz;
        final double[] launch;
        final double[] range;
        final double[] azimuth;
        final boolean[] done;

        Evaluator(ThreatTrack track, GeodeticPoint site, InterceptorReach table, double trackEndS) {
            this.track = track;
            this.table = table;
            this.it = table.interceptor();
            this.trackEndS = trackEndS;
            sx = Math.cos(site.latitudeRad()) * Math.cos(site.longitudeRad());
            sy = Math.cos(site.latitudeRad()) * Math.sin(site.longitudeRad());
            sz = Math.sin(site.latitudeRad());
            ex = -Math.sin(site.longitudeRad());
            ey = Math.cos(site.longitudeRad());
            nx = -sz * Math.cos(site.longitudeRad());
            ny = -sz * Math.sin(site.longitudeRad());
            nz = Math.cos(site.latitudeRad());
            int n = track.size();
            launch = new double[n];
            range = new double[n];
            azimuth = new double[n];
            done = new boolean[n];
        }

        double launchBy(int i) {
            if (done[i]) {
                return launch[i];
            }
            done[i] = true;
            launch[i] = Double.NEGATIVE_INFINITY;
            double t = track.tS[i];
            double h = track.altM[i];
            if (t > trackEndS || h < it.minInterceptAltitudeM() || h > it.maxInterceptAltitudeM()) {
                return launch[i];
            }
            double dot = sx * track.ux[i] + sy * track.uy[i] + sz * track.uz[i];
            double cx = sy * track.uz[i] - sz * track.uy[i];
            double cy = sz * track.ux[i] - sx * track.uz[i];
            double cz = sx * track.uy[i] - sy * track.ux[i];
            double s = FlyOut.EARTH_RADIUS_M * Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), dot);
            range[i] = s;
            if (s < it.minRangeM() || s > it.maxRangeM()) {
                return launch[i];
            }
            double az = Math.atan2(ex * track.ux[i] + ey * track.uy[i],
                    nx * track.ux[i] + ny * track.uy[i] + nz * track.uz[i]);
            azimuth[i] = az;
            double fly = table.minTimeS(s, h, az);
            if (fly <= it.maxFlightTimeS()) {
                launch[i] = t - fly;
            }
            return launch[i];
        }
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
