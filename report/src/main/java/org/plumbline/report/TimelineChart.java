package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * The engagement timeline of one threat as inline SVG: its altitude against time since launch, with
 * burnout and apogee marked, and below it one lane per interceptor site showing the site's
 * engagement window [first, last intercept] and its earliest interceptor launch. The deciding
 * site's window is also shaded across the altitude plot.
 */
final class TimelineChart {
    private static final double WIDTH = 900;
    private static final double LEFT = 150;
    private static final double RIGHT = 24;
    private static final double TOP = 18;
    private static final double PLOT_HEIGHT = 200;
    private static final double LANE = 26;
    private static final double AXIS = 46;

    private TimelineChart() {
    }

    static String render(ThreatOutcome threat, String decidingSiteId, String idPrefix) {
        Trajectory t = threat.trajectory();
        List<SiteOutcome> sites = threat.sites();
        double lanesTop = TOP + PLOT_HEIGHT + 14;
        double height = lanesTop + LANE * sites.size() + AXIS;
        Axis x = Axis.of(0, t.flightTimeS(), 10, LEFT, WIDTH - RIGHT);
        Axis y = Axis.of(0, t.apogeeAltitudeM() / 1000.0, 5, TOP + PLOT_HEIGHT, TOP);
        StringBuilder b = new StringBuilder(8192);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline\" viewBox=\"0 0 ")
                .append(DisplayFormat.coordinate(WIDTH)).append(' ').append(DisplayFormat.coordinate(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\">\n");
        b.append("<title id=\"").append(titleId).append("\">")
                .append(Markup.escape("Engagement timeline: " + threat.label())).append("</title>\n");
        b.append("<desc id=\"").append(descId).append("\">").append(Markup.escape(description(threat)))
                .append("</desc>\n");
        // Deciding site's window shaded across the plot.
        for (SiteOutcome s : sites) {
            if (s.feasible() && s.siteId().equals(decidingSiteId)) {
                b.append("<rect class=\"band\" x=\"").append(c(x.pixel(s.firstInterceptS()))).append("\" y=\"")
                        .append(c(TOP)).append("\" width=\"")
                        .append(c(Math.max(1, x.pixel(s.lastInterceptS()) - x.pixel(s.firstInterceptS()))))
                        .append("\" height=\"").append(c(lanesTop + LANE * sites.size() - TOP)).append("\"/>\n");
            }
        }
        // Grid and y axis.
        b.append("<g class=\"grid\">");
        for (double v : y.ticks()) {
            b.append("<path d=\"M").append(c(LEFT)).append(',').append(c(y.pixel(v))).append("H")
                    .append(c(WIDTH - RIGHT)).append("\"/>");
        }
        for (double v : x.ticks()) {
            b.append("<path d=\"M").append(c(x.pixel(v))).append(',').append(c(TOP)).append("V")
                    .append(c(lanesTop + LANE * sites.size())).append("\"/>");
        }
        b.append("</g>\n<g class=\"ticks\">");
        for (double v : y.ticks()) {
            b.append("<text x=\"").append(c(LEFT - 6)).append("\" y=\"").append(c(y.pixel(v) + 4))
                    .append("\" text-anchor=\"end\">").append(y.label(v)).append("</text>");
        }
        for (double v : x.ticks()) {
            b.append("<text x=\"").append(c(x.pixel(v))).append("\" y=\"").append(c(height - AXIS + 16))
                    .append("\" text-anchor=\"middle\">").append(x.label(v)).append("</text>");
        }
        b.append("</g>\n");
        b.append("<text class=\"axis-title\" x=\"").append(c(LEFT - 44)).append("\" y=\"")
                .append(c(TOP + PLOT_HEIGHT / 2)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
                .append(c(LEFT - 44)).append(' ').append(c(TOP + PLOT_HEIGHT / 2))
                .append(")\">altitude (km)</text>\n");
        b.append("<text class=\"axis-title\" x=\"").append(c((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"")
                .append(c(height - 8)).append("\" text-anchor=\"middle\">time since threat launch (s)</text>\n");
        // Altitude curve.
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[] {x.pixel(0), y.pixel(t.launch().altitudeM() / 1000.0)});
        for (TrajectorySample s : t.samples()) {
            pts.add(new double[] {x.pixel(s.tS()), y.pixel(s.altitudeM() / 1000.0)});
        }
        pts.add(new double[] {x.pixel(t.flightTimeS()), y.pixel(0)});
        StringBuilder d = new StringBuilder();
        MapFigure.ring(d, pts, false);
        b.append("<path class=\"alt\" d=\"").append(d).append("\"/>\n");
        marker(b, x.pixel(t.burnoutTimeS()), y.pixel(t.burnoutAltitudeM() / 1000.0), "burnout "
                + DisplayFormat.fixed(t.burnoutTimeS(), 0) + " s");
        marker(b, x.pixel(t.apogeeTimeS()), y.pixel(t.apogeeAltitudeM() / 1000.0), "apogee "
                + DisplayFormat.fixed(t.apogeeAltitudeM() / 1000.0, 0, true) + " km at "
                + DisplayFormat.fixed(t.apogeeTimeS(), 0) + " s");
        // Lanes.
        for (int i = 0; i < sites.size(); i++) {
            SiteOutcome s = sites.get(i);
            double top = lanesTop + LANE * i;
            double mid = top + LANE / 2;
            b.append("<text class=\"lane-label\" x=\"").append(c(LEFT - 8)).append("\" y=\"").append(c(mid + 4))
                    .append("\" text-anchor=\"end\">").append(Markup.escape(s.siteId()))
                    .append(s.siteId().equals(decidingSiteId) ? " \u2605" : "").append("</text>");
            b.append("<path class=\"lane\" d=\"M").append(c(LEFT)).append(',').append(c(top + LANE)).append("H")
                    .append(c(WIDTH - RIGHT)).append("\"/>");
            if (s.feasible()) {
                double x0 = x.pixel(s.firstInterceptS());
                double x1 = Math.max(x0 + 2, x.pixel(s.lastInterceptS()));
                b.append("<rect class=\"win\" x=\"").append(c(x0)).append("\" y=\"").append(c(top + 6))
                        .append("\" width=\"").append(c(x1 - x0)).append("\" height=\"").append(c(LANE - 12))
                        .append("\"><title>").append(Markup.escape(s.siteId() + ": intercepts from "
                                + DisplayFormat.fixed(s.firstInterceptS(), 0) + " to "
                                + DisplayFormat.fixed(s.lastInterceptS(), 0) + " s"))
                        .append("</title></rect>");
                String text = "intercepts " + DisplayFormat.fixed(s.firstInterceptS(), 0) + "\u2013"
                        + DisplayFormat.fixed(s.lastInterceptS(), 0) + " s, " + s.opportunities()
                        + (s.opportunities() == 1 ? " shot" : " shots");
                boolean right = x1 + 6 + 6.2 * text.length() < WIDTH - RIGHT;
                b.append("<text class=\"lane-text\" x=\"").append(c(right ? x1 + 6 : x0 - 6)).append("\" y=\"")
                        .append(c(mid + 4)).append("\" text-anchor=\"").append(right ? "start" : "end").append("\">")
                        .append(Markup.escape(text)).append("</text>");
            } else {
                String reason = s.reason().isEmpty() ? "no feasible intercept" : s.reason();
                if (reason.length() > 110) {
                    reason = reason.substring(0, 107) + "\u2026";
                }
                // After the launch marker when the text fits there, so that the two do not overlap.
                double tx = LEFT + 6;
                if (Double.isFinite(s.earliestLaunchS()) && s.earliestLaunchS() <= x.max) {
                    double after = x.pixel(s.earliestLaunchS()) + 10;
                    if (after + 5.8 * (reason.length() + 2) < WIDTH - RIGHT) {
                        tx = after;
                    }
                }
                b.append("<text class=\"lane-text no\" x=\"").append(c(tx)).append("\" y=\"").append(c(mid + 4))
                        .append("\">\u2717 ").append(Markup.escape(reason)).append("</text>");
            }
            if (Double.isFinite(s.earliestLaunchS()) && s.earliestLaunchS() <= x.max) {
                double lx = x.pixel(s.earliestLaunchS());
                b.append("<path class=\"launch-mark\" d=\"M").append(c(lx - 5)).append(',').append(c(top + 3))
                        .append("h10l-5,8z\"><title>").append(Markup.escape(s.siteId() + ": earliest interceptor launch "
                                + DisplayFormat.fixed(s.earliestLaunchS(), 0) + " s"))
                        .append("</title></path>");
            }
            b.append('\n');
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void marker(StringBuilder b, double px, double py, String text) {
        b.append("<circle class=\"event\" cx=\"").append(c(px)).append("\" cy=\"").append(c(py)).append("\" r=\"3\"/>")
                .append("<text class=\"event-label\" x=\"").append(c(px + 6)).append("\" y=\"").append(c(py - 6))
                .append("\">").append(Markup.escape(text)).append("</text>\n");
    }

    private static String description(ThreatOutcome t) {
        StringBuilder b = new StringBuilder();
        Trajectory tr = t.trajectory();
        b.append("Threat ").append(t.label()).append(": flight ").append(DisplayFormat.fixed(tr.flightTimeS(), 0))
                .append(" s, apogee ").append(DisplayFormat.fixed(tr.apogeeAltitudeM() / 1000, 0, true))
                .append(" km. ");
        for (SiteOutcome s : t.sites()) {
            b.append(s.siteId()).append(": ");
            if (s.feasible()) {
                b.append("intercepts from ").append(DisplayFormat.fixed(s.firstInterceptS(), 0)).append(" to ")
                        .append(DisplayFormat.fixed(s.lastInterceptS(), 0)).append(" s");
            } else {
                b.append("no intercept (").append(s.reason()).append(')');
            }
            if (Double.isFinite(s.earliestLaunchS())) {
                b.append(", earliest launch ").append(DisplayFormat.fixed(s.earliestLaunchS(), 0)).append(" s");
            }
            b.append(". ");
        }
        return b.toString().strip();
    }

    private static String c(double v) {
        return DisplayFormat.coordinate(v);
    }
}
