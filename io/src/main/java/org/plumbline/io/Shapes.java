package org.plumbline.io;

import org.plumbline.core.trajectory.Shape;

/** Parses trajectory shapes: minimum-energy, lofted:APOGEE, depressed:APOGEE, burnout-angle:DEG. */
public final class Shapes {
    private static final String EXPECTED =
            "a shape: minimum-energy, lofted:APOGEE, depressed:APOGEE or burnout-angle:DEG";

    private Shapes() {
    }

    public static Shape parse(String text) throws InputException {
        String t = text == null ? "" : text.trim();
        if (t.equals("minimum-energy")) {
            return Shape.MINIMUM_ENERGY;
        }
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String arg = colon < 0 ? "" : t.substring(colon + 1);
        switch (kind) {
            case "lofted", "depressed" -> {
                if (arg.isEmpty()) {
                    throw InputException.expected(EXPECTED, t, "give the apogee, e.g. " + kind + ":2800km");
                }
                double apogee = Quantities.lengthM(arg);
                if (!(apogee >= 1_000 && apogee <= 1.0e8)) {
                    throw InputException.expected("an apogee between 1 km and 100,000 km", arg, null);
                }
                return kind.equals("lofted") ? new Shape.Lofted(apogee) : new Shape.Depressed(apogee);
            }
            case "burnout-angle" -> {
                if (arg.isEmpty()) {
                    throw InputException.expected(EXPECTED, t, "give the angle, e.g. burnout-angle:20");
                }
                double angle = Quantities.angleRad(arg);
                if (!(angle >= Math.toRadians(1) && angle <= Math.toRadians(89))) {
                    throw InputException.expected("a burnout angle between 1 and 89 degrees", arg, null);
                }
                return new Shape.BurnoutAngle(angle);
            }
            default -> {
                String near = Suggest.nearest(kind,
                        java.util.List.of("minimum-energy", "lofted", "depressed", "burnout-angle"));
                throw InputException.expected(EXPECTED, t, near == null ? null : "did you mean \"" + near + "\"?");
            }
        }
    }
}
