package org.plumbline.core.trajectory;

import java.util.ArrayList;
import java.util.List;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.Gravity;
import org.plumbline.core.math.Brent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of {@link NativeFlightEngine}: symmetry on a symmetric Earth, the effect of the
 * Earth's rotation, energy conservation in the vacuum coast, and convergence in the step size.
 */
class NativeFlightEngineTest {
    /** Range spread allowed between azimuths on a non-rotating sphere, m: the flights are congruent. */
    private static final double SYMMETRY_TOLERANCE_M = 1.0;
    /**
     * Kepler coast: analytic (about 1e-12 in position); the samples pass through a geodetic
     * conversion good to 1 mm, about 1e-10 of the specific energy; relative.
     */
    private static final double KEPLER_ENERGY_TOLERANCE = 1.0e-10;
    /**
     * Numerical J2 coast: RK4 at the default 5 s step drifts by about 4e-9 over a 25-minute ICBM
     * coast (it falls about 40-fold at 2.5 s); 1e-8 is 0.4 J/kg, a speed error below 1e-4 m/s. A
     * coast that dropped or mis-signed J2 would be off by about 1e-3.
     */
    private static final double J2_ENERGY_TOLERANCE = 1.0e-8;
    /** Samples this far above the atmospheric interface are certainly in the vacuum coast, m. */
    private static final double COAST_MARGIN_M = 1_000.0;
    /**
     * Numerical error budget of the default steps on a 30-minute flight: halving all three steps
     * moves the impact by less than this, m (the targeting contract is 100 m).
     */
    private static final double STEP_CONVERGENCE_TOLERANCE_M = 20.0;
    /**
     * Equatorial maximum range on non-rotating WGS84 against the nominal range on the 6371 km
     * sphere: the 7 km larger radius and J2 change it by a few tenths of a percent; 1 %.
     */
    private static final double NOMINAL_VS_WGS84_TOLERANCE = 0.01;
    /** Ratio between successive pitch-over angles of the maximum-range scan. */
    private static final double PITCH_SCAN_FACTOR = 1.15;

    private final Missile icbm = TestMissiles.liquidIcbm();

    private static Trajectory flyFullBurn(FlightEngine engine, GeodeticPoint launch, double azimuthRad, double pitchRad,
                                          boolean samples) {
        PoweredFlight powered = engine.boost(launch, azimuthRad, pitchRad);
        FlightOutcome out = engine.fly(powered, powered.burnTimeS(), samples);
        assertTrue(out instanceof FlightOutcome.Impact, () -> "expected an impact, got " + out);
        return ((FlightOutcome.Impact) out).trajectory();
    }

    /** The pitch-over of the missile's nominal (maximum-range) flight. */
    private double nominalPitchRad() {
        Reach nominal = GenericRocket.nominalFlight(icbm, FlightSettings.DEFAULT);
        return nominal.trajectory().pitchOverRad();
    }

    @Test
    void rangeDoesNotDependOnAzimuthOnANonRotatingSphere() {
        NativeFlightEngine engine = new NativeFlightEngine(EarthModel.SPHERICAL.withoutRotation(), icbm,
                FlightSettings.DEFAULT);
        GeodeticPoint launch = GeodeticPoint.ofDegrees(30.0, 40.0);
        double pitch = nominalPitchRad();
        double reference = flyFullBurn(engine, launch, 0.0, pitch, false).groundRangeM();
        assertTrue(reference > 5.0e6, "precondition: an ICBM-range flight, got " + reference + " m");
        for (double azimuthDeg : new double[] {45.0, 90.0, 135.0, 180.0, 231.0, 270.0, 313.0}) {
            double range = flyFullBurn(engine, launch, Math.toRadians(azimuthDeg), pitch, false).groundRangeM();
            assertEquals(reference, range, SYMMETRY_TOLERANCE_M, "range at azimuth " + azimuthDeg + " deg vs 0 deg");
        }
    }

