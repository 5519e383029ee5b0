package org.plumbline.io.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;

/**
 * The specific-impulse factors of the built-in catalog's missiles, found once and written down
 * ({@code impulse-factors.tsv} beside this class), so that reading a built-in scenario does not
 * scale its missiles again: scaling flies some 15 maximum-range searches per missile, about 1 s of
 * CPU for the 13 missiles of the default assessment, all of it before the first threat can fly.
 *
 * <p>A factor is used only for the exact inputs it was found for (propellant, the performance
 * stated, the burn time) and with {@link FlightSettings#DEFAULT}; then the missile is the one
 * {@link GenericRocket#withNominalRange} or {@link GenericRocket#withBurnoutSpeed} returns, bit for
 * bit: {@code withBurnTime(template, burnTime).withSpecificImpulseScaled(factor)}. Any other
 * definition (an edited missile, other flight settings) is scaled as before.
 *
 * <p>{@code ImpulseFactorsTest} finds every factor of the file again and compares the bits, and
 * checks that every missile of the built-in scenarios is in it: a change to the templates, the
 * flight engine or the catalog that changes a factor fails that test, which prints the file to
 * write instead.
 */
final class ImpulseFactors {
    /** What a factor scales a template to. */
    enum Measure {
        NOMINAL_RANGE("nominal-range"), BURNOUT_SPEED("burnout-speed");

        final String word;

        Measure(String word) {
            this.word = word;
        }
    }

    /** The inputs of one scaling, SI. */
    record Key(GenericRocket.Propellant propellant, Measure measure, double value, double burnTimeS) {
        /** The template scaling starts from: the one {@link ScenarioReader} chooses for these inputs. */
        Missile template() {
            return measure == Measure.NOMINAL_RANGE ? GenericRocket.templateForRange(propellant, value)
                    : GenericRocket.templateForBurnoutSpeed(propellant, value);
        }

        /** The factor, found by {@link GenericRocket} (about 0.05-0.2 s). */
        double find(FlightSettings settings) {
            return measure == Measure.NOMINAL_RANGE
                    ? GenericRocket.impulseFactorForNominalRange(template(), value, burnTimeS, settings)
                    : GenericRocket.impulseFactorForBurnoutSpeed(template(), value, burnTimeS, settings);
        }

        /** The line of the file: the values with {@link Double#toString}, which reads back to the same bits. */
        String line(double factor) {
            return propellant.name().toLowerCase(Locale.ROOT) + "\t" + measure.word + "\t" + value + "\t"
                    + burnTimeS + "\t" + factor;
        }
    }

    static final String RESOURCE = "impulse-factors.tsv";

    private static final Map<Key, Double> FACTORS = load();

    private ImpulseFactors() {
    }

    /** The missile these inputs scale to: from the written factor when there is one, else scaled now. */
    static Missile missile(Key key, FlightSettings settings) {
        Double factor = settings.equals(FlightSettings.DEFAULT) ? FACTORS.get(key) : null;
        double k = factor != null ? factor : key.find(settings);
        return GenericRocket.withBurnTime(key.template(), key.burnTimeS).withSpecificImpulseScaled(k);
    }

    /** The written factors, in the file's order. */
    static Map<Key, Double> written() {
        return FACTORS;
    }

    private static Map<Key, Double> load() {
        Map<Key, Double> out = new LinkedHashMap<>();
        try (InputStream in = ImpulseFactors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Measure measure = f[1].equals(Measure.NOMINAL_RANGE.word) ? Measure.NOMINAL_RANGE
                        : Measure.BURNOUT_SPEED;
                out.put(new Key(GenericRocket.Propellant.valueOf(f[0].toUpperCase(Locale.ROOT)), measure,
                        Double.parseDouble(f[2]), Double.parseDouble(f[3])), Double.parseDouble(f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
