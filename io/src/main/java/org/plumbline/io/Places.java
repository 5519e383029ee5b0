package org.plumbline.io;

import org.plumbline.core.earth.GeodeticPoint;

/** Parses places written as decimal degrees "LAT,LON", north and east positive. */
public final class Places {
    private Places() {
    }

    /** A surface point from "54.03,35.77" (spaces allowed around the comma). */
    public static GeodeticPoint parse(String text) throws InputException {
        String t = text == null ? "" : text.trim();
        String[] parts = t.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw InputException.expected("a place as LAT,LON in decimal degrees such as 54.03,35.77", t, null);
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(parts[0]);
            lon = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw InputException.expected("a place as LAT,LON in decimal degrees such as 54.03,35.77", t, null);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw InputException.expected("a latitude in [-90, 90] degrees", parts[0], null);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw InputException.expected("a longitude in [-180, 180] degrees", parts[1], null);
        }
        return GeodeticPoint.ofDegrees(lat, lon);
    }
}
