package org.plumbline.core.scenario;

import java.util.List;

import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;

/**
 * Launch areas × missiles × targets × shapes: expands to concrete trajectories.
 *
 * @param id          unique id
 * @param launchAreas where from
 * @param missiles    which missiles
 * @param targets     where to
 * @param shapes      trajectory shapes
 */
public record ThreatSet(String id, List<LaunchArea> launchAreas, List<Missile> missiles, TargetSet targets,
                        List<Shape> shapes) {
    public ThreatSet {
        launchAreas = List.copyOf(launchAreas);
        missiles = List.copyOf(missiles);
        shapes = List.copyOf(shapes);
    }
}
