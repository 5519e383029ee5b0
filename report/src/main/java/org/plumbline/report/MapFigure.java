package org.plumbline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plumbline.core.assessment.Route;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.CellUnion;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;

/**
 * One map of a scenario as inline SVG: base map (Natural Earth countries), highlighted regions,
 * graticule, radar coverage, threat ground tracks, targets, launch points, radars and sites, with a
 * scale bar.
 *
 * <p>Projection: azimuthal equidistant centred on the centre of the extent it is given, fitted to
 * {@link #WIDTH} viewBox units. Every line and ring is projected, clipped to the view and simplified
 * by Douglas-Peucker (base map to {@link #BASE_MAP_TOLERANCE}, tracks and graticule to
 * {@link #TRACK_TOLERANCE} units), then written in whole units with relative moves, which keeps a map
 * of Europe and the Atlantic near 100 kB. Markers are placed to 0.1 unit. The legend is HTML,
 * written by the caller.
 *
 * <p>With {@link Overlays}, defended-area contours (each status one even-odd path, edges along
 * parallels drawn in 0.5° steps) lie above the radar coverage, and routes with their engageable
 * parts above the tracks; their styles are inline, so a page without overlays keeps its bytes.
 */
final class MapFigure {
    /** Width of the viewBox (units of about a CSS pixel at full width). */
    static final double WIDTH = 1000.0;
    private static final double MIN_HEIGHT = 440.0;
    private static final double MAX_HEIGHT = 760.0;
    /** Douglas-Peucker tolerance of the base map, viewBox units. */
    static final double BASE_MAP_TOLERANCE = 0.5;
    /** Douglas-Peucker tolerance of tracks and graticule, viewBox units. */
    static final double TRACK_TOLERANCE = 0.4;
    /** Above this many track groups, tracks of one share are merged into one path without tooltips. */
    static final int MAX_TRACKS_WITH_TOOLTIPS = 150;
    private static final double PAD = 3.0;

    /** A radar's coverage footprint: one ring of {latRad, lonRad} per face (empty rings skipped). */
    record Footprint(String radarId, List<List<double[]>> faces) {
    }

    /**
     * What a map draws besides the scenario's geometry: defended-area maps (drawn under the tracks,
     * their grid cells' markers and tracks then left out) and routes with their engageable share
     * (drawn instead of the routes' threat-set tracks).
     *
     * @param maps            defended-area maps
     * @param routes          routes
     * @param hiddenTargets   target ids whose markers are not drawn
     * @param hiddenTrackSets threat sets whose ground tracks are not drawn as track groups
     */
    record Overlays(List<DefendedAreaMap> maps, List<Route> routes,
                    Set<String> hiddenTargets, Set<String> hiddenTrackSets) {
        static final Overlays NONE = new Overlays(List.of(), List.of(), Set.of(), Set.of());

        boolean isEmpty() {
            return maps.isEmpty() && routes.isEmpty();
        }
    }

    /** Fill of each defended-area status (inline style: the page's CSS stays as it is without maps). */
    static String areaStyle(org.plumbline.core.assessment.Footprint.Status s) {
        return switch (s) {
            case DEFENDED -> "fill:var(--blue);fill-opacity:.32;stroke:var(--blue);stroke-width:.5;stroke-opacity:.6";
            case UNDEFENDED -> "fill:var(--verm);fill-opacity:.28;stroke:var(--verm);stroke-width:.5;stroke-opacity:.6";
            case NOT_THREATENED -> "fill:#57606a;fill-opacity:.2;stroke:#57606a;stroke-width:.4;stroke-opacity:.5";
        };
    }

    /** Stroke of a route's whole track and of its engageable part. */
    static final String ROUTE_STYLE = "fill:none;stroke:#57606a;stroke-width:.8;stroke-opacity:.7";
    static final String ROUTE_ENGAGEABLE_STYLE = "fill:none;stroke:var(--orange);stroke-width:2.6;stroke-linecap:round";

    private final AzimuthalEquidistant projection;
    private final double minX;
    private final double maxY;
    private final double scale;
    private final double height;
    private final RectangleClip clip;
    private final double[] tmp = new double[2];
    /** Lines (tracks, graticule, routes) clipped to the view, simplified and written from flat arrays. */
    private final PolylinePath lines;
    /** Scratch: a line's points in viewBox units. */
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private Overlays overlays = Overlays.NONE;
    /** The page's shared track points (null: computed for this map alone). */
    private TrackPoints trackPoints;

