package org.plumbline.io.scenario;

import java.io.IOException;
import java.io.InputStream;
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
 * The specific-impulse factors of the built-in catalog's missiles (those the built-in scenarios
 * fly and the catalog's other entries), found once and written down ({@code impulse-factors.tsv}
 * beside this class), so that reading them does not scale them again: scaling flies some 15
 * maximum-range searches per missile, about 1 s of CPU for the 13 missiles of the default
 * assessment, all of it before the first threat can fly.
 *
 * <p>A factor is used only for the exact inputs it was found for (propellant, the performance
 * stated, the burn time) and with {@link FlightSettings#DEFAULT}; then the missile is the one
 * {@link GenericRocket#withNominalRange} or {@link GenericRocket#withBurnoutSpeed} returns, bit for
 * bit: {@code withBurnTime(template, burnTime).withSpecificImpulseScaled(factor)}. Any other
 * definition (an edited missile, other flight settings) is scaled as before.
 *
 * <p>{@code ImpulseFactorsTest} finds every factor of the file again and compares the bits, and
 * checks that every missile of the catalog and of the built-in scenarios is in it: a change to the templates, the
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

    /**
     * The inputs of one scaling.
     *
     * @param value the stated performance, SI: metres for a nominal range, m/s for a burnout speed
     */
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
        try (InputStream in = ImpulseFactors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The factors of a file's text: comment lines start with #; each other line is propellant
     * (liquid or solid), measure (nominal-range or burnout-speed), value, burn time and factor,
     * separated by tabs, each number as {@link Double#toString} writes it; no inputs twice.
     *
     * @throws IllegalStateException naming the line, what was expected and what was found
     */
    static Map<Key, Double> parse(String text) {
        Map<Key, Double> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = RESOURCE + ":" + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(where + "expected 5 tab-separated fields, found " + f.length);
            }
            GenericRocket.Propellant propellant = switch (f[0]) {
                case "liquid" -> GenericRocket.Propellant.LIQUID;
                case "solid" -> GenericRocket.Propellant.SOLID;
                default -> throw new IllegalStateException(where + "expected liquid or solid, found " + f[0]);
            };
            Measure measure = null;
            for (Measure m : Measure.values()) {
                measure = m.word.equals(f[1]) ? m : measure;
            }
            if (measure == null) {
                throw new IllegalStateException(where + "expected nominal-range or burnout-speed, found " + f[1]);
            }
            double[] v = new double[3];
            for (int k = 0; k < 3; k++) {
                try {
                    v[k] = Double.parseDouble(f[2 + k]);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(where + "expected a number in field " + (3 + k) + ", found "
                            + f[2 + k]);
                }
            }
            Key key = new Key(propellant, measure, v[0], v[1]);
            if (out.put(key, v[2]) != null) {
                throw new IllegalStateException(where + "expected each inputs once, found " + key + " again");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
