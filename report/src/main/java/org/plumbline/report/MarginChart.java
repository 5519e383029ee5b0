package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.assessment.Margin;
import org.plumbline.core.scenario.Criterion;

/**
 * A margin as inline SVG: the criterion's metric at every parameter value the margin search
 * evaluated ({@link Margin#curve()}), the threshold line with the side where the criterion holds
 * shaded, and the nominal and critical values of the parameter marked. Points where the criterion
 * holds are filled circles, the others crosses, so that the chart reads without colour.
 */
final class MarginChart {
    private static final double WIDTH = 520;
    private static final double HEIGHT = 300;
    private static final double LEFT = 58;
    private static final double RIGHT = 96;
    private static final double TOP = 40;
    private static final double BOTTOM = 48;

    private MarginChart() {
    }

    static String render(Margin m, Criterion criterion, String idPrefix) {
        String unit = m.unit();
        Criterion.Metric metric = criterion.metric();
        List<double[]> values = new ArrayList<>();
        double xLo = DisplayFormat.displayValue(Math.min(m.lowerBound(), m.nominal()), unit);
        double xHi = DisplayFormat.displayValue(Math.max(m.upperBound(), m.nominal()), unit);
        for (Margin.Point p : m.curve()) {
            double px = DisplayFormat.displayValue(p.parameterValue(), unit);
            xLo = Math.min(xLo, px);
            xHi = Math.max(xHi, px);
        }
        if (m.found()) {
            xLo = Math.min(xLo, DisplayFormat.displayValue(m.critical(), unit));
            xHi = Math.max(xHi, DisplayFormat.displayValue(m.critical(), unit));
        }
        double thr = DisplayFormat.metricDisplayValue(metric, criterion.threshold());
        double yLo = thr;
        double yHi = thr;
        for (Margin.Point p : m.curve()) {
            double v = DisplayFormat.metricDisplayValue(metric, p.metricValue());
            if (Double.isFinite(v)) {
                yLo = Math.min(yLo, v);
                yHi = Math.max(yHi, v);
            }
        }
        Axis x = Axis.of(xLo, xHi, 6, LEFT, WIDTH - RIGHT);
        Axis y = DisplayFormat.isFraction(metric) ? Axis.fixed(0, 100, 20, HEIGHT - BOTTOM, TOP)
                : Axis.of(yLo, yHi, 5, HEIGHT - BOTTOM, TOP);
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart margin\" viewBox=\"0 0 ")
                .append(c(WIDTH)).append(' ').append(c(HEIGHT)).append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append(' ').append(descId).append("\">\n");
        b.append("<title id=\"").append(titleId).append("\">").append(Markup.escape(
                criterion.metric().label() + " against " + m.label())).append("</title>\n");
        b.append("<desc id=\"").append(descId).append("\">").append(Markup.escape(m.statement()))
                .append("</desc>\n");
        // The side of the threshold where the criterion holds.
        double ty = y.pixel(Math.max(y.min, Math.min(y.max, thr)));
        boolean above = criterion.comparison() == Criterion.Comparison.AT_LEAST;
        double holdTop = above ? TOP : ty;
        double holdBottom = above ? ty : HEIGHT - BOTTOM;
        if (holdBottom - holdTop > 0.5) {
            b.append("<rect class=\"holds\" x=\"").append(c(LEFT)).append("\" y=\"").append(c(holdTop))
                    .append("\" width=\"").append(c(WIDTH - RIGHT - LEFT)).append("\" height=\"")
                    .append(c(holdBottom - holdTop)).append("\"/>\n");
        }
        b.append("<g class=\"grid\">");
        for (double v : y.ticks()) {
            b.append("<path d=\"M").append(c(LEFT)).append(',').append(c(y.pixel(v))).append("H")
                    .append(c(WIDTH - RIGHT)).append("\"/>");
        }
        for (double v : x.ticks()) {
            b.append("<path d=\"M").append(c(x.pixel(v))).append(',').append(c(TOP)).append("V")
                    .append(c(HEIGHT - BOTTOM)).append("\"/>");
        }
        b.append("</g>\n<g class=\"ticks\">");
        for (double v : y.ticks()) {
            b.append("<text x=\"").append(c(LEFT - 6)).append("\" y=\"").append(c(y.pixel(v) + 4))
                    .append("\" text-anchor=\"end\">").append(y.label(v)).append("</text>");
        }
        for (double v : x.ticks()) {
            b.append("<text x=\"").append(c(x.pixel(v))).append("\" y=\"").append(c(HEIGHT - BOTTOM + 16))
                    .append("\" text-anchor=\"middle\">").append(x.label(v)).append("</text>");
        }
        b.append("</g>\n");
        String xUnit = DisplayFormat.displayUnit(unit);
        String yUnit = DisplayFormat.metricUnit(metric);
        b.append("<text class=\"axis-title\" x=\"").append(c((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"")
                .append(c(HEIGHT - 10)).append("\" text-anchor=\"middle\">")
                .append(Markup.escape(m.label() + (xUnit.isEmpty() ? "" : " (" + xUnit + ")"))).append("</text>\n");
        b.append("<text class=\"axis-title\" x=\"").append(c(16)).append("\" y=\"").append(c((TOP + HEIGHT - BOTTOM) / 2))
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ").append(c((TOP + HEIGHT - BOTTOM) / 2))
                .append(")\">").append(Markup.escape(metric.label() + (yUnit.isEmpty() ? "" : " (" + yUnit + ")")))
                .append("</text>\n");
        // Threshold.
        b.append("<path class=\"thr\" d=\"M").append(c(LEFT)).append(',').append(c(ty)).append("H")
                .append(c(WIDTH - RIGHT)).append("\"/>");
        // Threshold label in the right margin, as a block on the roomier side of its line.
        String[] lines = {"threshold", DisplayFormat.requirement(criterion), above ? "\u25b2 holds above" : "\u25bc holds below"};
        boolean blockAbove = ty - TOP > HEIGHT - BOTTOM - ty;
        double first = blockAbove ? Math.max(TOP + 12, ty - 6 - 14 * (lines.length - 1)) : ty + 14;
        for (int i = 0; i < lines.length; i++) {
            b.append("<text class=\"").append(i == 2 ? "holds-label" : "thr-label").append("\" x=\"")
                    .append(c(WIDTH - RIGHT + 6)).append("\" y=\"").append(c(first + 14 * i)).append("\">")
                    .append(Markup.escape(lines[i])).append("</text>");
        }
        b.append('\n');
        // Curve.
        List<double[]> pts = new ArrayList<>();
        for (Margin.Point p : m.curve()) {
            double v = DisplayFormat.metricDisplayValue(metric, p.metricValue());
            if (Double.isFinite(v)) {
                pts.add(new double[] {x.pixel(DisplayFormat.displayValue(p.parameterValue(), unit)), y.pixel(v),
                    p.holds() ? 1 : 0});
            }
        }
        if (pts.size() >= 2) {
            StringBuilder d = new StringBuilder();
            MapFigure.ring(d, pts, false);
            b.append("<path class=\"curve\" d=\"").append(d).append("\"/>\n");
        }
        for (double[] p : pts) {
            if (p[2] == 1) {
                b.append("<circle class=\"pt-ok\" cx=\"").append(c(p[0])).append("\" cy=\"").append(c(p[1]))
                        .append("\" r=\"3.5\"/>");
            } else {
                b.append("<path class=\"pt-no\" d=\"M").append(c(p[0] - 3.5)).append(',').append(c(p[1] - 3.5))
                        .append("l7,7m0,-7l-7,7\"/>");
            }
        }
        b.append('\n');
        // Nominal and critical.
        double nx = x.pixel(DisplayFormat.displayValue(m.nominal(), unit));
        b.append("<path class=\"nominal\" d=\"M").append(c(nx)).append(',').append(c(TOP - 4)).append("V")
                .append(c(HEIGHT - BOTTOM)).append("\"/>");
        b.append(labelAt(nx, TOP - 22, "nominal " + DisplayFormat.quantity(m.nominal(), unit), "nominal-label"));
        if (m.found()) {
            double cx = x.pixel(DisplayFormat.displayValue(m.critical(), unit));
            b.append("<path class=\"critical\" d=\"M").append(c(cx)).append(',').append(c(TOP - 4)).append("V")
                    .append(c(HEIGHT - BOTTOM)).append("\"/>");
            b.append(labelAt(cx, TOP - 8, "critical " + DisplayFormat.quantity(m.critical(), unit), "critical-label"));
        }
        b.append("\n</svg>\n");
        return b.toString();
    }

    private static String labelAt(double px, double py, String text, String cls) {
        double w = 6.0 * text.length();
        String anchor = px - w / 2 < 4 ? "start" : px + w / 2 > WIDTH - 4 ? "end" : "middle";
        double x = anchor.equals("start") ? Math.max(4, px - 4) : anchor.equals("end") ? Math.min(WIDTH - 4, px + 4) : px;
        return "<text class=\"" + cls + "\" x=\"" + c(x) + "\" y=\"" + c(py) + "\" text-anchor=\"" + anchor + "\">"
                + Markup.escape(text) + "</text>";
    }

    private static String c(double v) {
        return DisplayFormat.coordinate(v);
    }
}