    /**
     * The longest full-burn flight along the equator (azimuth +-90 deg keeps the flight in the
     * equatorial plane, rotating or not), maximised over the pitch-over angle by a geometric scan
     * and Brent's method on the signed range (positive in the launch direction), m.
     */
    static double maximumRangeAlongTheEquatorM(FlightEngine engine, boolean eastward) {
        GeodeticPoint pad = GeodeticPoint.ofDegrees(0.0, 0.0);
        double azimuth = eastward ? Math.PI / 2 : -Math.PI / 2;
        double a = engine.earth().equatorialRadiusM();
        java.util.function.DoubleUnaryOperator signedRange = pitch -> {
            PoweredFlight powered = engine.boost(pad, azimuth, pitch);
            FlightOutcome out = engine.fly(powered, powered.burnTimeS(), false);
            if (!(out instanceof FlightOutcome.Impact impact)) {
                return 0.0;
            }
            double lon = impact.trajectory().impact().longitudeRad();
            return (eastward ? lon : -lon) * a;
        };
        double bestPitch = Double.NaN;
        double best = Double.NEGATIVE_INFINITY;
        for (double pitch = 1.0e-4; pitch < 0.6; pitch *= PITCH_SCAN_FACTOR) {
            double r = signedRange.applyAsDouble(pitch);
            if (r > best) {
                best = r;
                bestPitch = pitch;
            }
        }
        Brent.Minimum m = Brent.minimum(p -> -signedRange.applyAsDouble(p), bestPitch / PITCH_SCAN_FACTOR,
                bestPitch * PITCH_SCAN_FACTOR, 1.0e-9);
        return Math.max(best, -m.fx());
    }

    /**
     * From the equator the longest flight eastward is longer than on a non-rotating Earth, and that
     * one longer than the longest westward: the pad's 465 m/s eastward speed adds to the burnout
     * speed. (For one fixed steering this need not hold: the gravity turn follows the air-relative
     * velocity, so the same pitch-over gives a flatter inertial arc eastward.) Measured when written
     * for the 4,500 km IRBM: 4,971 km east, 4,505 km non-rotating, 4,202 km west.
     */
    @Test
    void eastwardFlightsGainRangeFromTheEarthsRotation() {
        Missile irbm = TestMissiles.liquidIrbm();
        double east = maximumRangeAlongTheEquatorM(NativeFlightEngine.of(EarthModel.WGS84, irbm), true);
        double west = maximumRangeAlongTheEquatorM(NativeFlightEngine.of(EarthModel.WGS84, irbm), false);
        double still = maximumRangeAlongTheEquatorM(NativeFlightEngine.of(EarthModel.WGS84.withoutRotation(), irbm),
                true);
        assertTrue(east > still && still > west, String.format(Locale.ROOT,
                "maximum ranges east %.0f m, non-rotating %.0f m, west %.0f m", east, still, west));
        assertEquals(GenericRocket.nominalRangeM(irbm, FlightSettings.DEFAULT), still, NOMINAL_VS_WGS84_TOLERANCE * still,
                "non-rotating WGS84 maximum vs nominal (sphere) range");
    }

    /** Specific energy v^2/2 + U over the samples of the vacuum coast, relative spread. */
    private static double coastEnergySpread(Trajectory t, EarthModel earth, Gravity gravity, double interfaceM) {
        Ellipsoid ellipsoid = new Ellipsoid(earth);
        double first = Double.NaN;
        double worst = 0.0;
        int count = 0;
        for (TrajectorySample s : t.samples()) {
            if (s.tS() <= t.burnoutTimeS() || s.altitudeM() < interfaceM + COAST_MARGIN_M) {
                continue;
            }
            // Earth-fixed and inertial positions differ by a turn about z: |r| and z, hence U, agree.
            double[] p = ellipsoid.toCartesian(new GeodeticPoint(s.latitudeRad(), s.longitudeRad(), s.altitudeM()));
            double e = 0.5 * s.speedMps() * s.speedMps() + gravity.potential(p[0], p[1], p[2]);
            if (Double.isNaN(first)) {
                first = e;
            }
            worst = Math.max(worst, Math.abs(e - first) / Math.abs(first));
            count++;
        }
        assertTrue(count >= 50, "precondition: at least 50 coast samples, got " + count);
        return worst;
    }

    @Test
    void energyIsConservedInTheKeplerCoast() {
        EarthModel earth = EarthModel.WGS84;
        Trajectory ref = TestMissiles.kozelskWashingtonMinimumEnergy();
        FlightSettings settings = FlightSettings.DEFAULT.withCoast(FlightSettings.Coast.KEPLER);
        NativeFlightEngine engine = new NativeFlightEngine(earth, icbm, settings);
        Trajectory t = ((FlightOutcome.Impact) engine.fly(engine.boost(ref.launch(), ref.launchAzimuthRad(),
                ref.pitchOverRad()), ref.burnoutTimeS(), true)).trajectory();
        // The Kepler coast ignores J2: its invariant is the point-mass energy.
        Gravity pointMass = new Gravity(new EarthModel("wgs84-point-mass", earth.equatorialRadiusM(),
                earth.flattening(), earth.muM3PerS2(), 0.0, earth.rotationRateRadPerS()));
        double spread = coastEnergySpread(t, earth, pointMass, settings.atmosphereInterfaceM());
        assertTrue(spread <= KEPLER_ENERGY_TOLERANCE, "Kepler coast energy spread " + spread);
    }

