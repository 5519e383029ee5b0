package org.plumbline.core.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.DataExchange;
import org.plumbline.core.scenario.DefenceSystem;
import org.plumbline.core.scenario.InterceptorSite;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarTimeline;
import org.plumbline.core.sensor.TrackInterval;

/**
 * Which tracks an interceptor site may fire on, and from when: the rules that make "two independent
 * systems that exchange information" and "sectoral defence" different.
 *
 * <ul>
 * <li>A site always fires on the tracks of its own system's radars within {@link #COLOCATED_M} of it
 *     (an Aegis ship's or Aegis Ashore's own SPY-1).</li>
 * <li>With {@code launch-on-remote}, it fires on the tracks of any radar of its system.</li>
 * <li>With a data exchange that shares tracks from another system, it fires on that system's radar
 *     tracks after the link latency. A shared launch warning is a cue only and enables no launch.</li>
 * </ul>
 * The usable track then runs from the first report that reaches the site to the end of the last
 * track that does (gaps between radars are not modelled).
 */
public final class FireControl {
    /**
     * Distance within which a radar counts as the site's own, m [ASSUMPTION: an Aegis ship's or Aegis
     * Ashore's SPY-1 stands at the launchers; 50 km leaves room for a site and its radar given as
     * separate catalog places, and is far below the spacing of EPAA sites].
     */
    public static final double COLOCATED_M = 50_000.0;

    private FireControl() {
    }

    /**
     * The usable track for a site.
     *
     * @param firstS  first time a track report reaches the site, s (infinite when none)
     * @param endS    end of the last usable track, s
     * @param sources radar ids the site may fire on, with the system they belong to
     */
    public record UsableTrack(double firstS, double endS, List<String> sources) {
        public UsableTrack {
            sources = List.copyOf(sources);
        }

        /** Whether any track is usable. */
        public boolean exists() {
            return firstS != Double.POSITIVE_INFINITY;
        }
    }

    /** The usable track of a site of a system, given every radar's timeline for this threat. */
    public static UsableTrack usableTrack(Scenario scenario, DefenceSystem system, InterceptorSite site,
                                          Map<String, RadarTimeline> timelines) {
        double first = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        List<String> sources = new ArrayList<>();
        for (Radar r : system.radars()) {
            if (system.launchOnRemote() || distanceM(r.position(), site.position()) <= COLOCATED_M) {
                double[] fe = span(timelines.get(r.id()), 0.0);
                if (fe != null) {
                    first = Math.min(first, fe[0]);
                    end = Math.max(end, fe[1]);
                    sources.add(r.id());
                }
            }
        }
        for (DataExchange d : scenario.dataExchange()) {
            if (!d.toSystemId().equals(system.id()) || d.shared() != DataExchange.Shared.TRACKS) {
                continue;
            }
            for (DefenceSystem partner : scenario.systems()) {
                if (!partner.id().equals(d.fromSystemId())) {
                    continue;
                }
                for (Radar r : partner.radars()) {
                    double[] fe = span(timelines.get(r.id()), d.latencyS());
                    if (fe != null) {
                        first = Math.min(first, fe[0]);
                        end = Math.max(end, fe[1]);
                        sources.add(r.id());
                    }
                }
            }
        }
        return new UsableTrack(first, first == Double.POSITIVE_INFINITY ? 0.0 : end, sources);
    }

    private static double[] span(RadarTimeline t, double latencyS) {
        if (t == null || t.tracks().isEmpty()) {
            return null;
        }
        double first = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (TrackInterval ti : t.tracks()) {
            first = Math.min(first, ti.reportedS() + latencyS);
            end = Math.max(end, ti.endS());
        }
        return new double[] {first, end};
    }

    /** Great-circle distance between two points on a sphere of the fly-out radius, m. */
    static double distanceM(GeodeticPoint a, GeodeticPoint b) {
        double dLat = b.latitudeRad() - a.latitudeRad();
        double dLon = b.longitudeRad() - a.longitudeRad();
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(a.latitudeRad()) * Math.cos(b.latitudeRad()) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * org.plumbline.core.interceptor.FlyOut.EARTH_RADIUS_M * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
