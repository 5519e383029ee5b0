package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plumbline.core.scenario.Criterion;

class DisplayFormatTest {
    @Test
    void decimalsAreRoundedHalfEvenFromTheExactBinaryValue() {
        // 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary.
        assertEquals("2.67", DisplayFormat.fixed(2.675, 2));
        // 0.125 is exact: half-even goes to the even neighbour.
        assertEquals("0.12", DisplayFormat.fixed(0.125, 2));
        assertEquals("1,234,567.9", DisplayFormat.fixed(1_234_567.891, 1, true));
        assertEquals("0.0", DisplayFormat.fixed(-0.04, 1));
        assertEquals("\u22121.2", DisplayFormat.fixed(-1.25, 1));
        assertEquals("undefined", DisplayFormat.fixed(Double.NaN, 1));
    }

    @Test
    void coordinatesHaveOneDecimalAtMost() {
        assertEquals("12.3", DisplayFormat.coordinate(12.25));
        assertEquals("0", DisplayFormat.coordinate(-0.04));
        assertEquals("-12.3", DisplayFormat.coordinate(-12.26));
        assertEquals("1000", DisplayFormat.coordinate(1000.0));
    }

    @Test
    void quantitiesAreShownInDisplayUnits() {
        assertEquals("4.50\u00a0km/s", DisplayFormat.quantity(4500, "m/s"));
        assertEquals("1,500\u00a0km", DisplayFormat.quantity(1.5e6, "m"));
        assertEquals("15\u00a0km", DisplayFormat.quantity(15_000, "m"));
        assertEquals("8.7\u00a0km", DisplayFormat.quantity(8_700, "m"));
        assertEquals("60\u00a0s", DisplayFormat.quantity(60, "s"));
        assertEquals("100.0\u00a0deg", DisplayFormat.quantity(Math.toRadians(100), "rad"));
        assertEquals("0.1\u00a0m\u00b2", DisplayFormat.quantity(0.1, "m2"));
        assertEquals("93.4\u00a0%", DisplayFormat.metric(Criterion.Metric.DEFENDED_POPULATION_FRACTION, 0.934));
        assertEquals("24", DisplayFormat.metric(Criterion.Metric.INTERCEPTOR_COUNT, 24));
        assertEquals("undefined", DisplayFormat.metric(Criterion.Metric.ENGAGEABLE_FRACTION, Double.NaN));
    }

    /** The fast path of fixed gives BigDecimal's text, grouped or not, next to rounding ties and on them. */
    @Test
    void fixedIsTheExactRoundingEverywhere() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261127L);
        for (int k = 0; k < 300_000; k++) {
            int decimals = random.nextInt(8);
            double magnitude = Math.pow(10, random.nextInt(-8, 17));
            double v = (random.nextDouble() * 2 - 1) * magnitude;
            if (k % 4 == 0) {
                v = (Math.round(v * Math.pow(10, decimals)) + 0.5) / Math.pow(10, decimals);
                v = k % 8 == 0 ? v : Math.nextDown(v);
            }
            boolean grouping = random.nextBoolean();
            org.junit.jupiter.api.Assertions.assertEquals(DisplayFormat.fixedExact(v, decimals, grouping),
                    DisplayFormat.fixed(v, decimals, grouping), v + " to " + decimals + " decimals");
        }
        for (double v : new double[] {0.0, -0.0, -0.04, -0.05, -0.06, 0.05, 0.125, 2.675, 999.5, -999.5, 1234567.0, 1e15,
            -1e-12, 5e-324}) {
            for (int decimals = 0; decimals < 8; decimals++) {
                for (boolean grouping : new boolean[] {false, true}) {
                    org.junit.jupiter.api.Assertions.assertEquals(DisplayFormat.fixedExact(v, decimals, grouping),
                            DisplayFormat.fixed(v, decimals, grouping), v + " to " + decimals + " decimals");
                }
            }
        }
    }
}