    @Test
    void energyIsConservedInTheNumericalJ2Coast() {
        EarthModel earth = EarthModel.WGS84;
        Trajectory ref = TestMissiles.kozelskWashingtonMinimumEnergy();
        FlightSettings settings = FlightSettings.DEFAULT.withCoast(FlightSettings.Coast.NUMERICAL_J2);
        NativeFlightEngine engine = new NativeFlightEngine(earth, icbm, settings);
        Trajectory t = ((FlightOutcome.Impact) engine.fly(engine.boost(ref.launch(), ref.launchAzimuthRad(),
                ref.pitchOverRad()), ref.burnoutTimeS(), true)).trajectory();
        double spread = coastEnergySpread(t, earth, new Gravity(earth), settings.atmosphereInterfaceM());
        assertTrue(spread <= J2_ENERGY_TOLERANCE, "J2 coast energy spread " + spread);
    }

    /**
     * The numerical error budget: the minimum-energy Kozelsk-Washington steering (a flight of about
     * 31 minutes) flown with the default steps and with all steps halved lands within 20 m.
     * Measured when written: 4.4 m (boost step dominates; 0.2 m between half and quarter steps).
     */
    @Test
    void halvingTheStepsMovesTheImpactByLessThanTheBudget() {
        Trajectory ref = TestMissiles.kozelskWashingtonMinimumEnergy();
        assertTrue(ref.flightTimeS() > 25 * 60 && ref.flightTimeS() < 35 * 60,
                "precondition: a 30-minute flight, got " + ref.flightTimeS() + " s");
        FlightSettings coarse = FlightSettings.DEFAULT;
        FlightSettings fine = coarse.withSteps(coarse.boostStepS() / 2, coarse.reentryStepS() / 2,
                coarse.coastStepS() / 2);
        Trajectory a = fly(new NativeFlightEngine(EarthModel.WGS84, icbm, coarse), ref);
        Trajectory b = fly(new NativeFlightEngine(EarthModel.WGS84, icbm, fine), ref);
        double moved = new Geodesy(EarthModel.WGS84).distanceM(a.impact(), b.impact());
        assertTrue(moved < STEP_CONVERGENCE_TOLERANCE_M, String.format(Locale.ROOT,
                "halving the steps moved the impact by %.2f m", moved));
        assertEquals(a.flightTimeS(), b.flightTimeS(), 1.0, "flight time, s");
    }

    private static Trajectory fly(NativeFlightEngine engine, Trajectory steering) {
        PoweredFlight powered = engine.boost(steering.launch(), steering.launchAzimuthRad(), steering.pitchOverRad());
        return ((FlightOutcome.Impact) engine.fly(powered, steering.burnoutTimeS(), false)).trajectory();
    }

