package org.plumbline.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.City;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;

/**
 * Expands a {@link ThreatSet} into concrete {@link ThreatCase}s: launch points × missiles × shapes ×
 * targets, in a fixed order (launch areas, then sample points north to south and west to east,
 * then missiles, shapes and targets as declared or sorted), so that the same scenario always gives
 * the same list.
 *
 * <p>Polygon launch areas and grid targets are sampled on a latitude-longitude lattice whose spacing
 * is the stated ground distance along meridians and, at each latitude, along the parallel
 * (spacing / (R cos lat)), with R = 6,371 km; a sample is kept when it lies inside the polygon or
 * region. A grid cell's weight is its area on that sphere.
 */
public final class ThreatExpansion {
    private static final double EARTH_RADIUS_M = 6_371_000.0;

    private ThreatExpansion() {
    }

    /**
     * The concrete threats of a set.
     *
     * @param regions regions by id (for city and grid targets)
     * @param cities  the city catalog (for city targets), any order
     * @throws IllegalArgumentException when a target names a region that is not given
     */
    public static List<ThreatCase> expand(ThreatSet set, Map<String, Region> regions, List<City> cities) {
        List<String> launchIds = new ArrayList<>();
        List<GeodeticPoint> launches = new ArrayList<>();
        for (LaunchArea area : set.launchAreas()) {
            if (area instanceof LaunchArea.Point p) {
                launchIds.add(p.id());
                launches.add(p.position());
            } else {
                LaunchArea.Polygon poly = (LaunchArea.Polygon) area;
                List<double[][]> rings = new ArrayList<>();
                double[][] ring = new double[poly.vertices().size()][];
                for (int i = 0; i < ring.length; i++) {
                    ring[i] = new double[] {poly.vertices().get(i).latitudeRad(), poly.vertices().get(i).longitudeRad()};
                }
                rings.add(ring);
                Polygon shape = new Polygon(rings);
                for (double[] ll : lattice(List.of(shape), poly.spacingM())) {
                    launchIds.add(poly.id());
                    launches.add(new GeodeticPoint(ll[0], ll[1], 0.0));
                }
            }
        }
        List<String> targetIds = new ArrayList<>();
        List<GeodeticPoint> targets = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        TargetSet t = set.targets();
        if (t instanceof TargetSet.Points pts) {
            for (TargetSet.NamedPoint p : pts.points()) {
                targetIds.add(p.id());
                targets.add(p.position());
                weights.add(1.0);
            }
        } else if (t instanceof TargetSet.Cities c) {
            Region region = region(regions, c.regionId());
            List<City> sorted = new ArrayList<>(cities);
            sorted.sort((a, b) -> Long.compare(a.geonameId(), b.geonameId()));
            for (City city : sorted) {
                if (city.population() >= c.minPopulation()
                        && region.contains(city.position().latitudeRad(), city.position().longitudeRad())) {
                    targetIds.add(city.name() + " (" + city.geonameId() + ")");
                    targets.add(city.position());
                    weights.add((double) city.population());
                }
            }
        } else {
            TargetSet.Grid g = (TargetSet.Grid) t;
            Region region = region(regions, g.regionId());
            double spacingM = g.spacingRad() * EARTH_RADIUS_M;
            double rowLat = Double.NaN;
            String rowText = "";
            for (double[] ll : lattice(region.polygons(), spacingM)) {
                // "cell %.4f %.4f" of the degrees, the latitude formatted once per row (a formatter
                // formats each argument alone, so the text is the same).
                if (Double.doubleToRawLongBits(ll[0]) != Double.doubleToRawLongBits(rowLat)) {
                    rowLat = ll[0];
                    rowText = "cell " + String.format(Locale.ROOT, "%.4f", Math.toDegrees(ll[0])) + " ";
                }
                targetIds.add(rowText + String.format(Locale.ROOT, "%.4f", Math.toDegrees(ll[1])));
                targets.add(new GeodeticPoint(ll[0], ll[1], 0.0));
                weights.add(ll[2]);
            }
        }
        List<ThreatCase> out = new ArrayList<>();
        for (int l = 0; l < launches.size(); l++) {
            for (Missile m : set.missiles()) {
                for (Shape s : set.shapes()) {
                    for (int k = 0; k < targets.size(); k++) {
                        out.add(new ThreatCase(set.id(), launchIds.get(l), launches.get(l), m, s, targetIds.get(k),
                                targets.get(k), weights.get(k)));
                    }
                }
            }
        }
        return out;
    }

    private static Region region(Map<String, Region> regions, String id) {
        Region r = regions.get(id);
        if (r == null) {
            throw new IllegalArgumentException("region " + id + " is not among the regions given: " + regions.keySet());
        }
        return r;
    }

    /**
     * Lattice points {latRad, lonRad, cellAreaM2} inside any of the polygons, north to south and west
     * to east, at a ground spacing (m).
     */
    static List<double[]> lattice(List<Polygon> polygons, double spacingM) {
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (Polygon p : polygons) {
            double[] b = p.bounds();
            minLat = Math.min(minLat, b[0]);
            maxLat = Math.max(maxLat, b[1]);
            minLon = Math.min(minLon, b[2]);
            maxLon = Math.max(maxLon, b[3]);
        }
        double dLat = spacingM / EARTH_RADIUS_M;
        List<double[]> out = new ArrayList<>();
        // Rows on a fixed global lattice (multiples of dLat), so that neighbouring regions share points.
        long firstRow = (long) Math.floor(maxLat / dLat);
        for (long row = firstRow; row * dLat >= minLat; row--) {
            double lat = row * dLat;
            double cos = Math.cos(lat);
            if (cos < 1e-6) {
                continue;
            }
            double dLon = dLat / cos;
            double area = spacingM * spacingM;
            // The polygons this parallel cuts, in their order, each with its crossings computed once.
            List<Polygon.Row> cut = new ArrayList<>();
            for (Polygon p : polygons) {
                Polygon.Row r = p.row(lat);
                if (r != null) {
                    cut.add(r);
                }
            }
            if (cut.isEmpty()) {
                continue;
            }
            for (long col = (long) Math.ceil(minLon / dLon); col * dLon <= maxLon; col++) {
                double lon = col * dLon;
                for (Polygon.Row p : cut) {
                    if (p.contains(lon)) {
                        out.add(new double[] {lat, lon, area});
                        break;
                    }
                }
            }
        }
        return out;
    }
}
