package org.plumbline.core.trajectory;

import org.plumbline.core.earth.GeodeticPoint;

/**
 * The powered part of a flight, integrated once for a launch point, azimuth and pitch-over angle,
 * from which the state at any thrust-termination time can be read.
 *
 * <p>States are (x, y, z, vx, vy, vz) in m and m/s in the inertial frame that coincides with the
 * Earth-fixed frame at launch.
 *
 * <p>Immutable: {@link #stateAt} is a function of the time alone (the targeting search remembers
 * predictions by the flight's identity, {@code VacuumPredictor.Prediction}).
 */
public interface PoweredFlight {
    GeodeticPoint launch();

    double azimuthRad();

    double pitchOverRad();

    /** Time of full burnout, s. */
    double burnTimeS();

    /** Whether the vehicle fell back to the ground before full burnout (an unusable steering). */
    boolean crashed();

    /** Writes the inertial state at time tS in [0, burnTimeS()] into out[0..5]. */
    void stateAt(double tS, double[] out);
}
