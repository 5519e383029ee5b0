package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"933km|933000", "933 km|933000", "2,800km|2800000", "1.5e3 m|1500",
        "8000nmi|14816000", "0.5km|500", ".5km|500"})
    void lengths(String text, double metres) throws InputException {
        assertEquals(metres, Quantities.lengthM(text), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7.2km/s|7200", "4500 m/s|4500", "36 km/h|10"})
    void speeds(String text, double mps) throws InputException {
        assertEquals(mps, Quantities.speedMps(text), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"300s|300", "5min|300", "1.5 h|5400", "250ms|0.25"})
    void durations(String text, double s) throws InputException {
        assertEquals(s, Quantities.durationS(text), 1e-12);
    }

    @Test
    void anglesDefaultToDegrees() throws InputException {
        assertEquals(Math.toRadians(25), Quantities.angleRad("25"), 1e-15);
        assertEquals(Math.toRadians(25), Quantities.angleRad("25deg"), 1e-15);
        assertEquals(0.4, Quantities.angleRad("0.4rad"), 1e-15);
    }

    @Test
    void errorsQuoteTheTokenAndSuggest() {
        InputException e = assertThrows(InputException.class, () -> Quantities.lengthM("933kn"));
        assertEquals("expected a length with a unit such as 1500km or 933 km (m, km, nmi, mi, ft), found \"933kn\" "
                + "(unknown unit \"kn\"; did you mean \"km\"?)", e.getMessage());
        e = assertThrows(InputException.class, () -> Quantities.speedMps("fast"));
        assertEquals("expected a speed with a unit such as 7.2km/s or 4500m/s (m/s, km/s, ft/s, km/h), found \"fast\"",
                e.getMessage());
        assertThrows(InputException.class, () -> Quantities.durationS("300"));
        assertThrows(InputException.class, () -> Quantities.lengthM("1e400km"));
        assertThrows(InputException.class, () -> Quantities.lengthM(null));
    }
}
