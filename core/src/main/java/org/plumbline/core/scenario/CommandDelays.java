package org.plumbline.core.scenario;

import static org.plumbline.core.math.Checks.checkNonNegative;

/**
 * Human and machine delays from a usable track to an interceptor launch order.
 *
 * @param detectionToDecisionS from the first usable track to the decision to engage, s
 * @param decisionToLaunchS    from the decision to the launch order, s
 */
public record CommandDelays(double detectionToDecisionS, double decisionToLaunchS) {
    public CommandDelays {
        checkNonNegative("detectionToDecisionS", detectionToDecisionS, "s");
        checkNonNegative("decisionToLaunchS", decisionToLaunchS, "s");
    }

    public double totalS() {
        return detectionToDecisionS + decisionToLaunchS;
    }
}
