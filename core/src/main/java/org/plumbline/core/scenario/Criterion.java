package org.plumbline.core.scenario;

import java.util.List;

/**
 * A criterion written as data: a metric over results, a comparison with a threshold, and the
 * parameters whose critical values the assessment reports as margins.
 *
 * @param id               unique id, e.g. {@code "declared-purpose"}
 * @param description      what it means, in words
 * @param metric           what is measured
 * @param comparison       how the value must compare with the threshold
 * @param threshold        threshold in the metric's SI unit (fractions are 0..1)
 * @param threatSetId      threat set the metric runs over ("" when not applicable)
 * @param systemIds        systems whose sites count (empty: all)
 * @param regionId         region of the metric ("" when not applicable)
 * @param marginParameters scenario parameter paths whose critical values to report
 */
public record Criterion(String id, String description, Metric metric, Comparison comparison, double threshold,
                        String threatSetId, List<String> systemIds, String regionId, List<String> marginParameters) {
    /** The metrics criteria can use. */
    public enum Metric {
        ENGAGEABLE_FRACTION("engageable-fraction", ""),
        DEFENDED_POPULATION_FRACTION("defended-population-fraction", ""),
        DEFENDED_AREA_FRACTION("defended-area-fraction", ""),
        EARLIEST_INTERCEPT_TIME("earliest-intercept-time", "s"),
        LOWEST_INTERCEPT_ALTITUDE("lowest-intercept-altitude", "m"),
        INTERCEPTOR_BURNOUT_SPEED("interceptor-burnout-speed", "m/s"),
        INTERCEPTOR_COUNT("interceptor-count", ""),
        SITE_DISTANCE_FROM_REGION("site-distance-from-region", "m"),
        RADAR_DETECTION_RANGE("radar-detection-range", "m");

        private final String label;
        private final String unit;

        Metric(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        /** SI unit of the metric's value; empty for dimensionless. */
        public String unit() {
            return unit;
        }
    }

    /** Direction of the test. */
    public enum Comparison {
        AT_LEAST("at-least"), AT_MOST("at-most");

        private final String label;

        Comparison(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Criterion {
        systemIds = List.copyOf(systemIds);
        marginParameters = List.copyOf(marginParameters);
    }
}
