package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void numbersRoundFromTheExactBinaryValue() {
        // 0.125 is exact in binary: half-even rounds to 0.12; 2.675 is stored below 2.675 so rounds down.
        assertEquals("0.12", JsonWriter.format(0.125, 2));
        assertEquals("2.67", JsonWriter.format(2.675, 2));
        assertEquals("7879100.2", JsonWriter.format(7_879_100.15000001, 1));
        assertEquals("0", JsonWriter.format(-0.0000001, 2));
        assertEquals("1000", JsonWriter.format(1000.0, 3));
        assertEquals("-77.04", JsonWriter.format(-77.04, 6));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.format(Double.NaN, 2));
    }

    @Test
    void layout() {
        String s = new JsonWriter().beginObject().name("a").value(1).name("b").beginArray().value("x\"y")
                .beginObject().name("c").value(true).endObject().endArray().name("e").beginObject().endObject()
                .endObject().toString();
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    \"x\\\"y\",\n    {\n      \"c\": true\n    }\n  ],\n"
                + "  \"e\": {}\n}\n", s);
    }

    /** The fast path gives the exact path's text whenever it answers (and it answers nearly always). */
    @Test
    void fastFormattingAgreesWithExactFormatting() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261127L);
        int answered = 0;
        int n = 400_000;
        for (int k = 0; k < n; k++) {
            int decimals = random.nextInt(10);
            double magnitude = Math.pow(10, random.nextInt(-8, 9));
            double d = (random.nextDouble() * 2 - 1) * magnitude;
            if (k % 4 == 0) {
                // Values on or next to a rounding tie of their decimals.
                d = (Math.round(d * Math.pow(10, decimals)) + 0.5) / Math.pow(10, decimals);
                d = k % 8 == 0 ? d : Math.nextUp(d);
            }
            String fast = JsonWriter.fastFormat(d, decimals);
            if (fast != null) {
                answered++;
                assertEquals(JsonWriter.exactFormat(d, decimals), fast, d + " to " + decimals + " decimals");
            }
        }
        assertTrue(answered > 0.7 * n, "the fast path answered " + answered + " of " + n);
        for (double d : new double[] {0.0, -0.0, 0.05, -0.05, 150.0, -1.25, 2.5, 1e14, -1e-12, 44.077, 24.416}) {
            for (int decimals = 0; decimals < 10; decimals++) {
                String fast = JsonWriter.fastFormat(d, decimals);
                if (fast != null) {
                    assertEquals(JsonWriter.exactFormat(d, decimals), fast, d + " to " + decimals + " decimals");
                }
            }
        }
    }

    /** The appending formatter writes format's text, on the fast path and off it. */
    @Test
    void appendedFormattingIsFormatsText() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261128L);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 400_000; k++) {
            int decimals = random.nextInt(11);
            double magnitude = Math.pow(10, random.nextInt(-8, 17));
            double d = (random.nextDouble() * 2 - 1) * magnitude;
            if (k % 4 == 0) {
                d = (Math.round(d * Math.pow(10, decimals)) + 0.5) / Math.pow(10, decimals);
                d = k % 8 == 0 ? d : Math.nextUp(d);
            }
            b.setLength(0);
            b.append('x');
            JsonWriter.format(b, d, decimals);
            assertEquals("x" + JsonWriter.format(d, decimals), b.toString(), d + " to " + decimals + " decimals");
        }
        for (double d : new double[] {0.0, -0.0, 0.05, -0.05, 150.0, -1.25, 2.5, 1e14, -1e-12, 44.077, 24.416, 0.001,
            -0.0001, 1e15, -3e16, 100.0, 0.10001}) {
            for (int decimals = 0; decimals < 11; decimals++) {
                b.setLength(0);
                JsonWriter.format(b, d, decimals);
                assertEquals(JsonWriter.format(d, decimals), b.toString(), d + " to " + decimals + " decimals");
            }
        }
    }

    /** The static quoting writes what value(String) writes. */
    @Test
    void quotingIsValuesText() {
        for (String s : new String[] {"", "plain", "a\"b", "back\\slash", "tab\tline\nret\r", "\u0001\u001f",
            "caf\u00e9 \u2192 \ud83d\ude80"}) {
            StringBuilder b = new StringBuilder();
            JsonWriter.quote(b, s);
            assertEquals(new JsonWriter().value(s).toString(), b + "\n");
        }
    }
}
