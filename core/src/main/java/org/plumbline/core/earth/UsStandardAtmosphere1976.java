package org.plumbline.core.earth;

/**
 * The U.S. Standard Atmosphere, 1976 (NOAA, NASA and USAF, NOAA-S/T 76-1562, Washington DC, 1976).
 *
 * <p>Below 86 km geometric altitude: the seven defining layers of linear molecular-scale
 * temperature in geopotential altitude (Table 4 of the standard), with the hydrostatic pressure
 * formulas (eqs. 33a and 33b), density from the ideal-gas law (eq. 42) and speed of sound from
 * eq. 50. Constants: g0 = 9.80665 m/s^2, R* = 8314.32 J/(kmol K), M0 = 28.9644 kg/kmol,
 * r0 = 6356.766 km, gamma = 1.4.
 *
 * <p>From 86 km to 1000 km: log-linear interpolation in the standard's tabulated density
 * (Table I, geometric altitude) at the nodes in {@link #UPPER_ALTITUDE_KM}. The interpolation error
 * against the full model is below 3 % between nodes, which at these densities moves a re-entry
 * impact by well under a metre. Above 86 km the speed of sound is held at its 86 km value
 * (the standard does not define it there; Mach numbers only matter in dense air). Above 1000 km
 * the density is zero.
 *
 * <p>Accuracy: the layer formulas reproduce Table I to its printed 5 significant figures
 * (checked in the tests).
 */
public final class UsStandardAtmosphere1976 implements Atmosphere {
    /** The single shared instance: the model has no parameters. */
    public static final UsStandardAtmosphere1976 INSTANCE = new UsStandardAtmosphere1976();

    private static final double G0 = 9.80665;
    private static final double R_STAR = 8314.32;
    private static final double M0 = 28.9644;
    private static final double R0_M = 6_356_766.0;
    private static final double GAMMA = 1.4;
    private static final double GMR = G0 * M0 / R_STAR; // K per m of geopotential height

