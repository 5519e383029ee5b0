package org.plumbline.core.engagement;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.interceptor.FlyOut;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.interceptor.ReachTable;

/**
 * Kinematic engagement of one threat track by one interceptor site.
 *
 * <p>An intercept at track sample i (time t_i, ground range s_i from the site, altitude h_i) is
 * feasible when h_i is inside the interceptor's altitude band, s_i inside its range limits, the
 * least fly-out time T(s_i, h_i) from the {@link ReachTable} is within the maximum flight time, the
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
    public static EngagementWindow evaluate(ThreatTrack track, GeodeticPoint site, ReachTable table,
                                            double firstTrackS, double totalDelayS, double trackEndS,
                                            double assessmentS) {
        Interceptor it = table.interceptor();
        double earliestLaunch = firstTrackS + totalDelayS;
        int n = track.size();
        double[] launchBy = new double[n];
        double[] range = new double[n];
        double bestSlack = Double.NEGATIVE_INFINITY;
        double siteLat = site.latitudeRad();
        double siteLon = site.longitudeRad();
        double sinSite = Math.sin(siteLat);
        double cosSite = Math.cos(siteLat);
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            launchBy[i] = Double.NEGATIVE_INFINITY;
            double t = track.tS[i];
            double h = track.altM[i];
            if (t > trackEndS || h < it.minInterceptAltitudeM() || h > it.maxInterceptAltitudeM()) {
                continue;
            }
            double s = greatCircleM(sinSite, cosSite, siteLon, track.latRad[i], track.lonRad[i]);
            range[i] = s;
            if (s < it.minRangeM() || s > it.maxRangeM()) {
                continue;
            }
            double fly = table.minTimeS(s, h);
            if (fly > it.maxFlightTimeS()) {
                continue;
            }
            launchBy[i] = t - fly;
            bestSlack = Math.max(bestSlack, t - fly - firstTrackS);
            if (launchBy[i] >= earliestLaunch) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        double criticalDelay = bestSlack == Double.NEGATIVE_INFINITY ? -1.0 : bestSlack;
        if (first < 0) {
            String reason = bestSlack == Double.NEGATIVE_INFINITY
                    ? "no point of the trajectory is inside the interceptor's reach"
                    : String.format(java.util.Locale.ROOT, "too late: the last chance to launch is %.0f s after the "
                    + "first usable track, the delays are %.0f s", bestSlack, totalDelayS);
            return new EngagementWindow(false, reason, earliestLaunch, 0, 0, 0, List.of(), criticalDelay);
        }
        List<InterceptPoint> shots = new ArrayList<>();
        double launchAfter = earliestLaunch;
        int i = first;
        while (i >= 0 && i <= last) {
            int hit = -1;
            for (int k = i; k <= last; k++) {
                if (launchBy[k] >= launchAfter) {
                    hit = k;
                    break;
                }
            }
            if (hit < 0) {
                break;
            }
            shots.add(intercept(track, hit, launchBy[hit], range[hit], table, site));
            launchAfter = track.tS[hit] + assessmentS;
            i = hit + 1;
        }
        return new EngagementWindow(true, "", earliestLaunch, track.tS[first], track.tS[last], shots.size(), shots,
                criticalDelay);
    }

    private static InterceptPoint intercept(ThreatTrack track, int i, double launchS, double rangeM, ReachTable table,
                                            GeodeticPoint site) {
        double lat = track.latRad[i];
        double lon = track.lonRad[i];
        double[] arrival = table.arrival(rangeM, track.altM[i]);
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

    /** Great-circle distance on the fly-out model's sphere, m. */
    static double greatCircleM(double sinLat1, double cosLat1, double lon1, double lat2, double lon2) {
        double sinLat2 = Math.sin(lat2);
        double cosLat2 = Math.cos(lat2);
        double dLon = lon2 - lon1;
        double c = sinLat1 * sinLat2 + cosLat1 * cosLat2 * Math.cos(dLon);
        double s = Math.hypot(cosLat2 * Math.sin(dLon), cosLat1 * sinLat2 - sinLat1 * cosLat2 * Math.cos(dLon));
        return FlyOut.EARTH_RADIUS_M * Math.atan2(s, c);
    }
}
