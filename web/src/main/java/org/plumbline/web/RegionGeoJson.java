package org.plumbline.web;

import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.io.JsonWriter;

/**
 * A built-in region (Natural Earth borders, as {@code io.Geography} reads them) as a GeoJSON Feature
 * with one MultiPolygon, for the page's sectors. Coordinates [lonDeg, latDeg], 4 decimals (about 10 m).
 */
final class RegionGeoJson {
    private RegionGeoJson() {
    }

    static String write(Region r) {
        JsonWriter w = new JsonWriter().beginObject().name("type").value("Feature");
        w.name("properties").beginObject().name("kind").value("region").name("id").value(r.id())
                .name("title").value(r.title()).endObject();
        w.name("geometry").beginObject().name("type").value("MultiPolygon").name("coordinates").beginArray();
        for (Polygon p : r.polygons()) {
            w.beginArray();
            for (double[][] ring : p.rings()) {
                w.beginArray();
                for (double[] v : ring) {
                    w.beginArray().value(Math.toDegrees(v[1]), 4).value(Math.toDegrees(v[0]), 4).endArray();
                }
                if (ring.length > 0 && (ring[0][0] != ring[ring.length - 1][0] || ring[0][1] != ring[ring.length - 1][1])) {
                    w.beginArray().value(Math.toDegrees(ring[0][1]), 4).value(Math.toDegrees(ring[0][0]), 4).endArray();
                }
                w.endArray();
            }
            w.endArray();
        }
        return w.endArray().endObject().endObject().toString();
    }
}
