package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.assessment.Footprint;
import org.plumbline.io.JsonWriter;

/**
 * A footprint as GeoJSON (RFC 7946): one Polygon feature per run of neighbouring cells of the same
 * status in a lattice row (cells are merged along rows, so the file holds strips rather than one
 * square per cell), with the status, the area and the cell count as properties. Coordinates
 * [lon, lat] in degrees to 5 decimals; a strip that crosses the antimeridian is cut there into two
 * (section 3.1.9). Deterministic.
 */
public final class FootprintGeoJson {
    private static final int DECIMALS = 5;

    private FootprintGeoJson() {
    }

    /** The features of a footprint; properties name the scenario and launch area given. */
    public static String write(Footprint f, String scenarioId, String launch) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        List<Footprint.Cell> cells = f.cells();
        double dLatDeg = Math.toDegrees(f.spacingRad());
        int i = 0;
        while (i < cells.size()) {
            Footprint.Cell c = cells.get(i);
            double dLonDeg = dLatDeg / Math.cos(c.latitudeRad());
            int j = i;
            double area = c.areaM2();
            // A run: same row (latitude), same status, adjacent columns.
            while (j + 1 < cells.size() && cells.get(j + 1).latitudeRad() == c.latitudeRad()
                    && cells.get(j + 1).status() == c.status()
                    && Math.abs(Math.toDegrees(cells.get(j + 1).longitudeRad() - cells.get(j).longitudeRad())
                    - dLonDeg) < 1e-6 * dLonDeg) {
                j++;
                area += cells.get(j).areaM2();
            }
            double lat = Math.toDegrees(c.latitudeRad());
            double west = Math.toDegrees(c.longitudeRad()) - dLonDeg / 2;
            double east = Math.toDegrees(cells.get(j).longitudeRad()) + dLonDeg / 2;
            for (double[] span : split(west, east)) {
                b.append(first ? "\n" : ",\n");
                first = false;
                b.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                double s = lat - dLatDeg / 2;
                double n = lat + dLatDeg / 2;
                b.append(pos(span[0], s)).append(',').append(pos(span[1], s)).append(',').append(pos(span[1], n))
                        .append(',').append(pos(span[0], n)).append(',').append(pos(span[0], s));
                b.append("]]},\"properties\":{");
                b.append("\"scenario\":").append(quoted(scenarioId)).append(",\"launch\":").append(quoted(launch))
                        .append(",\"threatSet\":").append(quoted(f.threatSetId()))
                        .append(",\"status\":").append(quoted(c.status().label()))
                        .append(",\"cells\":").append(j - i + 1)
                        .append(",\"areaKm2\":").append(JsonWriter.format(area / 1e6, 1)).append("}}");
            }
            i = j + 1;
        }
        return b.append("\n]}\n").toString();
    }

    /** [west, east] spans within [-180, 180]: one, or two when the strip crosses the antimeridian. */
    static List<double[]> split(double west, double east) {
        List<double[]> out = new ArrayList<>();
        if (west < -180) {
            out.add(new double[] {west + 360, 180});
            out.add(new double[] {-180, east});
        } else if (east > 180) {
            out.add(new double[] {west, 180});
            out.add(new double[] {-180, east - 360});
        } else {
            out.add(new double[] {west, east});
        }
        return out;
    }

    private static String pos(double lon, double lat) {
        return "[" + JsonWriter.format(lon, DECIMALS) + "," + JsonWriter.format(lat, DECIMALS) + "]";
    }

    private static String quoted(String s) {
        // JsonWriter escapes strings; take its rendering of a one-element array and strip the brackets.
        String a = new JsonWriter().beginArray().value(s).endArray().toString().strip();
        return a.substring(1, a.length() - 1).strip();
    }
}
