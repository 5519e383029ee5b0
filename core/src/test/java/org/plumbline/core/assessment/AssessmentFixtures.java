package org.plumbline.core.assessment;

import java.util.List;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.geography.Polygon;
import org.plumbline.core.geography.Region;
import org.plumbline.core.interceptor.Interceptor;
import org.plumbline.core.sensor.Radar;
import org.plumbline.core.sensor.RadarFace;

/**
 * The places, interceptor and radar the assessment tests share (public-data.md B.1, B.3, B.4; values
 * as in EngagementTest, [UNVERIFIED]/ASSUMPTION as labelled in the catalog), and a latitude-longitude
 * box as a region.
 */
final class AssessmentFixtures {
    static final GeodeticPoint SEMNAN = GeodeticPoint.ofDegrees(35.235, 53.921);
    static final GeodeticPoint DEVESELU = GeodeticPoint.ofDegrees(44.077, 24.416);
    static final GeodeticPoint KURECIK = GeodeticPoint.ofDegrees(38.349, 37.794);
    /** An SM-3 IB-like interceptor: 3.0 km/s, 60 s burn, 70-500 km, 900 s, 5 s delay, up to 1,200 km. */
    static final Interceptor IB = new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000, 500_000,
            900, 5, 0, 1_200_000);
    /** An AN/TPY-2-like radar at Kurecik with two back-to-back faces: all-round cover, so that tracks exist. */
    static final Radar TPY2 = new Radar("kurecik", "an-tpy-2", KURECIK,
            List.of(new RadarFace(0.0, Math.toRadians(90), 0.0, Math.toRadians(70)),
                    new RadarFace(Math.PI, Math.toRadians(90), 0.0, Math.toRadians(70))), 3_000_000, 1.0,
            4_000_000, 10, 2);

    private AssessmentFixtures() {
    }

    /** The latitude-longitude box from south to north and west to east (degrees) as a region "box". */
    static Region box(double south, double north, double west, double east) {
        double[][] ring = {
            {Math.toRadians(south), Math.toRadians(west)}, {Math.toRadians(south), Math.toRadians(east)},
            {Math.toRadians(north), Math.toRadians(east)}, {Math.toRadians(north), Math.toRadians(west)},
            {Math.toRadians(south), Math.toRadians(west)}};
        return new Region("box", "box", List.of(new Polygon(List.<double[][]>of(ring))));
    }
}
