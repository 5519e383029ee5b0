package org.plumbline.core.assessment;

import java.util.List;

import org.plumbline.core.scenario.Criterion;

/**
 * A criterion evaluated on one scenario.
 *
 * @param criterion      the criterion
 * @param verdict        pass, fail or indeterminate (see {@link Verdict})
 * @param nominalHolds   whether the criterion holds at the nominal inputs
 * @param value          the metric at the nominal inputs, SI (fractions 0..1); NaN when undefined
 * @param lowCornerValue the metric with every declared defence parameter at the end of its
 *                       uncertainty range that helps the defence least
 * @param highCornerValue the metric at the opposite corner, which helps the defence most
 * @param margins        one per margin parameter the criterion names
 * @param evidence       what decided the verdict
 */
public record CriterionResult(Criterion criterion, Verdict verdict, boolean nominalHolds, double value,
                              double lowCornerValue, double highCornerValue, List<Margin> margins, Evidence evidence) {
    public CriterionResult {
        margins = List.copyOf(margins);
    }
}
