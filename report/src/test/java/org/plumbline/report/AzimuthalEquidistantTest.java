package org.plumbline.report;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.GreatCircle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The azimuthal equidistant projection against its definition (Snyder 1987, pp. 191-192): a point's
 * distance from the map's centre is R times its central angle from the centre, and its direction
 * on the map is its initial azimuth from the centre. Both are computed independently, by core's
 * {@link GreatCircle} (atan2 forms of the spherical law of cosines and the azimuth formula).
 */
class AzimuthalEquidistantTest {

    @Test
    void distancesAndAzimuthsFromTheCentreAreTrue() {
        SplittableRandom random = new SplittableRandom(20261128L);
        double[] out = new double[2];
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            double lat0 = Math.asin(2 * random.nextDouble() - 1);
            double lon0 = Math.PI * (2 * random.nextDouble() - 1);
            double lat = Math.asin(2 * random.nextDouble() - 1);
            double lon = Math.PI * (2 * random.nextDouble() - 1);
            GeodeticPoint centre = new GeodeticPoint(lat0, lon0, 0);
            GeodeticPoint point = new GeodeticPoint(lat, lon, 0);
            double c = GreatCircle.centralAngleRad(centre, point);
            if (c < 1.0e-6 || c > Math.PI - 1.0e-6) {
                continue; // the azimuth is undefined at the centre and the antipode
            }
            AzimuthalEquidistant projection = new AzimuthalEquidistant(lat0, lon0);
            projection.project(lat, lon, out);
            double rho = Math.hypot(out[0], out[1]);
            // 4 ulps of the distance (measured: at most 3 in every band of distance; acos(cos c) was 6
            // ulps off at 1.8e7 m).
            double expectedRho = AzimuthalEquidistant.RADIUS_M * c;
            assertEquals(expectedRho, rho, 4 * Math.ulp(expectedRho), "distance from the centre");
            double azimuth = Math.atan2(out[0], out[1]);
            double expected = GreatCircle.initialAzimuthRad(centre, point);
            double d = Math.IEEEremainder(azimuth - expected, 2 * Math.PI);
            // The azimuth of a point at angle c is determined to about 1e-16 / sin c.
            assertEquals(0.0, d, 1.0e-12 / Math.sin(c), "azimuth from the centre");
            checked++;
        }
        assertEquals(true, checked > 19_000, "points checked: " + checked);
    }

    @Test
    void theCentreProjectsToTheOriginAndNearbyPointsToTheirDistance() {
        AzimuthalEquidistant projection = new AzimuthalEquidistant(Math.toRadians(44.0), Math.toRadians(24.4));
        double[] out = new double[2];
        projection.project(Math.toRadians(44.0), Math.toRadians(24.4), out);
        assertEquals(0.0, out[0], 0.0);
        assertEquals(0.0, out[1], 0.0);
        // Points 6 mm to 640 m from the centre, where the scale factor c / sin c is a ratio of two
        // tiny numbers and differs from 1 by c^2 / 6 (up to 2e-9): the distance to 4 ulps.
        SplittableRandom random = new SplittableRandom(7L);
        GeodeticPoint centre = new GeodeticPoint(Math.toRadians(44.0), Math.toRadians(24.4), 0);
        for (int i = 0; i < 1_000; i++) {
            double c = Math.pow(10, -4 - 5 * random.nextDouble());
            double az = 2 * Math.PI * random.nextDouble();
            double lat = centre.latitudeRad() + c * Math.cos(az);
            double lon = centre.longitudeRad() + c * Math.sin(az) / Math.cos(centre.latitudeRad());
            projection.project(lat, lon, out);
            double expected = AzimuthalEquidistant.RADIUS_M * GreatCircle.centralAngleRad(centre,
                    new GeodeticPoint(lat, lon, 0));
            assertEquals(expected, Math.hypot(out[0], out[1]), 4 * Math.ulp(expected), "distance near the centre");
        }
    }
}
