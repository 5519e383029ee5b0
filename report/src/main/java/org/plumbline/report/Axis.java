package org.plumbline.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear chart axis with "nice" tick values (1, 2 or 5 times a power of ten), after P. S. Heckbert,
 * "Nice numbers for graph labels", in <i>Graphics Gems</i>, Academic Press, 1990, pp. 61-63. The
 * domain is widened to whole ticks.
 */
final class Axis {
    final double min;
    final double max;
    final double step;
    private final double pixelFrom;
    private final double pixelTo;

    private Axis(double min, double max, double step, double pixelFrom, double pixelTo) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    /** An axis covering [lo, hi] with about the given number of ticks, mapped to pixels [from, to]. */
    static Axis of(double lo, double hi, int ticks, double pixelFrom, double pixelTo) {
        if (!(hi > lo)) {
            double c = Double.isFinite(lo) ? lo : 0;
            double pad = Math.abs(c) > 0 ? Math.abs(c) * 0.1 : 1;
            lo = c - pad;
            hi = c + pad;
        }
        double step = nice((hi - lo) / Math.max(1, ticks - 1), true);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        return new Axis(min, max, step, pixelFrom, pixelTo);
    }

    /** An axis with a fixed domain and step. */
    static Axis fixed(double min, double max, double step, double pixelFrom, double pixelTo) {
        return new Axis(min, max, step, pixelFrom, pixelTo);
    }

    private static double nice(double x, boolean round) {
        double exp = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, exp);
        double nf;
        if (round) {
            nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        } else {
            nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        }
        return nf * Math.pow(10, exp);
    }

    /** Pixel of a value. */
    double pixel(double v) {
        return pixelFrom + (v - min) / (max - min) * (pixelTo - pixelFrom);
    }

    /** The tick values, from min to max. */
    List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            out.add(min + i * step);
        }
        return out;
    }

    /** A tick label with as many decimals as the step needs. */
    String label(double v) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return DisplayFormat.fixed(v, decimals, true);
    }
}
