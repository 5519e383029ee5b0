package org.plumbline.core.earth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TabulatedAtmosphere} against the model it tabulates (the 1976 standard): exact at the
 * nodes and outside the table, within the interpolation's error bound between the nodes.
 */
class TabulatedAtmosphereTest {
    private static final UsStandardAtmosphere1976 MODEL = UsStandardAtmosphere1976.INSTANCE;
    private static final Atmosphere TABLE = TabulatedAtmosphere.of(MODEL);
    /** The standard's effective Earth radius of the geopotential conversion, m (eq. 18). */
    private static final double R0_M = 6_356_766.0;
    /** Layer bases of the 1976 standard below 86 km, geopotential m (Table 4). */
    private static final double[] LAYER_BASES_GEOPOTENTIAL_M = {11_000, 20_000, 32_000, 47_000, 51_000, 71_000,
        84_852};
    /**
     * Above 80 km the standard's molecular weight ratio is tabulated every 0.5 km and its upper
     * densities from 86 km on are interpolated log-linearly between tabulated heights: the model's
     * slopes have kinks every few hundred metres there.
     */
    private static final double KINKS_EVERYWHERE_ABOVE_M = 80_000.0;
    /** Distance from a kink beyond which the parabola sees smooth data: three nodes, m. */
    private static final double KINK_BAND_M = 3 * TabulatedAtmosphere.STEP_M;
    /**
     * Away from kinks: the parabola's error on a density exp(-h / H) is about (STEP / H)^3 / 15,
     * 4e-10 with the standard's smallest scale height below 120 km (H = 5.5 km); the speed of sound
     * is smoother still. 1e-9 is that bound with a factor 2.5 for the scale height's variation.
     */
    private static final double SMOOTH_RELATIVE_TOLERANCE = 1.0e-9;
    /**
     * Near a kink: about STEP / 4 times the jump of d ln(rho) / dh there. At the tropopause the
     * lapse rate jumps from -6.5 to 0 K/km, so d ln(rho) / dh jumps by 6.5e-3 / 216.65 K = 3.0e-5
     * per metre: 7.5e-5. Measured worst: 5.9e-5 (density, next to the upper tabulation's node at
     * 120 km) and 1.7e-5 (speed of sound, at the tropopause).
     */
    private static final double KINK_RELATIVE_TOLERANCE = 1.0e-4;

    @Test
    void theTableIsExactAtItsNodesAndOutsideIt() {
        double[] air = new double[2];
        for (int i = 0; i * TabulatedAtmosphere.STEP_M < TabulatedAtmosphere.TOP_M; i += 7) {
            double h = i * TabulatedAtmosphere.STEP_M;
            assertEquals(MODEL.densityKgPerM3(h), TABLE.densityKgPerM3(h), 0.0, "h " + h);
            assertEquals(MODEL.speedOfSoundMps(h), TABLE.speedOfSoundMps(h), 0.0, "h " + h);
        }
        for (double h : new double[] {-430.0, -1.0e-3, TabulatedAtmosphere.TOP_M, 150_000.0, 999_999.0, 2.0e6}) {
            assertEquals(MODEL.densityKgPerM3(h), TABLE.densityKgPerM3(h), 0.0, "h " + h);
            assertEquals(MODEL.speedOfSoundMps(h), TABLE.speedOfSoundMps(h), 0.0, "h " + h);
            TABLE.densityAndSpeedOfSound(h, air);
            assertEquals(MODEL.densityKgPerM3(h), air[0], 0.0, "h " + h);
            assertEquals(MODEL.speedOfSoundMps(h), air[1], 0.0, "h " + h);
        }
        assertEquals(MODEL.topAltitudeM(), TABLE.topAltitudeM(), 0.0);
    }

    @Test
    void betweenTheNodesTheTableIsWithinTheParabolasErrorOfTheModel() {
        double[] air = new double[2];
        double worstSmooth = 0.0;
        double worstNearKink = 0.0;
        int smooth = 0;
        // A step incommensurate with the nodes' spacing visits every phase between two nodes.
        for (double h = 0.0; h < TabulatedAtmosphere.TOP_M; h += 0.731) {
            double rho = MODEL.densityKgPerM3(h);
            double a = MODEL.speedOfSoundMps(h);
            double errRho = Math.abs(TABLE.densityKgPerM3(h) / rho - 1.0);
            double errA = Math.abs(TABLE.speedOfSoundMps(h) / a - 1.0);
            TABLE.densityAndSpeedOfSound(h, air);
            assertEquals(TABLE.densityKgPerM3(h), air[0], 0.0, "h " + h);
            assertEquals(TABLE.speedOfSoundMps(h), air[1], 0.0, "h " + h);
            double err = Math.max(errRho, errA);
            if (nearKink(h)) {
                worstNearKink = Math.max(worstNearKink, err);
            } else {
                worstSmooth = Math.max(worstSmooth, err);
                smooth++;
            }
        }
        assertTrue(smooth > 100_000, smooth + " smooth points");
        assertTrue(worstSmooth < SMOOTH_RELATIVE_TOLERANCE, "away from kinks: " + worstSmooth);
        assertTrue(worstNearKink < KINK_RELATIVE_TOLERANCE, "near kinks: " + worstNearKink);
        // Not vacuous: interpolation does differ from the model near a kink.
        assertTrue(worstNearKink > 1.0e-6, "near kinks: " + worstNearKink);
    }

    @Test
    void theStandardsTableIsShared() {
        assertSame(TABLE, TabulatedAtmosphere.of(MODEL));
        assertSame(TABLE, TabulatedAtmosphere.of(TABLE));
        assertSame(Atmosphere.VACUUM, TabulatedAtmosphere.of(Atmosphere.VACUUM));
    }

    private static boolean nearKink(double h) {
        if (h > KINKS_EVERYWHERE_ABOVE_M - KINK_BAND_M) {
            return true;
        }
        for (double base : LAYER_BASES_GEOPOTENTIAL_M) {
            double geometric = R0_M * base / (R0_M - base);
            if (Math.abs(h - geometric) < KINK_BAND_M) {
                return true;
            }
        }
        return false;
    }
}
