package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.Route;
import org.plumbline.core.geography.CellUnion;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.io.JsonWriter;

/**
 * {@code footprint.geojson} (RFC 7946), written by {@code plumbline footprint}: the defended-area map
 * as contours and the base-to-target routes with their engageable share.
 *
 * <ul>
 * <li>{@code kind: "defended-area"}: one MultiPolygon per status ({@code defended},
 *     {@code undefended}, {@code not-threatened}) that has cells: the exact union of those cells
 *     ({@link CellUnion}), outer rings counter-clockwise and holes clockwise (section 3.1.6), cut at
 *     the antimeridian (section 3.1.9). Vertices are the cells' corners rounded to 10<sup>-5</sup>°,
 *     written with 5 decimals, so the file holds exactly the polygons computed. Properties: threat
 *     set, status, cell count, the cells' area (km², the sum of cell weights spacing² R² on the
 *     6,371 km sphere) and the polygons' own area on that sphere, smaller by spacing² / 24 (a cell
 *     rectangle's exact area), the rounding of the corners (under 10<sup>-5</sup>) and, at the
 *     antimeridian, the overlap of the lattice's cells there, which the union counts once.</li>
 * <li>{@code kind: "route"}: the ground track of each reachable route (LineString, or
 *     MultiLineString when cut at the antimeridian) with its engageable share and windows;
 *     {@code kind: "route-engageable"}: the part of the track under the union of the windows.</li>
 * </ul>
 * Deterministic: the same inputs give the same bytes.
 */
public final class FootprintGeoJson {
    private FootprintGeoJson() {
    }

    /** The file for a scenario, launch area, its maps (may be empty) and routes (may be empty). */
    public static String write(String scenarioId, String launch, List<DefendedAreaMap> maps, List<Route> routes) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\"type\":\"FeatureCollection\",\"name\":\"plumbline-footprint\",\"features\":[");
        GeoJson.Features features = new GeoJson.Features(b);
        double unit = DefendedAreaMap.radiansPerUnit();
        for (DefendedAreaMap m : maps) {
            for (Footprint.Status s : Footprint.Status.values()) {
                int n = m.footprint().count(s);
                if (n == 0) {
                    continue;
                }
                List<CellUnion.Polygon> polys = m.contours(s);
                double area = 0;
                for (CellUnion.Polygon p : polys) {
                    area += p.sphericalAreaM2(unit, 6_371_000.0);
                }
                features.add(multiPolygon(polys), GeoJson.props("defended-area", scenarioId).s("launch", launch)
                        .s("threatSet", m.threatSetId()).s("region", m.regionId()).s("status", s.label())
                        .n("cells", n).d("areaKm2", m.footprint().areaM2(s) / 1e6, 1)
                        .d("polygonAreaKm2", area / 1e6, 1).n("polygons", polys.size())
                        .n("holes", polys.stream().mapToInt(p -> p.holes().size()).sum()));
            }
        }
        for (Route r : routes) {
            if (!r.reachable()) {
                continue;
            }
            List<double[]> track = GroundTracks.of(r.trajectory());
            features.add(GeoJson.line(GroundTracks.splitAtAntimeridian(track)), routeProperties("route", scenarioId, r));
            if (r.windows().isEmpty()) {
                continue;
            }
            List<List<double[]>> parts = new ArrayList<>();
            for (double[] w : r.windows()) {
                parts.addAll(GroundTracks.splitAtAntimeridian(between(r, w[0], w[1])));
            }
            features.add(GeoJson.line(parts), routeProperties("route-engageable", scenarioId, r));
        }
        return features.close();
    }

    private static GeoJson.Props routeProperties(String kind, String scenarioId, Route r) {
        StringBuilder windows = new StringBuilder("[");
        for (int i = 0; i < r.windows().size(); i++) {
            windows.append(i == 0 ? "[" : ",[").append(JsonWriter.format(r.windows().get(i)[0], 1)).append(',')
                    .append(JsonWriter.format(r.windows().get(i)[1], 1)).append(']');
        }
        return GeoJson.props(kind, scenarioId).s("threatSet", r.threat().threatSetId())
                .s("launch", r.threat().launchAreaId()).s("target", r.threat().targetId())
                .s("missile", r.threat().missile().id()).s("shape", r.threat().shape().label())
                .d("engageableShare", r.share(), 4).d("engageableS", r.engageableS(), 1)
                .d("flightTimeS", r.flightTimeS(), 1).raw("windowsS", windows.append(']').toString())
                .strings("engagedBy", r.sites());
    }

    /**
     * The ground track {lonDeg, latDeg} between two times: the display samples inside, with the ends
     * interpolated linearly between neighbouring samples (10 s apart) in unwrapped longitude.
     */
    static List<double[]> between(Route r, double fromS, double toS) {
        List<double[]> all = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        all.add(new double[] {r.trajectory().launch().longitudeDeg(), r.trajectory().launch().latitudeDeg()});
        times.add(0.0);
        for (TrajectorySample s : r.trajectory().samples()) {
            if (s.tS() > 0 && s.tS() < r.trajectory().flightTimeS()) {
                all.add(new double[] {Math.toDegrees(s.longitudeRad()), Math.toDegrees(s.latitudeRad())});
                times.add(s.tS());
            }
        }
        all.add(new double[] {r.trajectory().impact().longitudeDeg(), r.trajectory().impact().latitudeDeg()});
        times.add(r.trajectory().flightTimeS());
        List<double[]> u = GroundTracks.unwrap(all);
        List<double[]> out = new ArrayList<>();
        out.add(at(u, times, fromS));
        for (int i = 0; i < u.size(); i++) {
            if (times.get(i) > fromS && times.get(i) < toS) {
                out.add(u.get(i));
            }
        }
        out.add(at(u, times, toS));
        return out;
    }

    private static double[] at(List<double[]> u, List<Double> times, double tS) {
        int i = 1;
        while (i < times.size() - 1 && times.get(i) < tS) {
            i++;
        }
        double t0 = times.get(i - 1);
        double t1 = times.get(i);
        double f = t1 > t0 ? Math.max(0, Math.min(1, (tS - t0) / (t1 - t0))) : 0;
        double[] a = u.get(i - 1);
        double[] c = u.get(i);
        return new double[] {a[0] + f * (c[0] - a[0]), a[1] + f * (c[1] - a[1])};
    }

    static String multiPolygon(List<CellUnion.Polygon> polys) {
        StringBuilder b = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < polys.size(); i++) {
            b.append(i == 0 ? "[" : ",[");
            ring(b, polys.get(i).shell());
            for (CellUnion.Ring h : polys.get(i).holes()) {
                b.append(',');
                ring(b, h);
            }
            b.append(']');
        }
        return b.append("]}").toString();
    }

    private static void ring(StringBuilder b, CellUnion.Ring r) {
        b.append('[');
        for (int i = 0; i <= r.size(); i++) {
            long[] v = r.vertex(i % r.size());
            b.append(i == 0 ? "[" : ",[").append(DefendedAreaMap.degrees(v[0])).append(',')
                    .append(DefendedAreaMap.degrees(v[1])).append(']');
        }
        b.append(']');
    }
}
