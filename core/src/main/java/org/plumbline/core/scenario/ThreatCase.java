package org.plumbline.core.scenario;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;

/**
 * One concrete threat of a threat set: a launch point, a missile, a shape and a target.
 *
 * @param threatSetId  the threat set it comes from
 * @param launchAreaId the launch area (for a polygon, each sample point shares the area's id)
 * @param launch       launch point
 * @param missile      missile
 * @param shape        trajectory shape
 * @param targetId     target name (point id, city name with its GeoNames id, or grid cell)
 * @param target       target point
 * @param weight       what the target counts for in fractions: its population for cities, its
 *                     area (m^2) for grid cells, 1 for named points
 */
public record ThreatCase(String threatSetId, String launchAreaId, GeodeticPoint launch, Missile missile, Shape shape,
                         String targetId, GeodeticPoint target, double weight) {
}
