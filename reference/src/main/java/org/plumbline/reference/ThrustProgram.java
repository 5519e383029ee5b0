package org.plumbline.reference;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Stage;

/**
 * A missile's powered flight cut into segments on which thrust, mass flow and steering phase are
 * smooth: boundaries at the end of the vertical rise, the end of the pitch-over and every staging.
 * The integrator is stopped at each boundary so that it never steps across a discontinuity.
 *
 * <p>Mass is an analytic function of time: each stage burns at a constant mass flow and its dry
 * mass is dropped at the boundary where the next stage starts, so on a segment of stage i the
 * mass is m0(i) - mdot(i) (t - start(i)), m0(i) being the stage's ignition mass.
 */
final class ThrustProgram {
    /** The steering law in force on a segment. */
    enum Phase {
        /** Along the ellipsoid normal. */
        VERTICAL,
        /** The vertical tilted by the pitch-over angle toward the launch azimuth. */
        PITCH_OVER,
        /** Along the air-relative velocity. */
        GRAVITY_TURN
    }

    private final double[] stageStartS;
    private final double[] stageStartMassKg;
    private final double[] stageMassFlowKgPerS;
    private final double[] stageThrustN;
    private final double[] segmentStartS;
    private final int[] segmentStage;
    private final Phase[] segmentPhase;
    private final double burnTimeS;

    ThrustProgram(Missile missile) {
        List<Stage> stages = missile.stages();
        int n = stages.size();
        stageStartS = new double[n];
        stageStartMassKg = new double[n];
        stageMassFlowKgPerS = new double[n];
        stageThrustN = new double[n];
        double[] stageEndS = new double[n];
        double t = 0.0;
        for (int i = 0; i < n; i++) {
            Stage s = stages.get(i);
            stageStartS[i] = t;
            t += s.burnTimeS();
            stageEndS[i] = t;
            stageMassFlowKgPerS[i] = s.massFlowKgPerS();
            stageThrustN[i] = s.thrustN();
        }
        burnTimeS = t;
        double above = missile.payloadMassKg();
        for (int i = n - 1; i >= 0; i--) {
            above += stages.get(i).dryMassKg() + stages.get(i).propellantMassKg();
            stageStartMassKg[i] = above;
        }
        double riseEndS = missile.verticalRiseS();
        double pitchEndS = riseEndS + missile.pitchOverS();
        segmentStartS = DoubleStream.concat(DoubleStream.of(0.0, riseEndS, pitchEndS),
                Arrays.stream(stageEndS, 0, n - 1)).distinct().sorted().toArray();
        segmentStage = new int[segmentStartS.length];
        segmentPhase = new Phase[segmentStartS.length];
        for (int k = 0; k < segmentStartS.length; k++) {
            double start = segmentStartS[k];
            int stage = 0;
            while (stage < n - 1 && start >= stageEndS[stage]) {
                stage++;
            }
            segmentStage[k] = stage;
            segmentPhase[k] = start < riseEndS ? Phase.VERTICAL
                    : start < pitchEndS ? Phase.PITCH_OVER : Phase.GRAVITY_TURN;
        }
    }

    /** Time of full burnout, s. */
    double burnTimeS() {
        return burnTimeS;
    }

    /** Lift-off mass, kg. */
    double launchMassKg() {
        return stageStartMassKg[0];
    }

    int segmentCount() {
        return segmentStartS.length;
    }

    /** Start of segment k, s since launch. */
    double segmentStartS(int k) {
        return segmentStartS[k];
    }

    Phase phase(int segment) {
        return segmentPhase[segment];
    }

    /** Thrust on segment, N. */
    double thrustN(int segment) {
        return stageThrustN[segmentStage[segment]];
    }

    /** Mass at time tS on segment, kg. */
    double massKg(int segment, double tS) {
        int stage = segmentStage[segment];
        return stageStartMassKg[stage] - stageMassFlowKgPerS[stage] * (tS - stageStartS[stage]);
    }
}
