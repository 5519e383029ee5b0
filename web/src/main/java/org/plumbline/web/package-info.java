/**
 * {@code plumbline serve}: a JSON API over the assessment (the same JSON as the command line's
 * {@code --format json}) and an offline map page, on Javalin. Values cross the API in SI units
 * (m, s, m/s) except latitudes and longitudes, in decimal degrees, as in the report files. Nothing
 * here is null in a result; bad input is an {@link org.plumbline.web.ApiException} with a 4xx status.
 */
package org.plumbline.web;
