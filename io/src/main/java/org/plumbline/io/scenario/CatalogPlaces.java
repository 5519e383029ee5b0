package org.plumbline.io.scenario;

import java.util.Optional;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.io.InputException;
import org.plumbline.io.Places;
import org.plumbline.io.Suggest;

/** A place written as a catalog place id or as {@code LAT,LON} (decimal degrees, north and east positive). */
public final class CatalogPlaces {
    private CatalogPlaces() {
    }

    /**
     * The place a text names.
     *
     * @param option the option or field name quoted in the error (for example {@code --launch})
     * @throws InputException naming the option, what was expected and the nearest catalog id
     */
    public static GeodeticPoint resolve(String option, String text) throws InputException {
        Optional<Catalog.Entry> e = Catalog.builtin().find(Catalog.Kind.PLACES, text);
        if (e.isPresent()) {
            return ScenarioReader.placePosition(e.get());
        }
        try {
            return Places.parse(text);
        } catch (InputException ex) {
            String near = Suggest.nearest(text, Catalog.builtin().entries(Catalog.Kind.PLACES).keySet());
            throw new InputException(option + ": expected LAT,LON or a catalog place id, found \"" + text + "\""
                    + (near == null ? "" : " (did you mean \"" + near + "\"?)"));
        }
    }
}
