package org.plumbline.core.interceptor;

import java.util.Arrays;

/**
 * The nodes of one traced fly-out in the Earth-fixed frame: time (s), ground range from the site
 * (m), altitude (m), the rates of ground range and altitude (m/s), Earth-relative speed (m/s),
 * flight-path angle (rad; its sine when {@link #sinePathAngle}), and over the rotating Earth the squared distance from the Earth's axis
 * (m^2) and its rate (m^2/s), for the centrifugal term of the energy. Growable; filled by
 * {@link FlyOut#tracePlane} or {@link FlyOut#traceRotating} (the fixed-step reference leaves the
 * rates at 0). Not thread-safe.
 */
final class FlyOutPath {
    double[] tS;
    double[] rangeM;
    double[] altitudeM;
    double[] rangeRateMps;
    double[] climbRateMps;
    double[] speedMps;
    double[] pathAngleRad;
    double[] axisDistanceSquaredM2;
    double[] axisDistanceSquaredRateM2PerS;
    /** Rotation rate of the Earth the fly-out was traced over, rad/s (0: not rotating). */
    double omegaRadPerS;
    /**
     * Whether {@link #pathAngleRad} holds the sine of the angle (the traced fly-outs, which take the
     * arcsine, a slow call, only at the column crossings).
     */
    boolean sinePathAngle;
    int size;

    /** An empty path with room for capacity nodes before it grows. */
    FlyOutPath(int capacity) {
        int c = Math.max(16, capacity);
        tS = new double[c];
        rangeM = new double[c];
        altitudeM = new double[c];
        rangeRateMps = new double[c];
        climbRateMps = new double[c];
        speedMps = new double[c];
        pathAngleRad = new double[c];
        axisDistanceSquaredM2 = new double[c];
        axisDistanceSquaredRateM2PerS = new double[c];
    }

    private FlyOutPath(FlyOutPath of, int length) {
        tS = Arrays.copyOf(of.tS, length);
        rangeM = Arrays.copyOf(of.rangeM, length);
        altitudeM = Arrays.copyOf(of.altitudeM, length);
        rangeRateMps = Arrays.copyOf(of.rangeRateMps, length);
        climbRateMps = Arrays.copyOf(of.climbRateMps, length);
        speedMps = Arrays.copyOf(of.speedMps, length);
        pathAngleRad = Arrays.copyOf(of.pathAngleRad, length);
        axisDistanceSquaredM2 = Arrays.copyOf(of.axisDistanceSquaredM2, length);
        axisDistanceSquaredRateM2PerS = Arrays.copyOf(of.axisDistanceSquaredRateM2PerS, length);
        omegaRadPerS = of.omegaRadPerS;
        sinePathAngle = of.sinePathAngle;
        size = Math.min(of.size, length);
    }

    /** A copy holding just the nodes (so that one buffer can trace a whole fan). */
    FlyOutPath trimmedCopy() {
        return new FlyOutPath(this, size);
    }

    /** Empties the path for a traced fly-out over an Earth rotating at omegaRadPerS (path angles as sines). */
    void clear(double omegaRadPerS) {
        this.omegaRadPerS = omegaRadPerS;
        sinePathAngle = true;
        size = 0;
    }

    /** The flight-path angle at node p, rad. */
    double pathAngleAt(int p) {
        return sinePathAngle ? Math.asin(pathAngleRad[p]) : pathAngleRad[p];
    }

    void add(double t, double range, double altitude, double rangeRate, double climbRate, double speed,
             double pathAngle) {
        add(t, range, altitude, rangeRate, climbRate, speed, pathAngle, 0.0, 0.0);
    }

    void add(double t, double range, double altitude, double rangeRate, double climbRate, double speed,
             double pathAngle, double axisDistanceSquared, double axisDistanceSquaredRate) {
        if (size == tS.length) {
            FlyOutPath grown = new FlyOutPath(this, 2 * size);
            tS = grown.tS;
            rangeM = grown.rangeM;
            altitudeM = grown.altitudeM;
            rangeRateMps = grown.rangeRateMps;
            climbRateMps = grown.climbRateMps;
            speedMps = grown.speedMps;
            pathAngleRad = grown.pathAngleRad;
            axisDistanceSquaredM2 = grown.axisDistanceSquaredM2;
            axisDistanceSquaredRateM2PerS = grown.axisDistanceSquaredRateM2PerS;
        }
        tS[size] = t;
        rangeM[size] = range;
        altitudeM[size] = altitude;
        rangeRateMps[size] = rangeRate;
        climbRateMps[size] = climbRate;
        speedMps[size] = speed;
        pathAngleRad[size] = pathAngle;
        axisDistanceSquaredM2[size] = axisDistanceSquared;
        axisDistanceSquaredRateM2PerS[size] = axisDistanceSquaredRate;
        size++;
    }
}