    /**
     * Powered flights with the engine's shortcuts (the shared vertical rise, and no geodetic height
     * where the radius alone shows the flight above the pad) are the flights flown as first written,
     * bit for bit: every node and states between nodes, and whether they fall back, for several
     * azimuths and pitch-over angles (the flattest fall back), from two launch points in turn (the
     * engine keeps the rise of the last one).
     */
    @Test
    void theShortcutsGiveThePoweredFlightsFlownFromThePad() {
        Missile irbm = TestMissiles.liquidIrbm();
        NativeFlightEngine shared = new NativeFlightEngine(EarthModel.WGS84, irbm, FlightSettings.DEFAULT, true);
        NativeFlightEngine fromPad = new NativeFlightEngine(EarthModel.WGS84, irbm, FlightSettings.DEFAULT, false);
        GeodeticPoint[] launches = {GeodeticPoint.ofDegrees(35.235, 53.921), GeodeticPoint.ofDegrees(38.08, 46.29)};
        double[] a = new double[6];
        double[] b = new double[6];
        int crashed = 0;
        for (int round = 0; round < 2; round++) {
            for (GeodeticPoint launch : launches) {
                for (double az : new double[] {0.3, 2.1, 4.9}) {
                    for (double pitch : new double[] {0.02, 0.2, 0.9, 1.2, 1.5}) {
                        PoweredFlight p = shared.boost(launch, az, pitch);
                        PoweredFlight q = fromPad.boost(launch, az, pitch);
                        assertEquals(q.crashed(), p.crashed());
                        crashed += q.crashed() ? 1 : 0;
                        assertEquals(q.burnTimeS(), p.burnTimeS(), 0.0);
                        for (double t = 0; t <= q.burnTimeS(); t += 0.25 + 0.01 * round) {
                            p.stateAt(t, a);
                            q.stateAt(t, b);
                            for (int k = 0; k < 6; k++) {
                                assertEquals(Double.doubleToRawLongBits(b[k]), Double.doubleToRawLongBits(a[k]),
                                        "t " + t + " s, component " + k);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(crashed > 0 && crashed < 2 * 2 * 3 * 5, crashed + " flights fell back");
    }

    /**
     * The engine reads the air from a table of the settings' atmosphere (TabulatedAtmosphere: a
     * relative error of 4e-10 in smooth air, up to 6e-5 within a few tens of metres of the 1976
     * standard's layer boundaries). Against the engine that reads the model itself, the same steering
     * lands within a few centimetres (measured 0.25 cm for the liquid IRBM, 0.92 cm for Topol-M, 3.2 cm
     * for the liquid ICBM at 8,500 km, where the range grows by about 30 km per m/s of burnout speed
     * and the burnout speeds differ by 1e-6 m/s); 5 cm is 1 % of the solver's 5 m aim tolerance, the
     * scale on which the table must not matter.
     */
    @Test
    void theAtmosphereTableMovesImpactsByCentimetresAtMost() {
        GeodeticPoint launch = GeodeticPoint.ofDegrees(35.235, 53.921);
        Geodesy geodesy = new Geodesy(EarthModel.WGS84);
        for (Missile missile : new Missile[] {TestMissiles.liquidIrbm(), TestMissiles.liquidIcbm(),
            TestMissiles.solidIcbm()}) {
            NativeFlightEngine table = new NativeFlightEngine(EarthModel.WGS84, missile, FlightSettings.DEFAULT, true,
                    true);
            NativeFlightEngine model = new NativeFlightEngine(EarthModel.WGS84, missile, FlightSettings.DEFAULT, true,
                    false);
            double worst = 0.0;
            int flown = 0;
            for (double az : new double[] {0.3, 2.1, 4.9, 5.5}) {
                // The ICBMs steer with pitch-over angles of a few milliradians, the IRBM with more.
                for (double pitch : new double[] {0.003, 0.0045, 0.006, 0.02, 0.05, 0.1, 0.2, 0.4}) {
                    PoweredFlight p = table.boost(launch, az, pitch);
                    PoweredFlight q = model.boost(launch, az, pitch);
                    assertEquals(q.crashed(), p.crashed());
                    if (p.crashed()) {
                        continue;
                    }
                    // Full burn and an earlier cutoff (the ICBMs' flat full burns go into orbit).
                    for (double cutoff : new double[] {0.7 * p.burnTimeS(), 0.85 * p.burnTimeS(), p.burnTimeS()}) {
                        FlightOutcome a = table.fly(p, cutoff, false);
                        FlightOutcome b = model.fly(q, cutoff, false);
                        assertEquals(b.getClass(), a.getClass());
                        // Ballistic flights only, which leave the atmosphere (every threat trajectory
                        // does); a steering that burns out at 50 km and flies on through the air sums
                        // the density's error over its whole flight (7.5 cm for the liquid ICBM).
                        if (a instanceof FlightOutcome.Impact ia && b instanceof FlightOutcome.Impact ib
                                && ib.trajectory().apogeeAltitudeM() > FlightSettings.DEFAULT.atmosphereInterfaceM()) {
                            worst = Math.max(worst, geodesy.distanceM(ia.trajectory().impact(),
                                    ib.trajectory().impact()));
                            flown++;
                        }
                    }
                }
            }
            assertTrue(flown >= 20, missile.id() + ": " + flown + " flights landed");
            assertTrue(worst < 0.05, missile.id() + ": impacts " + worst + " m apart");
            assertTrue(worst > 0.0, missile.id() + ": the table changed nothing");
        }
    }

    /**
     * The 100 km crossings of a sampled flight, found by a scan that skips heights far from the mark,
     * are the full scan's bit for bit, and the samples, whose logged states are found by walking the
     * log forward, those found by binary search: the same events (times and states) and samples, for ballistic
     * flights of an IRBM and an ICBM, flights whose apogee grazes 100 km or stays below it, and
     * several sample intervals.
     */
    @Test
    void theCrossingsScanGivesTheFullScansEvents() {
        GeodeticPoint launch = GeodeticPoint.ofDegrees(35.235, 53.921);
        int crossings = 0;
        int withoutCrossing = 0;
        for (Missile missile : new Missile[] {TestMissiles.liquidIrbm(), TestMissiles.liquidIcbm()}) {
            for (double interval : new double[] {1.0, 10.0, 0.7}) {
                FlightSettings settings = FlightSettings.DEFAULT.withSampleIntervalS(interval);
                NativeFlightEngine skipping = new NativeFlightEngine(EarthModel.WGS84, missile, settings, true);
                NativeFlightEngine every = new NativeFlightEngine(EarthModel.WGS84, missile, settings, false);
                for (double pitch : new double[] {0.003, 0.0045, 0.006, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6}) {
                    PoweredFlight p = skipping.boost(launch, 1.1, pitch);
                    PoweredFlight q = every.boost(launch, 1.1, pitch);
                    if (p.crashed()) {
                        continue;
                    }
                    for (double fraction : new double[] {0.35, 0.5, 0.7, 1.0}) {
                        FlightOutcome a = skipping.fly(p, fraction * p.burnTimeS(), true);
                        FlightOutcome b = every.fly(q, fraction * q.burnTimeS(), true);
                        assertEquals(b.getClass(), a.getClass());
                        if (!(a instanceof FlightOutcome.Impact ia && b instanceof FlightOutcome.Impact ib)) {
                            continue;
                        }
                        assertEquals(ib.trajectory().events(), ia.trajectory().events());
                        assertEquals(ib.trajectory().samples(), ia.trajectory().samples());
                        boolean crossed = ia.trajectory().events().stream()
                                .anyMatch(e -> e.kind() == TrajectoryEvent.Kind.ASCENT_100KM);
                        crossings += crossed ? 1 : 0;
                        withoutCrossing += crossed ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(crossings > 50, crossings + " flights crossed 100 km");
        assertTrue(withoutCrossing > 5, withoutCrossing + " flights stayed below 100 km");
    }

    /**
     * A flight without samples keeps its log, and {@link NativeFlightEngine#withSamples} builds the
     * flight with samples from it: the same trajectory, every field, event and sample, as flying it
     * again with samples; and one no longer kept (more than {@code KeptLogs.SIZE} flights ago) is
     * flown again, with the same answer. IRBM and ICBM flights, lofted to depressed, cut off early
     * and at full burn, also ones that burn out below the 120 km interface.
     */
    @Test
    void aKeptLogGivesTheFlightWithSamples() {
        GeodeticPoint launch = GeodeticPoint.ofDegrees(35.235, 53.921);
        int kept = 0;
        for (Missile missile : new Missile[] {TestMissiles.liquidIrbm(), TestMissiles.liquidIcbm()}) {
            // The default 10 s, the assessment's 1 s, and an interval shorter than the boost step.
            for (double interval : new double[] {10.0, 1.0, 0.3}) {
                NativeFlightEngine engine = new NativeFlightEngine(EarthModel.WGS84, missile,
                        FlightSettings.DEFAULT.withSampleIntervalS(interval));
                List<PoweredFlight> powered = new ArrayList<>();
                List<Trajectory> flown = new ArrayList<>();
                for (double pitch : new double[] {0.003, 0.0045, 0.006, 0.02, 0.05, 0.1, 0.2, 0.4, 0.6}) {
                    PoweredFlight p = engine.boost(launch, 1.1, pitch);
                    if (p.crashed()) {
                        continue;
                    }
                    for (double fraction : new double[] {0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.85, 1.0}) {
                        if (engine.fly(p, fraction * p.burnTimeS(), false) instanceof FlightOutcome.Impact i) {
                            powered.add(p);
                            flown.add(i.trajectory());
                        }
                    }
                }
                assertTrue(flown.size() > 20, flown.size() + " flights: some must be forgotten");
                for (int k = 0; k < flown.size(); k++) {
                    PoweredFlight p = powered.get(k);
                    Trajectory without = flown.get(k);
                    boolean isKept = flown.size() - k <= 16;
                    kept += isKept ? 1 : 0;
                    assertEquals(isKept, engine.keepsLogOf(p, without), "flight " + k);
                    Trajectory again = ((FlightOutcome.Impact) engine.fly(p, without.burnoutTimeS(), true)).trajectory();
                    assertEquals(again, engine.withSamples(p, without), "flight " + k);
                    assertTrue(again.samples().size() >= 10, again.samples().size() + " samples");
                }
            }
        }
        assertEquals(3 * 32, kept);
    }
}
