package org.plumbline.core.geography;

import org.plumbline.core.earth.GeodeticPoint;

/**
 * A populated place.
 *
 * @param geonameId  GeoNames id
 * @param name       name
 * @param country    ISO 3166-1 alpha-2 country code as GeoNames files it
 * @param position   position (altitude 0)
 * @param population population
 */
public record City(long geonameId, String name, String country, GeodeticPoint position, long population) {
}
