package org.plumbline.core.trajectory;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;

/**
 * Propagates one missile's flights over one Earth: the seam between the targeting algorithms and
 * the numerical method. {@link NativeFlightEngine} is the fast engine of the core; the test-only
 * reference module implements the same physics with Orekit's numerical propagator.
 */
public interface FlightEngine {
    EarthModel earth();

    Missile missile();

    /** Integrates the full powered flight for this steering. */
    PoweredFlight boost(GeodeticPoint launch, double azimuthRad, double pitchOverRad);

    /**
     * Flies from thrust termination at cutoffS (in (0, burnTimeS]) to impact.
     *
     * @param withSamples whether to record samples at the engine's sample interval
     * @return the flight, or a flight that reports why it has no impact
     */
    FlightOutcome fly(PoweredFlight powered, double cutoffS, boolean withSamples);

    /**
     * The trajectory of {@code fly(powered, cutoff, false)}, flown, with its samples: what
     * {@code fly(powered, flown.burnoutTimeS(), true)} gives. By default flown again; an engine that
     * kept what the flight without samples integrated may build it from that instead.
     */
    default Trajectory withSamples(PoweredFlight powered, Trajectory flown) {
        return ((FlightOutcome.Impact) fly(powered, flown.burnoutTimeS(), true)).trajectory();
    }
}
