package org.plumbline.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.plumbline.core.assessment.CriterionResult;
import org.plumbline.core.assessment.Footprint;
import org.plumbline.core.assessment.Margin;
import org.plumbline.core.assessment.Route;
import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.assessment.Verdict;
import org.plumbline.core.scenario.Criterion;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.core.scenario.Sector;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.io.Geography;
import org.plumbline.io.scenario.Catalog;
import org.plumbline.io.scenario.CatalogText;

/**
 * The assessment as one self-contained HTML5 page ({@code index.html}): the verdict table first, then
 * one section per scenario with each criterion's verdict, evidence, margin charts and the
 * engagement timeline of the deciding trajectory, a map, the threats, the assumptions, sources and
 * every parameter, and a footer with the data attribution and what is needed to reproduce the page.
 * A scenario with a defended-area map ({@link DefendedAreaMap}) or mapped routes
 * ({@link Report#routeThreatSets()}) also has them on its map, with a legend and tables; other pages
 * are unchanged by them.
 *
 * <p>Self-contained: inline CSS and SVG, no script, no font or image fetched; the only URLs are the
 * attribution links. The markup is also well-formed XML (XHTML syntax, every SVG with its
 * namespace), so that it can be checked by an XML parser. Deterministic: the same report gives the
 * same bytes. Accessible: headings in order, table headers with scope, every chart an {@code img}
 * with a title and a text description, and verdicts as words and symbols, never by colour alone.
 */
public final class HtmlReport {
    /** Links of the attribution (the text is {@link Geography#ATTRIBUTION}). */
    static final String NATURAL_EARTH_URL = "https://www.naturalearthdata.com/";
    static final String GEONAMES_URL = "https://www.geonames.org/";
    static final String CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/";
    /** A close-up map is added when the defended theatre is narrower than this share of the overview. */
    private static final double CLOSE_UP_RATIO = 0.6;
    /** Smallest map width, m. */
    private static final double MIN_MAP_SPAN_M = 1_500_000.0;

    private HtmlReport() {
    }

    /**
     * The page.
     *
     * @param report    what to show
     * @param geography the built-in geography (regions drawn on the maps, attribution)
     */
    public static String render(Report report, Geography geography) {
        Objects.requireNonNull(geography, "geography");
        return render(report, geography, new DefendedAreaMaps(() -> geography));
    }

