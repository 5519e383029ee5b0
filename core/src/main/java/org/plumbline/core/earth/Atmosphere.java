package org.plumbline.core.earth;

/**
 * A static atmosphere: density and speed of sound as functions of geometric altitude above the
 * ellipsoid. A seam so that tests can swap in a vacuum or an exponential model.
 */
public interface Atmosphere {
    /** Density, kg/m^3, at geometric altitude altitudeM (m); 0 above the model's top. */
    double densityKgPerM3(double altitudeM);

    /** Speed of sound, m/s, at geometric altitude altitudeM (m); always positive. */
    double speedOfSoundMps(double altitudeM);

    /** Altitude (m) above which the density is exactly zero. */
    double topAltitudeM();

    /**
     * Density (kg/m^3) into out[0] and speed of sound (m/s) into out[1] at one altitude: the values
     * of {@link #densityKgPerM3} and {@link #speedOfSoundMps}, bit for bit. A model may share the work
     * of the two (the integrators ask for both at every step of a powered flight).
     */
    default void densityAndSpeedOfSound(double altitudeM, double[] out) {
        out[0] = densityKgPerM3(altitudeM);
        out[1] = speedOfSoundMps(altitudeM);
    }

    /** An atmosphere with no air. */
    Atmosphere VACUUM = new Atmosphere() {
        @Override
        public double densityKgPerM3(double altitudeM) {
            return 0.0;
        }

        @Override
        public double speedOfSoundMps(double altitudeM) {
            return 340.294;
        }

        @Override
        public double topAltitudeM() {
            return 0.0;
        }
    };
}
