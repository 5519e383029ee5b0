package org.plumbline.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The series central angle of the engagement loop against the exact atan2 form, at every range. */
class CentralAngleTest {
    /** 1 mm on the fly-out sphere, rad: far below the reach table's 10 km cells. */
    private static final double TOLERANCE_RAD = 1.0e-3 / 6_371_000.0;

    @Test
    void matchesAtan2OverEveryRange() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int n = 0; n < 100_000; n++) {
            double lat1 = Math.asin(2 * random.nextDouble() - 1);
            double lon1 = 2 * Math.PI * random.nextDouble();
            double lat2 = Math.asin(2 * random.nextDouble() - 1);
            double lon2 = n % 2 == 0 ? lon1 + 0.1 * (random.nextDouble() - 0.5) : 2 * Math.PI * random.nextDouble();
            double[] a = {Math.cos(lat1) * Math.cos(lon1), Math.cos(lat1) * Math.sin(lon1), Math.sin(lat1)};
            double[] b = {Math.cos(lat2) * Math.cos(lon2), Math.cos(lat2) * Math.sin(lon2), Math.sin(lat2)};
            double cx = a[1] * b[2] - a[2] * b[1];
            double cy = a[2] * b[0] - a[0] * b[2];
            double cz = a[0] * b[1] - a[1] * b[0];
            double exact = Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
            assertEquals(exact, Engagement.centralAngle(a[0] - b[0], a[1] - b[1], a[2] - b[2]), TOLERANCE_RAD);
        }
    }
}