    /**
     * The page, with the scenarios' defended-area maps taken from {@code maps}.
     *
     * @param report    what to show
     * @param geography the built-in geography (regions drawn on the maps, attribution)
     * @param maps      the defended-area maps, counting population with the same geography
     */
    public static String render(Report report, Geography geography, DefendedAreaMaps maps) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(geography, "geography");
        Objects.requireNonNull(maps, "maps");
        return new Page(report, geography, maps).render();
    }

    private static final class Page {
        private final Report report;
        private final Geography geography;
        private final DefendedAreaMaps areaMaps;
        private final StringBuilder b;
        private final List<String> sectionIds = new ArrayList<>();
        /** The ground tracks' points, shared by the maps of every section. */
        private final TrackPoints trackPoints;
        /** The radars' coverage footprints, shared by the maps of every section. */
        private final RadarFootprints radarFootprints;

        Page(Report report, Geography geography, DefendedAreaMaps maps) {
            this(report, geography, maps, 1 << 20, new TrackPoints(), new RadarFootprints());
        }

        private Page(Report report, Geography geography, DefendedAreaMaps maps, int capacity, TrackPoints trackPoints,
                     RadarFootprints radarFootprints) {
            this.report = report;
            this.geography = geography;
            this.areaMaps = maps;
            this.trackPoints = trackPoints;
            this.radarFootprints = radarFootprints;
            this.b = new StringBuilder(capacity);
            for (int i = 0; i < report.scenarios().size(); i++) {
                sectionIds.add(Markup.id("s" + (i + 1), report.scenarios().get(i).scenario().id()));
            }
        }

        String render() {
            b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                    .append("<meta charset=\"utf-8\"/>\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                    .append("<meta name=\"generator\" content=\"Plumbline ").append(esc(report.version())).append("\"/>\n")
                    .append("<title>").append(esc(pageTitle())).append("</title>\n")
                    .append("<style>").append(Css.PAGE).append("</style>\n</head>\n<body>\n");
            b.append("<header class=\"top\">\n<p class=\"kicker\">Plumbline ").append(esc(report.version()))
                    .append(" \u00b7 physics-based missile-defence assessment from public data</p>\n")
                    .append("<h1>").append(esc(pageTitle())).append("</h1>\n")
                    .append("<p class=\"lede\">What each declared deployment can do, from kinematics alone: for every "
                            + "scenario, whether each criterion holds at the declared (nominal) values and across "
                            + "their uncertainty ranges, by what margin, and on which assumptions.</p>\n</header>\n");
            b.append("<main>\n");
            verdictTable();
            for (String section : scenarioSections()) {
                b.append(section);
            }
            b.append("</main>\n");
            footer();
            b.append("</body>\n</html>\n");
            return b.toString();
        }

        /**
         * Each scenario's section, rendered side by side (each on a page of its own: a page keeps no
         * state but its text) and returned in the scenarios' order, so the bytes are those of one
         * after the other. The sections with their maps are most of the page's time, and the last
         * part of a default run in which a core would otherwise wait.
         */
        private List<String> scenarioSections() {
            List<CompletableFuture<String>> parts = new ArrayList<>();
            for (int i = 0; i < report.scenarios().size(); i++) {
                int k = i;
                parts.add(CompletableFuture.supplyAsync(() -> {
                    Page section = new Page(report, geography, areaMaps, 1 << 18, trackPoints, radarFootprints);
                    section.scenario(report.scenarios().get(k), sectionIds.get(k));
                    return section.b.toString();
                }));
            }
            List<String> out = new ArrayList<>();
            for (CompletableFuture<String> part : parts) {
                try {
                    out.add(part.join());
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw e;
                }
            }
            return out;
        }

        private String pageTitle() {
            int n = report.scenarios().size();
            return "Missile-defence assessment: " + n + (n == 1 ? " scenario" : " scenarios");
        }

        // ------------------------------------------------------------------ verdict table

        private List<String> criterionColumns() {
            Set<String> ids = new LinkedHashSet<>();
            for (ScenarioAssessment a : report.scenarios()) {
                for (CriterionResult c : a.criteria()) {
                    ids.add(c.criterion().id());
                }
            }
            return new ArrayList<>(ids);
        }

        private void verdictTable() {
            List<String> columns = criterionColumns();
            b.append("<section id=\"verdicts\" aria-labelledby=\"verdicts-h\">\n<h2 id=\"verdicts-h\">Verdicts</h2>\n");
            b.append("<p class=\"key\"><span class=\"verdict pass\">\u2713 PASS</span> holds at the nominal values and "
                    + "at both corners of the uncertainty ranges \u00b7 <span class=\"verdict fail\">\u2717 FAIL</span> "
                    + "fails at the nominal values and at both corners \u00b7 <span class=\"verdict indeterminate\">? "
                    + "INDETERMINATE</span> the corners straddle the threshold. Each cell gives the metric at the "
                    + "nominal values, its range over the uncertainty box (the corner that helps the defence least, "
                    + "then the one that helps it most) and the margin statements.</p>\n");
            if (report.scenarios().isEmpty()) {
                b.append("<p>No scenario was assessed.</p>\n</section>\n");
                return;
            }
            b.append("<div class=\"table-wrap\"><table class=\"verdicts\">\n<caption>Scenarios down, criteria across"
                    + "</caption>\n<thead><tr><th scope=\"col\">Scenario</th>");
            for (String id : columns) {
                b.append("<th scope=\"col\">").append(esc(id));
                CriterionResult first = firstResult(id);
                if (first != null) {
                    b.append("<span class=\"req\">").append(esc(first.criterion().metric().label())).append(' ')
                            .append(esc(DisplayFormat.requirement(first.criterion()))).append("</span>");
                }
                b.append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < report.scenarios().size(); i++) {
                ScenarioAssessment a = report.scenarios().get(i);
                b.append("<tr><th scope=\"row\"><a href=\"#").append(sectionIds.get(i)).append("\">")
                        .append(esc(a.scenario().title().isEmpty() ? a.scenario().id() : a.scenario().title()))
                        .append("</a><span class=\"sid\">").append(esc(a.scenario().id())).append("</span></th>");
                for (String id : columns) {
                    int k = indexOf(a, id);
                    if (k < 0) {
                        b.append("<td class=\"na\">\u2014<span class=\"sr\"> not assessed</span></td>");
                        continue;
                    }
                    CriterionResult c = a.criteria().get(k);
                    b.append("<td class=\"v ").append(verdictClass(c.verdict())).append("\"><a href=\"#")
                            .append(criterionId(i, k)).append("\">").append(verdictBadge(c.verdict())).append("</a>")
                            .append("<span class=\"val\">").append(esc(DisplayFormat.metric(c.criterion().metric(),
                                    c.value()))).append(" <span class=\"thr\">(")
                            .append(esc(DisplayFormat.requirement(c.criterion()))).append(")</span></span>")
                            .append("<span class=\"corners\">uncertainty: ")
                            .append(esc(DisplayFormat.metric(c.criterion().metric(), c.lowCornerValue())))
                            .append(" to ").append(esc(DisplayFormat.metric(c.criterion().metric(),
                                    c.highCornerValue()))).append("</span>");
                    if (!c.margins().isEmpty()) {
                        b.append("<ul class=\"margins\">");
                        for (Margin m : c.margins()) {
                            b.append("<li>").append(esc(m.statement())).append("</li>");
                        }
                        b.append("</ul>");
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</tbody></table></div>\n");
            b.append("<nav aria-label=\"Scenarios\"><h3>Scenarios</h3><ol class=\"toc\">");
            for (int i = 0; i < report.scenarios().size(); i++) {
                ScenarioAssessment a = report.scenarios().get(i);
                long pass = a.criteria().stream().filter(c -> c.verdict() == Verdict.PASS).count();
                b.append("<li><a href=\"#").append(sectionIds.get(i)).append("\">").append(esc(a.scenario().id()))
                        .append("</a> \u2014 ").append(esc(a.scenario().title())).append(" <span class=\"muted\">(")
                        .append(pass).append(" of ").append(a.criteria().size()).append(" criteria pass)</span></li>");
            }
            b.append("</ol></nav>\n</section>\n");
        }

        private CriterionResult firstResult(String id) {
            for (ScenarioAssessment a : report.scenarios()) {
                int k = indexOf(a, id);
                if (k >= 0) {
                    return a.criteria().get(k);
                }
            }
            return null;
        }

        private static int indexOf(ScenarioAssessment a, String criterionId) {
            for (int k = 0; k < a.criteria().size(); k++) {
                if (a.criteria().get(k).criterion().id().equals(criterionId)) {
                    return k;
                }
            }
            return -1;
        }

        private String criterionId(int scenario, int criterion) {
            return sectionIds.get(scenario) + "-c" + (criterion + 1);
        }

        // ------------------------------------------------------------------ one scenario

        private void scenario(ScenarioAssessment a, String id) {
            Scenario s = a.scenario();
            int index = sectionIds.indexOf(id);
            ScenarioGeometry g = ScenarioGeometry.of(a);
            b.append("<section class=\"scenario\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
                    .append("-h\">\n<h2 id=\"").append(id).append("-h\">").append(esc(s.title().isEmpty() ? s.id()
                            : s.title())).append("</h2>\n");
            long pass = a.criteria().stream().filter(c -> c.verdict() == Verdict.PASS).count();
            b.append("<p class=\"meta\">Scenario <code>").append(esc(s.id())).append("</code> \u00b7 ")
                    .append(pass).append(" of ").append(a.criteria().size()).append(" criteria pass");
            if (!a.threats().isEmpty() || a.footprints().isEmpty()) {
                b.append(" \u00b7 ").append(a.threats().size()).append(" threats, ").append(g.reachableThreats())
                        .append(" reach their targets, ").append(g.engageableThreats()).append(" of those engageable");
            }
            for (Footprint f : a.footprints()) {
                String m = "threat-set." + f.threatSetId() + ".";
                b.append(" \u00b7 defended-area map ").append(esc(f.threatSetId())).append(": ")
                        .append(a.metrics().getOrDefault(m + "cases", 0.0).longValue()
                                + a.metrics().getOrDefault(m + "outside-cases", 0.0).longValue())
                        .append(" threats flown for ").append(f.evaluatedCells()).append(" of ").append(f.cells().size())
                        .append(" cells").append(f.outsidePoints() == 0 ? "" : " and " + f.outsidePoints()
                                + " points just outside the region")
                        .append(f.refineFactor() == 1 ? "" : " (the others inferred from their "
                                + "neighbours, refinement factor " + f.refineFactor() + ")")
                        .append(", not kept");
            }
            b.append("</p>\n");
            if (!s.description().isEmpty()) {
                b.append("<p>").append(esc(s.description())).append("</p>\n");
            }
            map(a, g, id);
            b.append("<h3 id=\"").append(id).append("-criteria\">Criteria</h3>\n");
            for (int k = 0; k < a.criteria().size(); k++) {
                criterion(a, a.criteria().get(k), criterionId(index, k));
            }
            threats(a, g, id);
            assumptions(s, id);
            parameters(s, id);
            b.append("</section>\n");
        }

        private void criterion(ScenarioAssessment a, CriterionResult c, String id) {
            Criterion cr = c.criterion();
            b.append("<article class=\"criterion ").append(verdictClass(c.verdict())).append("\" id=\"").append(id)
                    .append("\" aria-labelledby=\"").append(id).append("-h\">\n<h4 id=\"").append(id).append("-h\">")
                    .append(verdictBadge(c.verdict())).append(" <code>").append(esc(cr.id())).append("</code></h4>\n");
            if (!cr.description().isEmpty()) {
                b.append("<p>").append(esc(cr.description())).append("</p>\n");
            }
            b.append("<dl class=\"facts\">");
            fact("Requirement", cr.metric().label() + " " + DisplayFormat.requirement(cr)
                    + (cr.threatSetId().isEmpty() ? "" : ", threat set " + cr.threatSetId())
                    + (cr.regionId().isEmpty() ? "" : ", region " + cr.regionId())
                    + (cr.systemIds().isEmpty() ? "" : ", systems " + String.join(", ", cr.systemIds())));
            fact("At the nominal values", DisplayFormat.metric(cr.metric(), c.value()) + " \u2014 "
                    + (c.nominalHolds() ? "holds" : "does not hold"));
            fact("Across the uncertainty ranges", DisplayFormat.metric(cr.metric(), c.lowCornerValue())
                    + " (corner least favourable to the defence) to "
                    + DisplayFormat.metric(cr.metric(), c.highCornerValue()) + " (most favourable)");
            fact("Evidence", c.evidence().statement().isEmpty() ? "none recorded" : c.evidence().statement());
            b.append("</dl>\n");
            if (!c.margins().isEmpty()) {
                b.append("<h5>Margins</h5>\n<div class=\"charts\">\n");
                for (int m = 0; m < c.margins().size(); m++) {
                    Margin mg = c.margins().get(m);
                    b.append("<figure class=\"chart-fig\">\n")
                            .append(MarginChart.render(mg, cr, id + "-m" + (m + 1)))
                            .append("<figcaption>").append(esc(mg.statement())).append(" <span class=\"muted\">(")
                            .append(esc(mg.parameter())).append("; searched ")
                            .append(esc(DisplayFormat.quantity(mg.lowerBound(), mg.unit()))).append(" to ")
                            .append(esc(DisplayFormat.quantity(mg.upperBound(), mg.unit()))).append(", ")
                            .append(mg.curve().size()).append(" evaluations)</span></figcaption>\n</figure>\n");
                }
                b.append("</div>\n");
            }
            int ti = c.evidence().threatIndex();
            if (ti >= 0 && ti < a.threats().size()) {
                ThreatOutcome t = a.threats().get(ti);
                b.append("<h5>Deciding trajectory: ").append(esc(t.label())).append("</h5>\n");
                if (t.reachable()) {
                    b.append("<figure class=\"timeline-fig\">\n")
                            .append(TimelineChart.render(t, c.evidence().siteId(), id + "-tl"))
                            .append("<figcaption>Altitude of the threat against time since its launch; below, each "
                                    + "interceptor site\u2019s engagement window (bar: first to last feasible "
                                    + "intercept) and its earliest interceptor launch (\u25bc).")
                            .append(c.evidence().siteId().isEmpty() ? "" : " \u2605 marks the deciding site, "
                                    + "whose window is also shaded above.")
                            .append("</figcaption>\n</figure>\n");
                    siteTable(t, id);
                } else {
                    b.append("<p>The deciding threat does not reach its target: ").append(esc(t.unreachableReason()))
                            .append("</p>\n");
                }
            }
            b.append("</article>\n");
        }

        private void fact(String term, String text) {
            b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(text)).append("</dd>");
        }

        private void siteTable(ThreatOutcome t, String id) {
            b.append("<div class=\"table-wrap\"><table class=\"data sites\">\n<caption>Interceptor sites against "
                    + "this threat (times in s since threat launch)</caption>\n<thead><tr><th scope=\"col\">Site</th>"
                    + "<th scope=\"col\">System</th><th scope=\"col\">Engages</th><th scope=\"col\">Earliest launch</th>"
                    + "<th scope=\"col\">Intercepts</th><th scope=\"col\">Shots</th>"
                    + "<th scope=\"col\">Lowest intercept</th><th scope=\"col\">Critical total delay</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (SiteOutcome s : t.sites()) {
                b.append("<tr><th scope=\"row\">").append(esc(s.siteId())).append("</th><td>").append(esc(s.systemId()))
                        .append("</td><td>").append(s.feasible() ? "\u2713 yes" : "\u2717 no: " + esc(s.reason()))
                        .append("</td><td class=\"num\">")
                        .append(Double.isFinite(s.earliestLaunchS()) ? DisplayFormat.fixed(s.earliestLaunchS(), 0)
                                : "no track")
                        .append("</td><td class=\"num\">").append(s.feasible() ? DisplayFormat.fixed(s.firstInterceptS(), 0)
                                + "\u2013" + DisplayFormat.fixed(s.lastInterceptS(), 0) : "\u2014")
                        .append("</td><td class=\"num\">").append(s.opportunities())
                        .append("</td><td class=\"num\">").append(s.feasible()
                                ? esc(DisplayFormat.quantity(s.lowestInterceptAltitudeM(), "m")) : "\u2014")
                        .append("</td><td class=\"num\">").append(s.criticalDelayS() >= 0
                                ? esc(DisplayFormat.quantity(s.criticalDelayS(), "s")) : "none")
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }

        // ------------------------------------------------------------------ map

        private void map(ScenarioAssessment a, ScenarioGeometry g, String id) {
            List<MapFigure.Footprint> footprints = new ArrayList<>();
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                footprints.add(new MapFigure.Footprint(r.radar().id(), radarFootprints.of(r.radar())));
            }
            List<String> regionIds = new ArrayList<>();
            for (CriterionResult c : a.criteria()) {
                if (!c.criterion().regionId().isEmpty() && !regionIds.contains(c.criterion().regionId())) {
                    regionIds.add(c.criterion().regionId());
                }
            }
            for (Sector s : a.scenario().sectors()) {
                if (!regionIds.contains(s.regionId())) {
                    regionIds.add(s.regionId());
                }
            }
            List<double[]> all = extent(g, footprints, null);
            Set<String> theatreSets = new LinkedHashSet<>();
            for (CriterionResult c : a.criteria()) {
                Criterion.Metric m = c.criterion().metric();
                if ((m == Criterion.Metric.DEFENDED_POPULATION_FRACTION || m == Criterion.Metric.DEFENDED_AREA_FRACTION)
                        && !c.criterion().threatSetId().isEmpty()) {
                    theatreSets.add(c.criterion().threatSetId());
                }
            }
            MapFigure.Overlays overlays = overlays(a);
            b.append("<h3 id=\"").append(id).append("-map\">Map</h3>\n");
            MapFigure overview = MapFigure.fitted(all, MIN_MAP_SPAN_M).sharing(trackPoints);
            MapFigure close = null;
            if (!theatreSets.isEmpty()) {
                List<double[]> theatre = extent(g, footprints, theatreSets);
                if (width(overview, theatre) < CLOSE_UP_RATIO * width(overview, all)) {
                    close = MapFigure.fitted(theatre, MIN_MAP_SPAN_M).sharing(trackPoints);
                }
            }
            mapFigure(overview, g, footprints, regionIds, id + "-map1", "Overview of " + a.scenario().id(),
                    close == null, overlays);
            if (close != null) {
                mapFigure(close, g, footprints, regionIds, id + "-map2", "Close-up of the defended theatre ("
                        + String.join(", ", theatreSets) + ")", true, overlays);
            }
            legend(g, regionIds);
            if (!overlays.isEmpty()) {
                defendedAreaMaps(overlays, id);
            }
        }

        /** The scenario's defended-area maps and mapped routes (none for most reports). */
        private MapFigure.Overlays overlays(ScenarioAssessment a) {
            List<DefendedAreaMap> maps = areaMaps.of(a);
            List<Route> routes = new ArrayList<>();
            for (String set : report.routeThreatSets()) {
                routes.addAll(Route.of(a, set, Set.of()));
            }
            if (maps.isEmpty() && routes.isEmpty()) {
                return MapFigure.Overlays.NONE;
            }
            Set<String> mapped = new LinkedHashSet<>();
            maps.forEach(m -> mapped.add(m.threatSetId()));
            Set<String> hiddenTargets = new java.util.HashSet<>();
            for (ThreatOutcome t : a.threats()) {
                if (mapped.contains(t.threat().threatSetId())) {
                    hiddenTargets.add(t.threat().targetId());
                }
            }
            Set<String> hiddenTracks = new LinkedHashSet<>(mapped);
            hiddenTracks.addAll(report.routeThreatSets());
            return new MapFigure.Overlays(maps, routes, hiddenTargets, hiddenTracks);
        }

        private void defendedAreaMaps(MapFigure.Overlays o, String id) {
            String sw = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swatch map\" viewBox=\"0 0 36 16\" width=\"36\" "
                    + "height=\"16\" aria-hidden=\"true\" focusable=\"false\">";
            b.append("<div class=\"legend\"><h4 class=\"legend-h\">Defended-area maps and routes</h4><ul>\n");
            if (!o.maps().isEmpty()) {
                for (Footprint.Status s : List.of(Footprint.Status.DEFENDED, Footprint.Status.UNDEFENDED,
                        Footprint.Status.NOT_THREATENED)) {
                    item(sw + "<rect x=\"2\" y=\"2\" width=\"32\" height=\"12\" style=\"" + MapFigure.areaStyle(s)
                            + "\"/></svg>", switch (s) {
                                case DEFENDED -> "Defended cells: every missile that reaches the cell is engageable";
                                case UNDEFENDED -> "Undefended cells: some missile that reaches the cell is not";
                                case NOT_THREATENED -> "Cells no missile reaches";
                            });
                }
            }
            if (!o.routes().isEmpty()) {
                item(sw + "<path d=\"M2,8H34\" style=\"" + MapFigure.ROUTE_STYLE + "\"/></svg>",
                        "Route (ground track from base to target)");
                item(sw + "<path d=\"M6,8H30\" style=\"" + MapFigure.ROUTE_ENGAGEABLE_STYLE + "\"/></svg>",
                        "Part of the route under some site\u2019s engagement window");
            }
            b.append("</ul>\n<p class=\"note\">");
            if (!o.maps().isEmpty()) {
                b.append("Cells are the grid threat set\u2019s lattice cells (spacing high, spacing / cos(latitude) "
                        + "wide), drawn as the exact union of the cells of each status, not smoothed; their tracks and "
                        + "target markers are not drawn. ");
            }
            if (!o.routes().isEmpty()) {
                b.append("A route\u2019s engageable share is the part of its flight time covered by the union of the "
                        + "sites\u2019 engagement windows (first to last feasible intercept).");
            }
            b.append("</p>\n</div>\n");
            for (DefendedAreaMap m : o.maps()) {
                Footprint f = m.footprint();
                b.append("<div class=\"table-wrap\"><table class=\"data\">\n<caption>Defended area of threat set ")
                        .append(esc(m.threatSetId())).append(" over ").append(esc(m.regionId())).append(" (")
                        .append(f.cells().size()).append(" cells of ")
                        .append(esc(DisplayFormat.fixed(Math.toDegrees(f.spacingRad()), 2))).append("\u00b0")
                        .append(m.systemIds().isEmpty() ? "" : ", systems " + esc(String.join(", ", m.systemIds())))
                        .append(")</caption>\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Cells</th>"
                                + "<th scope=\"col\">Area, km\u00b2</th><th scope=\"col\">Population (cities of "
                                + "100,000 or more)</th></tr></thead>\n<tbody>\n");
                Footprint.Population p = m.population();
                double[] pop = {p.defended(), p.undefended(), p.notThreatened()};
                for (Footprint.Status s : Footprint.Status.values()) {
                    b.append("<tr><th scope=\"row\">").append(esc(s.label())).append("</th><td class=\"num\">")
                            .append(esc(DisplayFormat.fixed(f.count(s), 0, true))).append("</td><td class=\"num\">")
                            .append(esc(DisplayFormat.fixed(f.areaM2(s) / 1e6, 0, true))).append("</td><td class=\"num\">")
                            .append(esc(DisplayFormat.fixed(pop[s.ordinal()], 0, true))).append("</td></tr>\n");
                }
                b.append("<tr><th scope=\"row\">defended share of the threatened</th><td></td><td class=\"num\">")
                        .append(esc(DisplayFormat.fixed(100 * f.defendedFraction(), 1))).append(" %</td><td class=\"num\">")
                        .append(esc(DisplayFormat.fixed(100 * p.defendedFraction(), 1))).append(" %</td></tr>\n")
                        .append("</tbody></table></div>\n");
            }
            if (!o.routes().isEmpty()) {
                b.append("<div class=\"table-wrap\"><table class=\"data\" id=\"").append(id)
                        .append("-routes\">\n<caption>Routes and their engageable share (times in s since launch)"
                                + "</caption>\n<thead><tr><th scope=\"col\">Route</th><th scope=\"col\">Flight</th>"
                                + "<th scope=\"col\">Engageable</th><th scope=\"col\">Windows</th>"
                                + "<th scope=\"col\">Sites</th></tr></thead>\n<tbody>\n");
                for (Route r : o.routes()) {
                    b.append("<tr><th scope=\"row\">").append(esc(r.label())).append("</th>");
                    if (!r.reachable()) {
                        b.append("<td colspan=\"4\">does not reach: ").append(esc(r.unreachableReason()))
                                .append("</td></tr>\n");
                        continue;
                    }
                    StringBuilder w = new StringBuilder();
                    for (double[] x : r.windows()) {
                        w.append(w.length() == 0 ? "" : ", ").append(DisplayFormat.fixed(x[0], 0)).append("\u2013")
                                .append(DisplayFormat.fixed(x[1], 0));
                    }
                    b.append("<td class=\"num\">").append(DisplayFormat.fixed(r.flightTimeS(), 0)).append(" s</td>")
                            .append("<td class=\"num\">").append(DisplayFormat.fixed(100 * r.share(), 1)).append(" %</td>")
                            .append("<td>").append(w.length() == 0 ? "\u2014" : esc(w.toString())).append("</td>")
                            .append("<td>").append(r.sites().isEmpty() ? "\u2014" : esc(String.join(", ", r.sites())))
                            .append("</td></tr>\n");
                }
                b.append("</tbody></table></div>\n");
            }
        }

        private static double width(MapFigure f, List<double[]> pts) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (double[] p : pts) {
                double[] q = f.point(p[0], p[1]);
                lo = Math.min(lo, q[0]);
                hi = Math.max(hi, q[0]);
                top = Math.min(top, q[1]);
                bottom = Math.max(bottom, q[1]);
            }
            return Math.max(hi - lo, (bottom - top) * MapFigure.WIDTH / f.height());
        }

        /** Points the map must show ({latRad, lonRad}); with threatSets, only those sets' threats. */
        private static List<double[]> extent(ScenarioGeometry g, List<MapFigure.Footprint> footprints,
                                             Set<String> threatSets) {
            List<double[]> pts = new ArrayList<>();
            for (ScenarioGeometry.Site s : g.sites()) {
                pts.add(new double[] {s.site().position().latitudeRad(), s.site().position().longitudeRad()});
            }
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                pts.add(new double[] {r.radar().position().latitudeRad(), r.radar().position().longitudeRad()});
            }
            if (threatSets == null) {
                for (MapFigure.Footprint f : footprints) {
                    for (List<double[]> face : f.faces()) {
                        for (int i = 0; i < face.size(); i += 8) {
                            pts.add(face.get(i));
                        }
                    }
                }
            }
            for (ThreatOutcome t : g.assessment().threats()) {
                if (threatSets != null && !threatSets.contains(t.threat().threatSetId())) {
                    continue;
                }
                pts.add(new double[] {t.threat().launch().latitudeRad(), t.threat().launch().longitudeRad()});
                pts.add(new double[] {t.threat().target().latitudeRad(), t.threat().target().longitudeRad()});
            }
            for (Footprint f : g.assessment().footprints()) {
                if (threatSets != null && !threatSets.contains(f.threatSetId())) {
                    continue;
                }
                for (ScenarioGeometry.Launch l : g.launches()) {
                    pts.add(new double[] {l.position().latitudeRad(), l.position().longitudeRad()});
                }
                int step = Math.max(1, f.cells().size() / 4000);
                for (int i = 0; i < f.cells().size(); i += step) {
                    Footprint.Cell c = f.cells().get(i);
                    pts.add(new double[] {c.latitudeRad(), c.longitudeRad()});
                }
            }
            if (threatSets == null) {
                for (ScenarioGeometry.TrackGroup t : g.groups()) {
                    List<TrajectorySample> s = t.trajectory().samples();
                    for (int i = 0; i < s.size(); i += 6) {
                        pts.add(new double[] {s.get(i).latitudeRad(), s.get(i).longitudeRad()});
                    }
                }
            }
            return pts;
        }

        private void mapFigure(MapFigure f, ScenarioGeometry g, List<MapFigure.Footprint> footprints,
                               List<String> regionIds, String id, String title, boolean targetTooltips,
                               MapFigure.Overlays overlays) {
            double[] c = f.centre();
            int shown = (int) g.groups().stream().filter(t -> !overlays.hiddenTrackSets().contains(t.threatSetId()))
                    .count();
            String desc = "Azimuthal equidistant projection centred on " + DisplayFormat.latLon(c[0], c[1]) + ". "
                    + plural(g.sites().size(), "interceptor site") + ", " + plural(g.radars().size(), "radar")
                    + " with their coverage, " + plural(shown, "threat ground track")
                    + " (one per launch point and target) and " + plural(g.targets().size(), "target") + ": " + count(g, ScenarioGeometry.TargetStatus.DEFENDED) + " defended, "
                    + count(g, ScenarioGeometry.TargetStatus.NOT_DEFENDED) + " not defended, "
                    + count(g, ScenarioGeometry.TargetStatus.OUT_OF_REACH) + " out of reach.";
            b.append("<figure class=\"map-fig\">\n")
                    .append(f.render(g, footprints, geography.regions(), regionIds, id, title, desc, targetTooltips, overlays))
                    .append("<figcaption>").append(esc(title)).append(". ").append(esc(desc)).append("</figcaption>\n")
                    .append("</figure>\n");
        }

        private static String plural(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private static long count(ScenarioGeometry g, ScenarioGeometry.TargetStatus s) {
            return g.targets().stream().filter(t -> t.status() == s).count();
        }

        private void legend(ScenarioGeometry g, List<String> regionIds) {
            int unreachable = g.assessment().threats().size() - g.reachableThreats();
            Map<ScenarioGeometry.Share, Integer> shares = new LinkedHashMap<>();
            for (ScenarioGeometry.Share s : ScenarioGeometry.Share.values()) {
                shares.put(s, 0);
            }
            for (ScenarioGeometry.TrackGroup t : g.groups()) {
                shares.merge(t.share(), 1, Integer::sum);
            }
            b.append("<div class=\"legend\"><h4 class=\"legend-h\">Legend</h4><ul>\n");
            item(Legend.SITE, "Interceptor site (labelled)");
            item(Legend.RADAR, "Radar");
            item(Legend.LAUNCH, "Launch point");
            item(Legend.COVERAGE, "Radar coverage: where a target of "
                    + DisplayFormat.quantity(RadarFootprint.TARGET_RCS_M2, "m2") + " flying at "
                    + DisplayFormat.quantity(RadarFootprint.REFERENCE_ALTITUDE_M, "m")
                    + " altitude is detected (per face; WGS84, geometric line of sight)");
            item(Legend.TRACK_ALL, "Threat ground track, every missile on it engageable ("
                    + shares.get(ScenarioGeometry.Share.ALL) + ")");
            item(Legend.TRACK_SOME, "Some missiles on it engageable (" + shares.get(ScenarioGeometry.Share.SOME) + ")");
            item(Legend.TRACK_NONE, "No missile on it engageable (" + shares.get(ScenarioGeometry.Share.NONE) + ")");
            item(Legend.TARGET_DEFENDED, "Target defended: every threat that reaches it is engageable");
            item(Legend.TARGET_UNDEFENDED, "Target not defended: some threat that reaches it is not engageable");
            item(Legend.TARGET_OUT, "Target out of reach of every missile flown at it");
            for (String r : regionIds) {
                String title = geography.region(r).map(x -> x.title()).orElse(r);
                item(Legend.REGION, "Region " + r + ": " + title);
            }
            b.append("</ul>\n<p class=\"note\">One line per launch point and target (").append(g.groups().size())
                    .append(" lines for ").append(g.reachableThreats())
                    .append(" reachable threats); its colour and dash say whether all, some or none of the missiles "
                            + "flown along it are engageable by some site. ").append(unreachable)
                    .append(unreachable == 1 ? " threat does" : " threats do")
                    .append(" not reach its target and is not drawn. Target marker area is proportional to the "
                            + "target\u2019s weight (population for cities, area for grid cells). Borders: Natural "
                            + "Earth 1:50m (1:110m outside Europe, the Middle East and North America), simplified for "
                            + "display.</p>\n</div>\n");
        }

        private void item(String swatch, String text) {
            b.append("<li>").append(swatch).append("<span>").append(esc(text)).append("</span></li>\n");
        }

        // ------------------------------------------------------------------ threats, assumptions, parameters

        private void threats(ScenarioAssessment a, ScenarioGeometry g, String id) {
            b.append("<h3 id=\"").append(id).append("-threats\">Threats</h3>\n");
            Map<String, int[]> bySet = new LinkedHashMap<>();
            List<String> siteIds = new ArrayList<>();
            for (ScenarioGeometry.Site s : g.sites()) {
                siteIds.add(s.site().id());
            }
            for (ThreatOutcome t : a.threats()) {
                int[] c = bySet.computeIfAbsent(t.threat().threatSetId(), k -> new int[3 + siteIds.size()]);
                c[0]++;
                if (t.reachable()) {
                    c[1]++;
                    if (t.engageable()) {
                        c[2]++;
                    }
                    for (SiteOutcome s : t.sites()) {
                        int k = siteIds.indexOf(s.siteId());
                        if (k >= 0 && s.feasible()) {
                            c[3 + k]++;
                        }
                    }
                }
            }
            for (Footprint f : a.footprints()) {
                String m = "threat-set." + f.threatSetId() + ".";
                int[] c = bySet.computeIfAbsent(f.threatSetId(), k -> new int[3 + siteIds.size()]);
                c[0] = a.metrics().getOrDefault(m + "cases", 0.0).intValue();
                c[1] = a.metrics().getOrDefault(m + "reachable", 0.0).intValue();
                c[2] = a.metrics().getOrDefault(m + "engageable", 0.0).intValue();
                for (int k = 0; k < siteIds.size(); k++) {
                    c[3 + k] = a.metrics().getOrDefault(m + "engageable-by." + siteIds.get(k), 0.0).intValue();
                }
            }
            if (bySet.isEmpty()) {
                b.append("<p>No threat was flown for this scenario\u2019s criteria.</p>\n");
            } else {
                b.append("<div class=\"table-wrap\"><table class=\"data\">\n<caption>Threats by threat set, and how many "
                        + "each site engages</caption>\n<thead><tr><th scope=\"col\">Threat set</th>"
                        + "<th scope=\"col\">Threats</th><th scope=\"col\">Reach target</th>"
                        + "<th scope=\"col\">Engageable</th>");
                for (String s : siteIds) {
                    b.append("<th scope=\"col\">by ").append(esc(s)).append("</th>");
                }
                b.append("</tr></thead>\n<tbody>\n");
                bySet.forEach((set, c) -> {
                    b.append("<tr><th scope=\"row\">").append(esc(set)).append("</th>");
                    for (int k = 0; k < c.length; k++) {
                        b.append("<td class=\"num\">").append(c[k]);
                        if (k == 2 && c[1] > 0) {
                            b.append(" <span class=\"muted\">(").append(DisplayFormat.fixed(100.0 * c[2] / c[1], 1))
                                    .append("\u00a0%)</span>");
                        }
                        b.append("</td>");
                    }
                    b.append("</tr>\n");
                });
                b.append("</tbody></table></div>\n");
            }
            if (!a.metrics().isEmpty()) {
                b.append("<details class=\"metrics\"><summary>Summary metrics (").append(a.metrics().size())
                        .append(")</summary>\n<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>"
                                + "<th scope=\"col\">Metric</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
                a.metrics().forEach((k, v) -> b.append("<tr><th scope=\"row\"><code>").append(esc(k))
                        .append("</code></th><td class=\"num\">").append(esc(metricValue(k, v))).append("</td></tr>\n"));
                b.append("</tbody></table></div></details>\n");
            }
        }

        private static String metricValue(String name, double v) {
            if (name.contains("fraction") && Double.isFinite(v)) {
                return DisplayFormat.fixed(100.0 * v, 2) + "\u00a0%";
            }
            if (Double.isFinite(v) && v == Math.rint(v)) {
                return DisplayFormat.fixed(v, 0, true);
            }
            return DisplayFormat.significant(v, 6);
        }

        private void assumptions(Scenario s, String id) {
            b.append("<h3 id=\"").append(id).append("-assumptions\">Assumptions</h3>\n");
            list(s.assumptions(), "No assumption is stated.");
            b.append("<h3 id=\"").append(id).append("-sources\">Sources</h3>\n");
            list(s.sources(), "No source is stated.");
        }

        private void list(List<String> items, String empty) {
            if (items.isEmpty()) {
                b.append("<p>").append(esc(empty)).append("</p>\n");
                return;
            }
            b.append("<ul class=\"plain\">\n");
            for (String x : items) {
                b.append("<li>").append(esc(x)).append("</li>\n");
            }
            b.append("</ul>\n");
        }

        private void parameters(Scenario s, String id) {
            Catalog catalog = Catalog.builtin();
            b.append("<h3 id=\"").append(id).append("-parameters\">Parameters</h3>\n")
                    .append("<p class=\"note\">Every parameter the assessment used, in display units, with its declared "
                            + "uncertainty range. \u201ccatalog ID\u201d: the type\u2019s value from Plumbline\u2019s "
                            + "catalog, whose confidence label and source are listed below; \u201cscenario\u201d: set in "
                            + "the scenario file (its per-value notes are in the file).</p>\n");
            b.append("<div class=\"table-wrap\"><table class=\"data params\">\n<caption>Parameters of ")
                    .append(esc(s.id())).append("</caption>\n<thead><tr><th scope=\"col\">Parameter</th>"
                            + "<th scope=\"col\">Value</th><th scope=\"col\">Uncertainty range</th>"
                            + "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
            String group = null;
            for (ParameterTable.Row r : ParameterTable.of(s, catalog)) {
                if (!r.group().equals(group)) {
                    group = r.group();
                    b.append("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"4\">").append(esc(group))
                            .append("</th></tr>\n");
                }
                b.append("<tr><th scope=\"row\"><code>").append(esc(r.path())).append("</code></th><td>")
                        .append(esc(r.value())).append("</td><td>").append(esc(r.range())).append("</td><td>")
                        .append(esc(r.source())).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
            List<Catalog.Entry> entries = ParameterTable.catalogEntries(s, catalog);
            if (!entries.isEmpty()) {
                b.append("<details class=\"catalog\"><summary>Catalog entries used, every value with its confidence "
                        + "label and source (").append(entries.size()).append(")</summary>\n");
                for (Catalog.Entry e : entries) {
                    b.append("<pre>").append(esc(CatalogText.describe(e).stripTrailing())).append("</pre>\n");
                }
                b.append("</details>\n");
            }
        }

        // ------------------------------------------------------------------ footer

        private void footer() {
            b.append("<footer class=\"bottom\">\n<h2>Data and reproducibility</h2>\n");
            b.append("<p>").append(esc(Geography.ATTRIBUTION)).append("</p>\n");
            b.append("<p>Links: <a href=\"").append(NATURAL_EARTH_URL).append("\">Natural Earth</a> \u00b7 <a href=\"")
                    .append(GEONAMES_URL).append("\">GeoNames</a> \u00b7 <a href=\"").append(CC_BY_URL)
                    .append("\">CC BY 4.0</a>. GeoNames data changed: reduced to places of 100,000 people or more, "
                            + "coordinates rounded. Borders subset, rounded and thinned for display.</p>\n");
            b.append("<dl class=\"repro\"><dt>Plumbline version</dt><dd><code>").append(esc(report.version()))
                    .append("</code></dd><dt>Inputs SHA-256</dt><dd><code>").append(esc(report.inputsSha256()))
                    .append("</code></dd>");
            if (!report.timestamp().isEmpty()) {
                b.append("<dt>Generated</dt><dd>").append(esc(report.timestamp())).append("</dd>");
            }
            b.append("</dl>\n<p class=\"note\">The same inputs and version give the same bytes of this page"
                    + (report.timestamp().isEmpty() ? "" : ", apart from the generation time") + ".</p>\n</footer>\n");
        }

        private static String verdictClass(Verdict v) {
            return switch (v) {
                case PASS -> "pass";
                case FAIL -> "fail";
                case INDETERMINATE -> "indeterminate";
            };
        }

        private static String verdictBadge(Verdict v) {
            String symbol = switch (v) {
                case PASS -> "\u2713";
                case FAIL -> "\u2717";
                case INDETERMINATE -> "?";
            };
            return "<span class=\"verdict " + verdictClass(v) + "\">" + symbol + " "
                    + v.label().toUpperCase(java.util.Locale.ROOT) + "</span>";
        }

        private static String esc(String s) {
            return Markup.escape(s);
        }
    }
}
