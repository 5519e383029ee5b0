package org.plumbline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Shape;

class ParsersTest {
    @Test
    void places() throws InputException {
        GeodeticPoint p = Places.parse(" 54.03 , -35.77 ");
        assertEquals(54.03, p.latitudeDeg(), 1e-12);
        assertEquals(-35.77, p.longitudeDeg(), 1e-12);
        assertEquals("expected a longitude in [-180, 180] degrees, found \"190\"",
                assertThrows(InputException.class, () -> Places.parse("10,190")).getMessage());
        assertThrows(InputException.class, () -> Places.parse("10"));
        assertThrows(InputException.class, () -> Places.parse("north,south"));
        assertThrows(InputException.class, () -> Places.parse("NaN,0"));
    }

    @Test
    void shapes() throws InputException {
        assertInstanceOf(Shape.MinimumEnergy.class, Shapes.parse("minimum-energy"));
        assertEquals(2_800_000, ((Shape.Lofted) Shapes.parse("lofted:2800km")).apogeeAltitudeM(), 1e-9);
        assertEquals(500_000, ((Shape.Depressed) Shapes.parse("depressed:500km")).apogeeAltitudeM(), 1e-9);
        assertEquals(Math.toRadians(20), ((Shape.BurnoutAngle) Shapes.parse("burnout-angle:20")).angleRad(), 1e-15);
        assertEquals("expected a shape: minimum-energy, lofted:APOGEE, depressed:APOGEE or burnout-angle:DEG, found "
                + "\"depresed:500km\" (did you mean \"depressed\"?)",
                assertThrows(InputException.class, () -> Shapes.parse("depresed:500km")).getMessage());
        assertThrows(InputException.class, () -> Shapes.parse("lofted"));
        assertThrows(InputException.class, () -> Shapes.parse("burnout-angle:95"));
    }

    @Test
    void suggestions() {
        assertEquals("range", Suggest.nearest("rnage", java.util.List.of("range", "burn-time")));
        assertNull(Suggest.nearest("zzzzzz", java.util.List.of("range", "burn-time")));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
    }

    @Test
    void missileSpecErrors() {
        assertThrows(InputException.class, () -> MissileSpecs.resolve("range=3000km,burnout-speed=5km/s",
                FlightSettings.DEFAULT));
        assertThrows(InputException.class, () -> MissileSpecs.resolve("range=3000km,range=4000km",
                FlightSettings.DEFAULT));
        assertThrows(InputException.class, () -> MissileSpecs.resolve("range=50km", FlightSettings.DEFAULT));
        assertThrows(InputException.class, () -> MissileSpecs.resolve("range=3000km,propellant=gel",
                FlightSettings.DEFAULT));
        assertEquals("expected a burn time between 10 s and 1000 s, found \"5s\"", assertThrows(InputException.class,
                () -> MissileSpecs.resolve("range=3000km,burn-time=5s", FlightSettings.DEFAULT)).getMessage());
    }
}
