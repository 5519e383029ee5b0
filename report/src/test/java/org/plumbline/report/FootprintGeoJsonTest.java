package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FootprintGeoJsonTest {
    @Test
    void stripsThatCrossTheAntimeridianAreCutThere() {
        assertEquals(1, FootprintGeoJson.split(10, 20).size());
        List<double[]> east = FootprintGeoJson.split(179, 181);
        assertArrayEquals(new double[] {179, 180}, east.get(0));
        assertArrayEquals(new double[] {-180, -179}, east.get(1));
        List<double[]> west = FootprintGeoJson.split(-181, -179.5);
        assertArrayEquals(new double[] {179, 180}, west.get(0));
        assertArrayEquals(new double[] {-180, -179.5}, west.get(1));
    }
}
