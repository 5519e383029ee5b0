/**
 * Reports of an assessment: the self-contained HTML page ({@link org.plumbline.report.HtmlReport}),
 * the GeoJSON layers ({@link org.plumbline.report.GeoJsonLayers}) and the KML trajectories
 * ({@link org.plumbline.report.KmlWriter}).
 *
 * <p>This is an edge of the pipeline: the model is in SI units (radians, metres, seconds) and the
 * output shows kilometres, degrees and km/s. Every writer is a pure function of its
 * {@link org.plumbline.report.Report}: same input, same bytes (numbers rounded from their exact
 * binary value, {@code Locale.ROOT}, no hash-order iteration, no clock). Nothing here reads or
 * writes files; the caller does. No method accepts or returns null.
 */
package org.plumbline.report;
