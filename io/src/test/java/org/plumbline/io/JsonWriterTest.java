package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
