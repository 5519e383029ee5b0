package org.plumbline.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.scenario.ThreatSet;
import org.plumbline.core.trajectory.Trajectory;

/**
 * One base-to-target route of a threat set (one launch point, one target, one missile, one shape)
 * with the share of its flight during which the defence could intercept it.
 *
 * <p><b>Engageable share</b>: the time covered by the union of the counted sites' engagement windows
 * (for each site with a feasible intercept, the interval from its first to its last feasible
 * intercept, s after launch), divided by the flight time from launch to impact. 0 when no counted site
 * has a feasible intercept; 1 would mean some site could intercept at every moment of the flight. A
 * window is taken whole: when a site's feasible intercepts are split (a threat passing above its
 * reach between two feasible stretches), the gap counts as engageable, so the share is an upper bound
 * of the share of feasible instants; the windows' ends are exact.
 *
 * @param threat            the threat
 * @param trajectory        its flight (display samples), or null when the missile cannot reach the target
 * @param unreachableReason why not, when not reachable (empty otherwise)
 * @param windows           the union of the counted sites' windows, disjoint {fromS, toS} in time
 *                          order (empty when not engageable or not reachable)
 * @param sites             the counted sites with a feasible intercept, in scenario order
 */
public record Route(ThreatCase threat, Trajectory trajectory, String unreachableReason, List<double[]> windows,
                    List<String> sites) {
    public Route {
        List<double[]> copy = new ArrayList<>(windows.size());
        for (double[] w : windows) {
            if (w.length != 2 || !(w[1] >= w[0])) {
                throw new IllegalArgumentException("a window is {fromS, toS} with toS >= fromS");
            }
            copy.add(w.clone());
        }
        windows = java.util.Collections.unmodifiableList(copy);
        sites = List.copyOf(sites);
    }

    /**
     * The routes of a threat set of an assessed scenario, in expansion order, counting the sites of
     * the given systems (all sites when empty).
     *
     * @throws IllegalArgumentException when threatSetId is not a threat set of the assessed scenario
     *                                  (an empty list would read as a threat set without routes)
     */
    public static List<Route> of(ScenarioAssessment a, String threatSetId, Set<String> systemIds) {
        if (a.scenario().threatSets().stream().noneMatch(t -> t.id().equals(threatSetId))) {
            throw new IllegalArgumentException("threatSetId = \"" + threatSetId + "\" is not a threat set of "
                    + a.scenario().id() + " (" + String.join(", ", a.scenario().threatSets().stream()
                    .map(ThreatSet::id).toList()) + ")");
        }
        List<Route> out = new ArrayList<>();
        for (ThreatOutcome t : a.threats()) {
            if (t.threat().threatSetId().equals(threatSetId)) {
                out.add(of(t, systemIds));
            }
        }
        return out;
    }

    /** The route of one threat outcome, counting the sites of the given systems (all when empty). */
    public static Route of(ThreatOutcome t, Set<String> systemIds) {
        List<double[]> spans = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        for (SiteOutcome s : t.sites()) {
            if (s.feasible() && CountedSystems.counts(systemIds, s.systemId())) {
                spans.add(new double[] {s.firstInterceptS(), s.lastInterceptS()});
                sites.add(s.siteId());
            }
        }
        return new Route(t.threat(), t.trajectory(), t.unreachableReason(), union(spans), sites);
    }

    /** Disjoint, sorted union of closed intervals {from, to}. */
    static List<double[]> union(List<double[]> spans) {
        List<double[]> s = new ArrayList<>(spans);
        s.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        List<double[]> out = new ArrayList<>();
        for (double[] w : s) {
            if (!out.isEmpty() && w[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], w[1]);
            } else {
                out.add(w.clone());
            }
        }
        return out;
    }

    public boolean reachable() {
        return trajectory != null;
    }

    /** Flight time from launch to impact, s (0 when not reachable). */
    public double flightTimeS() {
        return reachable() ? trajectory.flightTimeS() : 0.0;
    }

    /** Time covered by the windows, s. */
    public double engageableS() {
        double d = 0;
        for (double[] w : windows) {
            d += w[1] - w[0];
        }
        return d;
    }

    /** The engageable share, 0 to 1 (0 when not reachable). */
    public double share() {
        return reachable() && flightTimeS() > 0 ? Math.min(1.0, engageableS() / flightTimeS()) : 0.0;
    }

    /** "kozelsk -> washington, yars, minimum-energy". */
    public String label() {
        return threat.launchAreaId() + " -> " + threat.targetId() + ", " + threat.missile().id() + ", "
                + threat.shape().label();
    }
}
