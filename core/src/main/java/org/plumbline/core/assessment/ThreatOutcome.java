package org.plumbline.core.assessment;

import java.util.List;

import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.trajectory.Trajectory;

/**
 * One concrete threat and what the deployment can do against it at the nominal inputs.
 *
 * @param threat     the threat case
 * @param trajectory its flight with samples every 10 s for display, or null when the missile cannot
 *                   reach the target
 * @param unreachableReason why not, when not reachable (empty otherwise)
 * @param sites      one outcome per interceptor site of the scenario, in scenario order (empty when
 *                   unreachable)
 */
public record ThreatOutcome(ThreatCase threat, Trajectory trajectory, String unreachableReason,
                            List<SiteOutcome> sites) {
    public ThreatOutcome {
        sites = List.copyOf(sites);
    }

    public boolean reachable() {
        return trajectory != null;
    }

    /** Whether any site engages it. */
    public boolean engageable() {
        for (SiteOutcome s : sites) {
            if (s.feasible()) {
                return true;
            }
        }
        return false;
    }

    /** "semnan -> Paris (2988507), shahab-3, minimum-energy". */
    public String label() {
        return threat.launchAreaId() + " -> " + threat.targetId() + ", " + threat.missile().id() + ", "
                + threat.shape().label();
    }
}
