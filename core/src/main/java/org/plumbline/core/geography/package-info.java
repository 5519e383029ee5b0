/**
 * Geography: regions (unions of polygons in geodetic latitude and longitude, radians) and cities
 * with population. Data is loaded at the edges (org.plumbline.io.Geography); the core only
 * computes with it. No null.
 */
package org.plumbline.core.geography;
