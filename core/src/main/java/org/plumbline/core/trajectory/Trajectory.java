package org.plumbline.core.trajectory;

import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;

/**
 * A complete ballistic flight from launch to impact on the ellipsoid.
 *
 * <p>Units SI; angles in radians; speeds inertial (in the frame that coincides with the Earth-fixed
 * frame at launch). Times are seconds since launch.
 *
 * @param launch                    launch point
 * @param impact                    impact point (altitude 0)
 * @param launchAzimuthRad          azimuth of the pitch-over plane, clockwise from north
 * @param pitchOverRad              pitch-over angle from the vertical
 * @param burnoutTimeS              time of burnout or thrust termination
 * @param burnoutSpeedMps           inertial speed at burnout
 * @param burnoutAltitudeM          altitude at burnout
 * @param burnoutFlightPathAngleRad inertial flight-path angle above the local horizontal at burnout
 * @param apogeeAltitudeM           greatest altitude
 * @param apogeeTimeS               time of greatest altitude
 * @param flightTimeS               time of impact
 * @param groundRangeM              geodesic distance from launch to impact on the ellipsoid
 * @param events                    launch, 100 km crossings, burnout, apogee, impact, in time order
 * @param samples                   points at a regular interval (empty when not requested)
 */
public record Trajectory(GeodeticPoint launch, GeodeticPoint impact, double launchAzimuthRad, double pitchOverRad,
                         double burnoutTimeS, double burnoutSpeedMps, double burnoutAltitudeM,
                         double burnoutFlightPathAngleRad, double apogeeAltitudeM, double apogeeTimeS,
                         double flightTimeS, double groundRangeM, List<TrajectoryEvent> events,
                         List<TrajectorySample> samples) {
    public Trajectory {
        events = List.copyOf(events);
        samples = List.copyOf(samples);
    }

    /** Whether the thrust was terminated before the propellant ran out (given the missile's burn time). */
    public boolean isThrustTerminated(double fullBurnTimeS) {
        return burnoutTimeS < fullBurnTimeS - 1.0e-6;
    }
}
