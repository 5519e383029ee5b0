package org.plumbline.core.assessment;

import java.util.List;

/**
 * How far a parameter can move before a criterion's nominal verdict flips, everything else nominal.
 *
 * @param parameter     the parameter path
 * @param label         the parameter in words ("deveselu interceptor burnout speed")
 * @param unit          SI unit of the values
 * @param nominal       the declared value
 * @param found         whether the verdict flips inside the search bounds
 * @param critical      the value at which it flips (meaningful when found); the verdict of the
 *                      nominal side holds up to it, the other side's from it on
 * @param lowerBound    the search's lower bound
 * @param upperBound    the search's upper bound
 * @param statement     the margin in words: "holds unless ... exceeds 4.81 km/s"
 * @param curve         the metric at every value the search evaluated, sorted by value
 */
public record Margin(String parameter, String label, String unit, double nominal, boolean found, double critical,
                     double lowerBound, double upperBound, String statement, List<Point> curve) {
    public Margin {
        curve = List.copyOf(curve);
    }

    /**
     * One evaluation of the metric during the search.
     *
     * @param parameterValue the parameter, SI
     * @param metricValue    the criterion's metric there
     * @param holds          whether the criterion holds there
     */
    public record Point(double parameterValue, double metricValue, boolean holds) {
    }
}
