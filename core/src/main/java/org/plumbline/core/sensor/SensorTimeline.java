package org.plumbline.core.sensor;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.trajectory.Trajectory;

/**
 * What a set of sensors sees of one trajectory: each radar's detection intervals and tracks, and
 * each early-warning satellite's cue. Lists keep the order of the sensors given; "never detected"
 * is an empty list, "no cue" a {@link EarlyWarningCue.NotReported} with its reason.
 *
 * @param radars one timeline per radar
 * @param cues   one cue per early-warning satellite
 */
public record SensorTimeline(List<RadarTimeline> radars, List<EarlyWarningCue> cues) {
    public SensorTimeline {
        radars = List.copyOf(radars);
        cues = List.copyOf(cues);
    }

    /**
     * The timeline of a trajectory (flown with samples over {@code earth}) for radars that look for a
     * target of cross-section targetRcsM2 (m^2) with a line-of-sight model, and for early-warning
     * satellites. See {@link RadarCoverage} and {@link EarlyWarningCue#of} for the methods.
     */
    public static SensorTimeline of(Trajectory trajectory, EarthModel earth, List<Radar> radars,
                                    List<EarlyWarningSatellite> satellites, double targetRcsM2,
                                    LineOfSight lineOfSight) {
        TargetPath path = TargetPath.of(trajectory, earth);
        List<RadarTimeline> r = new ArrayList<>(radars.size());
        for (Radar radar : radars) {
            r.add(RadarCoverage.of(radar, earth, targetRcsM2, lineOfSight).timeline(path));
        }
        List<EarlyWarningCue> c = new ArrayList<>(satellites.size());
        for (EarlyWarningSatellite s : satellites) {
            c.add(EarlyWarningCue.of(s, path));
        }
        return new SensorTimeline(r, c);
    }
}