    private static final double[] BASE_H_M = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000, 84_852};
    private static final double[] LAPSE_K_PER_M = {-6.5e-3, 0.0, 1.0e-3, 2.8e-3, 0.0, -2.8e-3, -2.0e-3, 0.0};
    private static final double[] BASE_T_K = new double[BASE_H_M.length];
    private static final double[] BASE_P_PA = new double[BASE_H_M.length];

    /** Geometric altitudes (km) of the tabulated upper-atmosphere densities. */
    static final double[] UPPER_ALTITUDE_KM = {86, 90, 95, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190,
        200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000};
    /** Densities (kg/m^3) at {@link #UPPER_ALTITUDE_KM}, U.S. Standard Atmosphere 1976, Table I. */
    static final double[] UPPER_DENSITY = {6.958e-6, 3.416e-6, 1.393e-6, 5.604e-7, 9.708e-8, 2.222e-8, 8.152e-9,
        3.831e-9, 2.076e-9, 1.233e-9, 7.815e-10, 5.194e-10, 3.581e-10, 2.541e-10, 6.073e-11, 1.916e-11, 7.014e-12,
        2.803e-12, 1.184e-12, 5.215e-13, 1.137e-13, 3.070e-14, 1.136e-14, 5.759e-15, 3.561e-15};
    private static final double[] UPPER_LOG_DENSITY = new double[UPPER_DENSITY.length];

    private static final double LOWER_TOP_M = 86_000.0;
    /** M/M0 at 80.0, 80.5, ..., 86.0 km geometric altitude (U.S. Standard Atmosphere 1976, Table 8). */
    private static final double[] M_RATIO = {1.000000, 0.999996, 0.999988, 0.999969, 0.999938, 0.999904, 0.999864,
        0.999822, 0.999778, 0.999731, 0.999681, 0.999633, 0.999579};
    private static final double TOP_M = 1_000_000.0;
    private static final double SPEED_OF_SOUND_86KM;

    static {
        BASE_T_K[0] = 288.15;
        BASE_P_PA[0] = 101_325.0;
        for (int i = 1; i < BASE_H_M.length; i++) {
            double dh = BASE_H_M[i] - BASE_H_M[i - 1];
            BASE_T_K[i] = BASE_T_K[i - 1] + LAPSE_K_PER_M[i - 1] * dh;
            BASE_P_PA[i] = pressureInLayer(i - 1, BASE_H_M[i]);
        }
        // The first node takes the layer formulas' own value at 86 km (6.95788e-6; Table I prints
        // 6.958e-6) so that the profile is continuous and monotone across the join.
        double h86 = geopotentialM(LOWER_TOP_M);
        int top = BASE_H_M.length - 1;
        UPPER_DENSITY[0] = pressureInLayer(top, h86) * M0 / (R_STAR * (BASE_T_K[top] + LAPSE_K_PER_M[top] * (h86 - BASE_H_M[top])));
        for (int i = 0; i < UPPER_DENSITY.length; i++) {
            UPPER_LOG_DENSITY[i] = Math.log(UPPER_DENSITY[i]);
        }
        SPEED_OF_SOUND_86KM = Math.sqrt(GAMMA * R_STAR / M0 * BASE_T_K[BASE_T_K.length - 1]);
    }

    private UsStandardAtmosphere1976() {
    }

    private static double pressureInLayer(int layer, double hM) {
        double lapse = LAPSE_K_PER_M[layer];
        double dh = hM - BASE_H_M[layer];
        if (lapse == 0.0) {
            return BASE_P_PA[layer] * Math.exp(-GMR * dh / BASE_T_K[layer]);
        }
        return BASE_P_PA[layer] * Math.pow(BASE_T_K[layer] / (BASE_T_K[layer] + lapse * dh), GMR / lapse);
    }

    private static int layerOf(double hM) {
        int i = BASE_H_M.length - 1;
        while (i > 0 && hM < BASE_H_M[i]) {
            i--;
        }
        return i;
    }

    private static double geopotentialM(double altitudeM) {
        return R0_M * altitudeM / (R0_M + altitudeM);
    }

    /**
     * Kinetic temperature T, K, below 86 km geometric altitude (clamped at 86 km above): the
     * molecular-scale temperature T_M times the molecular-weight ratio M/M0, which departs from 1
     * between 80 and 86 km (Table 8 of the standard, interpolated linearly).
     */
    public double temperatureK(double altitudeM) {
        double z = Math.max(0.0, Math.min(altitudeM, LOWER_TOP_M));
        return molecularTemperatureK(z) * molecularWeightRatio(z);
    }

    /** Molecular-scale temperature T_M, K (the standard's defining profile), clamped at 86 km above. */
    public double molecularTemperatureK(double altitudeM) {
        double h = geopotentialM(Math.max(0.0, Math.min(altitudeM, LOWER_TOP_M)));
        int layer = layerOf(h);
        return BASE_T_K[layer] + LAPSE_K_PER_M[layer] * (h - BASE_H_M[layer]);
    }

    /** M/M0 from Table 8 of the standard: 1 below 80 km, 0.999579 at 86 km (geometric). */
    private static double molecularWeightRatio(double altitudeM) {
        if (altitudeM <= 80_000.0) {
            return 1.0;
        }
        double x = (altitudeM - 80_000.0) / 500.0;
        int i = Math.min((int) x, M_RATIO.length - 2);
        double u = x - i;
        return M_RATIO[i] + u * (M_RATIO[i + 1] - M_RATIO[i]);
    }

    /** Pressure, Pa, below 86 km geometric altitude; altitudes below 0 use the sea-level value. */
    public double pressurePa(double altitudeM) {
        double h = geopotentialM(Math.max(0.0, Math.min(altitudeM, LOWER_TOP_M)));
        return pressureInLayer(layerOf(h), h);
    }

    @Override
    public double densityKgPerM3(double altitudeM) {
        if (altitudeM < LOWER_TOP_M) {
            double h = geopotentialM(Math.max(0.0, altitudeM));
            int layer = layerOf(h);
            double t = BASE_T_K[layer] + LAPSE_K_PER_M[layer] * (h - BASE_H_M[layer]);
            return pressureInLayer(layer, h) * M0 / (R_STAR * t);
        }
        if (altitudeM >= TOP_M) {
            return 0.0;
        }
        double km = altitudeM / 1000.0;
        int i = 0;
        while (UPPER_ALTITUDE_KM[i + 1] < km) {
            i++;
        }
        double u = (km - UPPER_ALTITUDE_KM[i]) / (UPPER_ALTITUDE_KM[i + 1] - UPPER_ALTITUDE_KM[i]);
        return Math.exp(UPPER_LOG_DENSITY[i] + u * (UPPER_LOG_DENSITY[i + 1] - UPPER_LOG_DENSITY[i]));
    }

    /**
     * Both at once below 86 km, where they share the geopotential height, the layer and the
     * molecular-scale temperature: the same operations as the two methods, so the same bits.
     */
    @Override
    public void densityAndSpeedOfSound(double altitudeM, double[] out) {
        if (!(altitudeM < LOWER_TOP_M)) {
            out[0] = densityKgPerM3(altitudeM);
            out[1] = speedOfSoundMps(altitudeM);
            return;
        }
        // speedOfSoundMps clamps to [0, 86 km] and densityKgPerM3 to [0, ...): the same height here.
        double h = geopotentialM(Math.max(0.0, altitudeM));
        int layer = layerOf(h);
        double t = BASE_T_K[layer] + LAPSE_K_PER_M[layer] * (h - BASE_H_M[layer]);
        out[0] = pressureInLayer(layer, h) * M0 / (R_STAR * t);
        out[1] = Math.sqrt(GAMMA * R_STAR / M0 * t);
    }

    @Override
    public double speedOfSoundMps(double altitudeM) {
        if (altitudeM >= LOWER_TOP_M) {
            return SPEED_OF_SOUND_86KM;
        }
        // Eq. 50 of the standard: C_s = (gamma R* T_M / M0)^(1/2), with the molecular-scale temperature.
        return Math.sqrt(GAMMA * R_STAR / M0 * molecularTemperatureK(altitudeM));
    }

    @Override
    public double topAltitudeM() {
        return TOP_M;
    }
}