    private MapFigure(List<double[]> extentLatLon, double minSpanM) {
        projection = AzimuthalEquidistant.centredOn(extentLatLon);
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : extentLatLon) {
            projection.project(p[0], p[1], tmp);
            x0 = Math.min(x0, tmp[0]);
            x1 = Math.max(x1, tmp[0]);
            y0 = Math.min(y0, tmp[1]);
            y1 = Math.max(y1, tmp[1]);
        }
        if (!(x0 <= x1)) {
            x0 = -minSpanM / 2;
            x1 = minSpanM / 2;
            y0 = -minSpanM / 2;
            y1 = minSpanM / 2;
        }
        // Pad by 6 % and keep at least the minimum span, centred.
        double w = Math.max(minSpanM, (x1 - x0) * 1.12);
        double h = Math.max(minSpanM * 0.6, (y1 - y0) * 1.12);
        double cx = 0.5 * (x0 + x1);
        double cy = 0.5 * (y0 + y1);
        double aspectHeight = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, WIDTH * h / w));
        if (h / w > aspectHeight / WIDTH) {
            w = h * WIDTH / aspectHeight;
        } else {
            h = w * aspectHeight / WIDTH;
        }
        this.height = Math.rint(aspectHeight);
        this.scale = WIDTH / w;
        this.minX = cx - w / 2;
        this.maxY = cy + h / 2;
        this.clip = new RectangleClip(-PAD, -PAD, WIDTH + PAD, height + PAD);
        this.lines = new PolylinePath(-PAD, -PAD, WIDTH + PAD, height + PAD, TRACK_TOLERANCE);
    }

    /**
     * A map fitted to the given points ({latRad, lonRad}), at least minSpanM wide.
     */
    static MapFigure fitted(List<double[]> extentLatLon, double minSpanM) {
        return new MapFigure(extentLatLon, minSpanM);
    }

    double height() {
        return height;
    }

    /** ViewBox units per metre at the centre. */
    double unitsPerMetre() {
        return scale;
    }

    /** Centre of the projection {latRad, lonRad}. */
    double[] centre() {
        return new double[] {projection.centreLatitudeRad(), projection.centreLongitudeRad()};
    }

    /** The viewBox point {x, y} of a geographic point. */
    double[] point(double latRad, double lonRad) {
        projection.project(latRad, lonRad, tmp);
        return new double[] {(tmp[0] - minX) * scale, (maxY - tmp[1]) * scale};
    }

    /** {@link #point(double, double)} from the latitude's sine and cosine: the same values. */
    private double[] point(double sinLat, double cosLat, double lonRad) {
        projection.project(sinLat, cosLat, lonRad, tmp);
        return new double[] {(tmp[0] - minX) * scale, (maxY - tmp[1]) * scale};
    }

    /** Shares the tracks' points with the page's other maps (see {@link TrackPoints}). */
    MapFigure sharing(TrackPoints points) {
        this.trackPoints = points;
        return this;
    }

    private boolean inView(double[] p) {
        return p[0] >= 0 && p[0] <= WIDTH && p[1] >= 0 && p[1] <= height;
    }

    /**
     * The SVG element. Layers are drawn in the order: sea, land, regions, graticule, coverage,
     * tracks, targets, launch points, radars, sites, labels, scale bar. Targets carry a tooltip
     * each when asked (one map of a scenario is enough: a page can have many targets).
     */
    String render(ScenarioGeometry g, List<Footprint> footprints, Map<String, Region> regions, List<String> regionIds,
                  String idPrefix, String title, String description, boolean targetTooltips) {
        return render(g, footprints, regions, regionIds, idPrefix, title, description, targetTooltips, Overlays.NONE);
    }

    /** The SVG element with overlays: defended areas above the coverage, routes above the tracks. */
    String render(ScenarioGeometry g, List<Footprint> footprints, Map<String, Region> regions, List<String> regionIds,
                  String idPrefix, String title, String description, boolean targetTooltips, Overlays overlays) {
        this.overlays = overlays;
        StringBuilder b = new StringBuilder(256 * 1024);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 ")
                .append(DisplayFormat.coordinate(WIDTH)).append(' ').append(DisplayFormat.coordinate(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\">\n");
        b.append("<title id=\"").append(titleId).append("\">").append(Markup.escape(title)).append("</title>\n");
        b.append("<desc id=\"").append(descId).append("\">").append(Markup.escape(description)).append("</desc>\n");
        b.append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"").append(DisplayFormat.coordinate(WIDTH))
                .append("\" height=\"").append(DisplayFormat.coordinate(height)).append("\"/>\n");
        baseMap(b, regions, regionIds);
        graticule(b);
        coverage(b, footprints);
        defendedAreas(b, overlays.maps());
        tracks(b, g);
        routes(b, overlays.routes());
        targets(b, g, targetTooltips);
        List<double[]> labelBoxes = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        launches(b, g, labelBoxes, labels);
        radarsAndSites(b, g, labelBoxes, labels);
        b.append("<g class=\"labels\">\n");
        for (String[] l : labels) {
            b.append(l[0]);
        }
        b.append("</g>\n");
        scaleBar(b);
        b.append("</svg>\n");
        return b.toString();
    }

    private void baseMap(StringBuilder b, Map<String, Region> regions, List<String> regionIds) {
        double[] anti = {-projection.centreLatitudeRad(),
            GeodeticPoint.wrapLongitude(projection.centreLongitudeRad() + Math.PI)};
        // Regions are unions of the same Natural Earth polygons: their polygons are recognised by their
        // outer ring and drawn once, in the region's style, instead of twice.
        Set<RingKey> regionKeys = new java.util.HashSet<>();
        for (String id : regionIds) {
            Region r = regions.get(id);
            if (r != null) {
                for (Polygon p : r.polygons()) {
                    regionKeys.add(key(p.rings().get(0)));
                }
            }
        }
        StringBuilder land = new StringBuilder(128 * 1024);
        StringBuilder region = new StringBuilder(64 * 1024);
        List<CountryShapes.Country> countries = CountryShapes.all();
        List<List<Polygon>> shapes = Shapes.POLYGONS;
        for (int i = 0; i < countries.size(); i++) {
            List<List<double[][]>> polygons = countries.get(i).polygons();
            for (int k = 0; k < polygons.size(); k++) {
                List<double[][]> poly = polygons.get(k);
                // The projection tears a polygon around the antipode; such a polygon is off the map anyway.
                if (shapes.get(i).get(k).contains(anti[0], anti[1])) {
                    continue;
                }
                polygon(!regionKeys.isEmpty() && regionKeys.contains(key(poly.get(0))) ? region : land, poly);
            }
        }
        b.append("<path class=\"land\" d=\"").append(land).append("\"/>\n");
        if (region.length() > 0) {
            b.append("<path class=\"region\" d=\"").append(region).append("\"><title>")
                    .append(Markup.escape("Criterion region" + (regionIds.size() == 1 ? " " : "s ")
                            + String.join(", ", regionIds))).append("</title></path>\n");
        }
    }

    /**
     * A polygon's identity for matching: its size and first vertex (never iterated in hash order; a
     * record compares the coordinates as Double.compare does, as the text of the three once did).
     */
    private record RingKey(int size, double latRad, double lonRad) {
    }

    private static RingKey key(double[][] outerRing) {
        return new RingKey(outerRing.length, outerRing[0][0], outerRing[0][1]);
    }

    /** The base map's polygons as core polygons for the antipode test, built once (the shapes are static data). */
    private static final class Shapes {
        static final List<List<Polygon>> POLYGONS = build();

        private static List<List<Polygon>> build() {
            List<List<Polygon>> out = new ArrayList<>();
            for (CountryShapes.Country c : CountryShapes.all()) {
                List<Polygon> polygons = new ArrayList<>();
                for (List<double[][]> poly : c.polygons()) {
                    polygons.add(new Polygon(poly));
                }
                out.add(List.copyOf(polygons));
            }
            return List.copyOf(out);
        }
    }

    /** Appends the rings of one polygon ({latRad, lonRad}), projected, clipped and simplified. */
    private void polygon(StringBuilder d, List<double[][]> rings) {
        for (double[][] ring : rings) {
            List<double[]> pts = new ArrayList<>(ring.length);
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (double[] p : ring) {
                double[] q = point(p[0], p[1]);
                pts.add(q);
                x0 = Math.min(x0, q[0]);
                x1 = Math.max(x1, q[0]);
                y0 = Math.min(y0, q[1]);
                y1 = Math.max(y1, q[1]);
            }
            if (x1 < 0 || x0 > WIDTH || y1 < 0 || y0 > height || x1 - x0 < 1.5 && y1 - y0 < 1.5) {
                continue;
            }
            // A ring inside the clip rectangle comes out of Sutherland-Hodgman as it went in.
            boolean inside = x0 >= -PAD && x1 <= WIDTH + PAD && y0 >= -PAD && y1 <= height + PAD;
            List<double[]> clipped = inside ? pts : clip.polygon(pts);
            if (clipped.size() < 3) {
                continue;
            }
            // Douglas-Peucker needs distinct ends: close the ring explicitly.
            clipped.add(clipped.get(0));
            compact(d, DouglasPeucker.simplify(clipped, BASE_MAP_TOLERANCE), true, 3);
        }
    }

    /**
     * Appends a ring or line in whole viewBox units, relative after the first point ("M12,40l3-2 5,1Z"):
     * positions are rounded first and the differences of the rounded values written, so no error
     * accumulates. Repeated points are dropped; returns false (and writes nothing) when fewer than
     * minPoints distinct points remain.
     */
    static boolean compact(StringBuilder d, List<double[]> pts, boolean close, int minPoints) {
        long[] xs = new long[pts.size()];
        long[] ys = new long[pts.size()];
        int n = 0;
        for (double[] p : pts) {
            long x = Math.round(p[0]);
            long y = Math.round(p[1]);
            if (n > 0 && xs[n - 1] == x && ys[n - 1] == y) {
                continue;
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }
        if (close && n > 1 && xs[n - 1] == xs[0] && ys[n - 1] == ys[0]) {
            n--;
        }
        if (n < minPoints) {
            return false;
        }
        d.append('M').append(xs[0]).append(',').append(ys[0]);
        if (n > 1) {
            d.append('l');
        }
        for (int i = 1; i < n; i++) {
            long dx = xs[i] - xs[i - 1];
            long dy = ys[i] - ys[i - 1];
            if (i > 1 && dx >= 0) {
                d.append(' ');
            }
            d.append(dx);
            if (dy >= 0) {
                d.append(',');
            }
            d.append(dy);
        }
        if (close) {
            d.append('z');
        }
        return true;
    }

    /** Appends "Mx,y x,y ...[Z]". */
    static void ring(StringBuilder d, List<double[]> pts, boolean close) {
        for (int i = 0; i < pts.size(); i++) {
            d.append(i == 0 ? 'M' : ' ');
            DisplayFormat.coordinate(d, pts.get(i)[0]);
            d.append(',');
            DisplayFormat.coordinate(d, pts.get(i)[1]);
        }
        if (close) {
            d.append('Z');
        }
    }

    /** A geographic polyline ({latRad, lonRad}) projected, clipped and simplified, appended as subpaths. */
    private void line(StringBuilder d, List<double[]> latLon) {
        int n = latLon.size();
        ensure(n);
        for (int i = 0; i < n; i++) {
            double[] p = latLon.get(i);
            projection.project(p[0], p[1], tmp);
            xs[i] = (tmp[0] - minX) * scale;
            ys[i] = (maxY - tmp[1]) * scale;
        }
        lines.append(d, xs, ys, n);
    }

    /** A track's points ({@link TrackPoints} triples) projected, clipped and simplified, appended as subpaths. */
    void trackLine(StringBuilder d, double[] sinCosLon) {
        int n = sinCosLon.length / 3;
        ensure(n);
        for (int i = 0; i < n; i++) {
            projection.project(sinCosLon[3 * i], sinCosLon[3 * i + 1], sinCosLon[3 * i + 2], tmp);
            xs[i] = (tmp[0] - minX) * scale;
            ys[i] = (maxY - tmp[1]) * scale;
        }
        lines.append(d, xs, ys, n);
    }

    private void ensure(int n) {
        if (xs.length < n) {
            xs = new double[Math.max(n, 2 * xs.length)];
            ys = new double[xs.length];
        }
    }

    /**
     * {@link #trackLine} by the list-based steps it replaces (a point array per point, {@link RectangleClip},
     * {@link DouglasPeucker}, {@link #compact}): the reference its text is tested against.
     */
    void trackLineReference(StringBuilder d, double[] sinCosLon) {
        List<double[]> pts = new ArrayList<>(sinCosLon.length / 3);
        for (int i = 0; i < sinCosLon.length; i += 3) {
            pts.add(point(sinCosLon[i], sinCosLon[i + 1], sinCosLon[i + 2]));
        }
        for (List<double[]> part : clip.polyline(pts)) {
            compact(d, DouglasPeucker.simplify(part, TRACK_TOLERANCE), false, 2);
        }
    }

    private void graticule(StringBuilder b) {
        StringBuilder d = new StringBuilder();
        for (int lat = -80; lat <= 80; lat += 10) {
            List<double[]> l = new ArrayList<>();
            for (int lon = -180; lon <= 180; lon += 2) {
                l.add(new double[] {Math.toRadians(lat), Math.toRadians(lon)});
            }
            line(d, l);
        }
        for (int lon = -180; lon < 180; lon += 10) {
            List<double[]> l = new ArrayList<>();
            for (int lat = -80; lat <= 80; lat += 2) {
                l.add(new double[] {Math.toRadians(lat), Math.toRadians(lon)});
            }
            line(d, l);
        }
        b.append("<path class=\"grat\" d=\"").append(d).append("\"/>\n");
    }

    private void coverage(StringBuilder b, List<Footprint> footprints) {
        if (footprints.isEmpty()) {
            return;
        }
        b.append("<g class=\"cov\">\n");
        for (Footprint f : footprints) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> face : f.faces()) {
                if (face.size() < 3) {
                    continue;
                }
                List<double[]> pts = new ArrayList<>(face.size());
                for (double[] p : face) {
                    pts.add(point(p[0], p[1]));
                }
                // Same orientation for every face, so that the nonzero rule fills their union once.
                if (signedArea(pts) < 0) {
                    java.util.Collections.reverse(pts);
                }
                List<double[]> c = clip.polygon(pts);
                if (c.size() >= 3) {
                    compact(d, c, true, 3);
                }
            }
            if (d.length() > 0) {
                b.append("<path d=\"").append(d).append("\"><title>")
                        .append(Markup.escape("Coverage of radar " + f.radarId() + " at "
                                + DisplayFormat.quantity(RadarFootprint.REFERENCE_ALTITUDE_M, "m") + " altitude"))
                        .append("</title></path>\n");
            }
        }
        b.append("</g>\n");
    }

    private static double signedArea(List<double[]> pts) {
        double a = 0;
        for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            a += pts.get(j)[0] * pts.get(i)[1] - pts.get(i)[0] * pts.get(j)[1];
        }
        return a / 2;
    }

    private void tracks(StringBuilder b, ScenarioGeometry g) {
        List<ScenarioGeometry.TrackGroup> groups = g.groups();
        boolean tooltips = groups.size() <= MAX_TRACKS_WITH_TOOLTIPS;
        // Many lines: thinner and fainter, so that the fan reads as a density and the markers stay visible.
        b.append(tooltips ? "<g class=\"tracks\">\n" : "<g class=\"tracks dense\">\n");
        for (ScenarioGeometry.Share share : ScenarioGeometry.Share.values()) {
            StringBuilder merged = new StringBuilder();
            for (ScenarioGeometry.TrackGroup t : groups) {
                if (t.share() != share || overlays.hiddenTrackSets().contains(t.threatSetId())) {
                    continue;
                }
                double[] track = trackPoints != null ? trackPoints.of(t.trajectory())
                        : TrackPoints.compute(t.trajectory());
                if (tooltips) {
                    StringBuilder d = new StringBuilder();
                    trackLine(d, track);
                    if (d.length() > 0) {
                        b.append("<path class=\"trk ").append(shareClass(share)).append("\" d=\"").append(d)
                                .append("\"><title>").append(Markup.escape(t.launchAreaId() + " \u2192 "
                                        + t.targetId() + ": " + t.engageable() + " of " + t.reachable()
                                        + " engageable (" + String.join(", ", t.missiles()) + ")"))
                                .append("</title></path>\n");
                    }
                } else {
                    trackLine(merged, track);
                }
            }
            if (merged.length() > 0) {
                b.append("<path class=\"trk ").append(shareClass(share)).append("\" d=\"").append(merged)
                        .append("\"/>\n");
            }
        }
        b.append("</g>\n");
    }

    static String shareClass(ScenarioGeometry.Share s) {
        return switch (s) {
            case ALL -> "all";
            case SOME -> "some";
            case NONE -> "none";
        };
    }

    static String statusClass(ScenarioGeometry.TargetStatus s) {
        return switch (s) {
            case DEFENDED -> "def";
            case NOT_DEFENDED -> "undef";
            case OUT_OF_REACH -> "oor";
        };
    }

    /** Marker radius of a target of a given weight, viewBox units: area proportional to weight. */
    static double targetRadius(double weight, double maxWeight) {
        if (!(maxWeight > 0) || !(weight > 0)) {
            return 3.0;
        }
        return 1.6 + 7.4 * Math.sqrt(weight / maxWeight);
    }

    private void targets(StringBuilder b, ScenarioGeometry g, boolean tooltips) {
        double maxWeight = 0;
        for (ScenarioGeometry.Target t : g.targets()) {
            maxWeight = Math.max(maxWeight, t.weight());
        }
        boolean uniform = g.targets().stream().allMatch(t -> t.weight() == g.targets().get(0).weight());
        List<ScenarioGeometry.Target> order = new ArrayList<>(g.targets());
        // Big markers first so that small ones stay visible on top (stable: ties keep threat order).
        order.sort(Comparator.comparingDouble(ScenarioGeometry.Target::weight).reversed());
        b.append("<g class=\"targets\">\n");
        for (ScenarioGeometry.Target t : order) {
            double[] p = point(t.position().latitudeRad(), t.position().longitudeRad());
            if (!inView(p) || overlays.hiddenTargets().contains(t.id())) {
                continue;
            }
            double r = uniform ? 4.0 : targetRadius(t.weight(), maxWeight);
            b.append("<circle class=\"").append(statusClass(t.status())).append("\" cx=\"")
                    .append(DisplayFormat.coordinate(p[0])).append("\" cy=\"").append(DisplayFormat.coordinate(p[1]))
                    .append("\" r=\"").append(DisplayFormat.coordinate(r)).append('"');
            if (tooltips) {
                b.append("><title>").append(Markup.escape(t.id() + ": " + t.status().label() + ", " + t.engageable()
                        + " of " + t.reachable() + " reaching threats engageable"
                        + (uniform ? "" : ", weight " + DisplayFormat.fixed(t.weight(), 0, true))))
                        .append("</title></circle>\n");
            } else {
                b.append("/>\n");
            }
        }
        b.append("</g>\n");
    }

    /** Largest step along a parallel between drawn points of a contour edge, units of 10^-5 deg (0.5 deg). */
    private static final long MAX_EDGE_UNITS = 50_000;

    private void defendedAreas(StringBuilder b, List<DefendedAreaMap> maps) {
        if (maps.isEmpty()) {
            return;
        }
        double unit = DefendedAreaMap.radiansPerUnit();
        b.append("<g class=\"defended-areas\">\n");
        for (DefendedAreaMap m : maps) {
            for (org.plumbline.core.assessment.Footprint.Status s : List.of(
                    org.plumbline.core.assessment.Footprint.Status.NOT_THREATENED,
                    org.plumbline.core.assessment.Footprint.Status.UNDEFENDED,
                    org.plumbline.core.assessment.Footprint.Status.DEFENDED)) {
                int n = m.footprint().count(s);
                if (n == 0) {
                    continue;
                }
                StringBuilder d = new StringBuilder();
                for (CellUnion.Polygon p : m.contours(s)) {
                    List<CellUnion.Ring> rings = new ArrayList<>();
                    rings.add(p.shell());
                    rings.addAll(p.holes());
                    for (CellUnion.Ring r : rings) {
                        contourRing(d, r, unit);
                    }
                }
                if (d.length() == 0) {
                    continue;
                }
                b.append("<path fill-rule=\"evenodd\" style=\"").append(areaStyle(s)).append("\" d=\"").append(d)
                        .append("\"><title>").append(Markup.escape("Threat set " + m.threatSetId() + ": " + n + " "
                                + s.label() + " cells, " + DisplayFormat.fixed(m.footprint().areaM2(s) / 1e6, 0, true)
                                + " km2")).append("</title></path>\n");
            }
        }
        b.append("</g>\n");
    }

    /** One contour ring: edges along parallels drawn in steps of at most 0.5 deg, projected and clipped. */
    private void contourRing(StringBuilder d, CellUnion.Ring r, double unit) {
        List<double[]> pts = new ArrayList<>(r.size() + 8);
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.size(); i++) {
            long[] v = r.vertex(i);
            long[] w = r.vertex((i + 1) % r.size());
            long steps = v[1] == w[1] ? Math.max(1, (Math.abs(w[0] - v[0]) + MAX_EDGE_UNITS - 1) / MAX_EDGE_UNITS) : 1;
            for (long k = 0; k < steps; k++) {
                double x = v[0] + (double) (w[0] - v[0]) * k / steps;
                double[] q = point(v[1] * unit, x * unit);
                pts.add(q);
                x0 = Math.min(x0, q[0]);
                x1 = Math.max(x1, q[0]);
                y0 = Math.min(y0, q[1]);
                y1 = Math.max(y1, q[1]);
            }
        }
        if (x1 < 0 || x0 > WIDTH || y1 < 0 || y0 > height) {
            return;
        }
        List<double[]> clipped = clip.polygon(pts);
        if (clipped.size() < 3) {
            return;
        }
        clipped.add(clipped.get(0));
        compact(d, DouglasPeucker.simplify(clipped, TRACK_TOLERANCE), true, 3);
    }

    private void routes(StringBuilder b, List<Route> routes) {
        if (routes.isEmpty()) {
            return;
        }
        b.append("<g class=\"routes\">\n");
        for (Route r : routes) {
            if (!r.reachable()) {
                continue;
            }
            String tip = Markup.escape(r.label() + ": engageable " + DisplayFormat.fixed(100 * r.share(), 1)
                    + " % of its " + DisplayFormat.fixed(r.flightTimeS(), 0) + " s flight"
                    + (r.sites().isEmpty() ? "" : " (" + String.join(", ", r.sites()) + ")"));
            StringBuilder d = new StringBuilder();
            line(d, latLon(GroundTracks.of(r.trajectory())));
            if (d.length() > 0) {
                b.append("<path style=\"").append(ROUTE_STYLE).append("\" d=\"").append(d).append("\"><title>")
                        .append(tip).append("</title></path>\n");
            }
            StringBuilder e = new StringBuilder();
            for (double[] w : r.windows()) {
                line(e, latLon(FootprintGeoJson.between(r, w[0], w[1])));
            }
            if (e.length() > 0) {
                b.append("<path style=\"").append(ROUTE_ENGAGEABLE_STYLE).append("\" d=\"").append(e)
                        .append("\"><title>").append(tip).append("</title></path>\n");
            }
        }
        b.append("</g>\n");
    }

    private static List<double[]> latLon(List<double[]> lonLatDeg) {
        List<double[]> out = new ArrayList<>(lonLatDeg.size());
        for (double[] p : lonLatDeg) {
            out.add(new double[] {Math.toRadians(p[1]), Math.toRadians(p[0])});
        }
        return out;
    }

    private void launches(StringBuilder b, ScenarioGeometry g, List<double[]> boxes, List<String[]> labels) {
        b.append("<g class=\"launch\">\n");
        List<String> labelled = new ArrayList<>();
        for (ScenarioGeometry.Launch l : g.launches()) {
            double[] p = point(l.position().latitudeRad(), l.position().longitudeRad());
            if (!inView(p)) {
                continue;
            }
            b.append("<path d=\"M").append(DisplayFormat.coordinate(p[0] - 4)).append(',')
                    .append(DisplayFormat.coordinate(p[1] - 4)).append("l8,8m0,-8l-8,8\"><title>")
                    .append(Markup.escape("Launch area " + l.areaId() + ", "
                            + DisplayFormat.latLon(l.position().latitudeRad(), l.position().longitudeRad())))
                    .append("</title></path>\n");
            if (!labelled.contains(l.areaId())) {
                labelled.add(l.areaId());
                label(p, l.areaId(), "lbl-launch", 6, boxes, labels);
            }
        }
        b.append("</g>\n");
    }

    private void radarsAndSites(StringBuilder b, ScenarioGeometry g, List<double[]> boxes, List<String[]> labels) {
        b.append("<g class=\"radars\">\n");
        List<double[]> sitePoints = new ArrayList<>();
        for (ScenarioGeometry.Site s : g.sites()) {
            sitePoints.add(point(s.site().position().latitudeRad(), s.site().position().longitudeRad()));
        }
        List<double[]> pendingRadarLabels = new ArrayList<>();
        List<String> pendingRadarNames = new ArrayList<>();
        for (ScenarioGeometry.RadarMark r : g.radars()) {
            double[] p = point(r.radar().position().latitudeRad(), r.radar().position().longitudeRad());
            if (!inView(p)) {
                continue;
            }
            b.append("<rect x=\"").append(DisplayFormat.coordinate(p[0] - 3.5)).append("\" y=\"")
                    .append(DisplayFormat.coordinate(p[1] - 3.5)).append("\" width=\"7\" height=\"7\"><title>")
                    .append(Markup.escape("Radar " + r.radar().id() + " (" + r.radar().type() + "), "
                            + r.radar().faces().size() + " face(s)"))
                    .append("</title></rect>\n");
            boolean nearSite = false;
            for (double[] s : sitePoints) {
                nearSite |= Math.hypot(s[0] - p[0], s[1] - p[1]) < 8;
            }
            if (!nearSite) {
                pendingRadarLabels.add(p);
                pendingRadarNames.add(r.radar().id());
            }
        }
        b.append("</g>\n<g class=\"sites\">\n");
        for (int i = 0; i < g.sites().size(); i++) {
            ScenarioGeometry.Site s = g.sites().get(i);
            double[] p = sitePoints.get(i);
            if (!inView(p)) {
                continue;
            }
            b.append("<path d=\"M").append(DisplayFormat.coordinate(p[0])).append(',')
                    .append(DisplayFormat.coordinate(p[1] - 7)).append("l6.5,11h-13z\"><title>")
                    .append(Markup.escape("Interceptor site " + s.site().id() + ": " + s.site().count() + " "
                            + s.site().interceptor().name() + " (" + s.systemId() + ")"))
                    .append("</title></path>\n");
        }
        b.append("</g>\n");
        // Sites first: their labels win the space.
        List<String[]> siteLabels = new ArrayList<>();
        for (int i = 0; i < g.sites().size(); i++) {
            if (inView(sitePoints.get(i))) {
                label(sitePoints.get(i), g.sites().get(i).site().id(), "lbl-site", 9, boxes, siteLabels);
            }
        }
        for (int i = 0; i < pendingRadarLabels.size(); i++) {
            label(pendingRadarLabels.get(i), pendingRadarNames.get(i), "lbl-radar", 7, boxes, siteLabels);
        }
        labels.addAll(0, siteLabels);
    }

    /** Places a label beside p where it overlaps no other label (right, left, above, below), or drops it. */
    private void label(double[] p, String text, String cls, double offset, List<double[]> boxes,
                       List<String[]> labels) {
        double w = 6.4 * text.length() + 2;
        double h = 13;
        double[][] candidates = {
            {p[0] + offset, p[1] - h / 2, 0},
            {p[0] - offset - w, p[1] - h / 2, 1},
            {p[0] - w / 2, p[1] - offset - h, 2},
            {p[0] - w / 2, p[1] + offset, 3},
        };
        for (double[] c : candidates) {
            double[] box = {c[0], c[1], c[0] + w, c[1] + h};
            if (box[0] < 2 || box[2] > WIDTH - 2 || box[1] < 2 || box[3] > height - 2) {
                continue;
            }
            boolean free = true;
            for (double[] o : boxes) {
                if (box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                boxes.add(box);
                String anchor = c[2] == 1 ? "end" : c[2] >= 2 ? "middle" : "start";
                double x = c[2] == 1 ? box[2] : c[2] >= 2 ? p[0] : box[0];
                labels.add(new String[] {"<text class=\"" + cls + "\" x=\"" + DisplayFormat.coordinate(x)
                        + "\" y=\"" + DisplayFormat.coordinate(box[3] - 3) + "\" text-anchor=\"" + anchor + "\">"
                        + Markup.escape(text) + "</text>\n"});
                return;
            }
        }
    }

    private void scaleBar(StringBuilder b) {
        double[] nice = {50, 100, 200, 250, 500, 1000, 2000, 2500, 5000};
        double km = nice[nice.length - 1];
        for (double n : nice) {
            if (n * 1000 * scale >= 90) {
                km = n;
                break;
            }
        }
        double len = km * 1000 * scale;
        String text = DisplayFormat.fixed(km, 0, true) + " km (true along lines through the map centre)";
        double x = 16;
        double y = height - 18;
        b.append("<g class=\"scale\"><rect x=\"").append(DisplayFormat.coordinate(x - 6)).append("\" y=\"")
                .append(DisplayFormat.coordinate(y - 17)).append("\" width=\"")
                .append(DisplayFormat.coordinate(Math.max(len, 5.6 * text.length()) + 12)).append("\" height=\"26\"/>")
                .append("<path d=\"M").append(DisplayFormat.coordinate(x)).append(',')
                .append(DisplayFormat.coordinate(y - 4)).append("v4h").append(DisplayFormat.coordinate(len))
                .append("v-4\"/><text x=\"").append(DisplayFormat.coordinate(x)).append("\" y=\"")
                .append(DisplayFormat.coordinate(y - 7)).append("\">")
                .append(text).append("</text></g>\n");
    }
}
