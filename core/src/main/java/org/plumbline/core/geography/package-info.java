/**
 * Geography: regions (unions of polygons in geodetic latitude and longitude, radians) and cities
 * with population. Data is loaded at the edges (org.plumbline.io.Geography); the core only
 * computes with it. {@link org.plumbline.core.geography.CellUnion} dissolves lattice cells into
 * polygons with holes in integer coordinates of a unit its caller chooses (longitude x, latitude y),
 * so that the topology is exact. No null.
 */
package org.plumbline.core.geography;
