// Converts Natural Earth country borders (world-atlas countries-50m.json, TopoJSON) to GeoJSON for
// the countries Plumbline's analyses need, and writes the named regions built from them:
//
//   io/src/main/resources/org/plumbline/io/data/countries.geojson
//   io/src/main/resources/org/plumbline/io/data/regions.json
//
// Same input, same bytes: features sorted by id, fixed key order, coordinates rounded to
// 3 decimals, one feature per line, LF line endings, no timestamps.
//
// Run: cd tools/data && npm ci && node regions.mjs

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// topojson-client 3.1.0 ships a UMD bundle as "main"; require() gets its named functions.
const topojson = require('topojson-client');

const OUTPUT_DIR = fileURLToPath(
  new URL('../../io/src/main/resources/org/plumbline/io/data/', import.meta.url));
const ATLAS_FILE = 'countries-50m.json';
const DECIMALS = 3;

const atlasVersion = packageVersion('world-atlas');
const topojsonVersion = packageVersion('topojson-client');
const atlas = JSON.parse(readFileSync(require.resolve(`world-atlas/${ATLAS_FILE}`), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Selection. world-atlas identifies a country by its ISO 3166-1 numeric code (a string such as
// "528") and gives a short Natural Earth name. It has no alpha codes, so the table below adds
// them; the script fails if a numeric code is missing or its name differs, so an upgrade of
// world-atlas cannot silently change what is selected.
//
// Two features have no ISO numeric code in world-atlas and are matched by name:
//   Kosovo    -> XKX, the user-assigned code used by the European Commission and the IMF
//                (GeoNames uses XK).
//   N. Cyprus -> CYN, Natural Earth's own ADM0_A3 code; no ISO code exists. GeoNames files its
//                towns under CY, so iso2 is null.
// Columns: iso3, iso2 (as GeoNames and cities.csv use it), ISO numeric (null: match by name),
// world-atlas name, group.
const SELECTION = [
  // Europe, including the European microstates and the dependencies Natural Earth draws apart.
  ['ALA', 'AX', '248', 'Åland', 'europe'],
  ['ALB', 'AL', '008', 'Albania', 'europe'],
  ['AND', 'AD', '020', 'Andorra', 'europe'],
  ['AUT', 'AT', '040', 'Austria', 'europe'],
  ['BEL', 'BE', '056', 'Belgium', 'europe'],
  ['BGR', 'BG', '100', 'Bulgaria', 'europe'],
  ['BIH', 'BA', '070', 'Bosnia and Herz.', 'europe'],
  ['BLR', 'BY', '112', 'Belarus', 'europe'],
  ['CHE', 'CH', '756', 'Switzerland', 'europe'],
  ['CYN', null, null, 'N. Cyprus', 'europe'],
  ['CYP', 'CY', '196', 'Cyprus', 'europe'],
  ['CZE', 'CZ', '203', 'Czechia', 'europe'],
  ['DEU', 'DE', '276', 'Germany', 'europe'],
  ['DNK', 'DK', '208', 'Denmark', 'europe'],
  ['ESP', 'ES', '724', 'Spain', 'europe'],
  ['EST', 'EE', '233', 'Estonia', 'europe'],
  ['FIN', 'FI', '246', 'Finland', 'europe'],
  ['FRA', 'FR', '250', 'France', 'europe'],
  ['FRO', 'FO', '234', 'Faeroe Is.', 'europe'],
  ['GBR', 'GB', '826', 'United Kingdom', 'europe'],
  ['GGY', 'GG', '831', 'Guernsey', 'europe'],
  ['GRC', 'GR', '300', 'Greece', 'europe'],
  ['HRV', 'HR', '191', 'Croatia', 'europe'],
  ['HUN', 'HU', '348', 'Hungary', 'europe'],
  ['IMN', 'IM', '833', 'Isle of Man', 'europe'],
  ['IRL', 'IE', '372', 'Ireland', 'europe'],
  ['ISL', 'IS', '352', 'Iceland', 'europe'],
  ['ITA', 'IT', '380', 'Italy', 'europe'],
  ['JEY', 'JE', '832', 'Jersey', 'europe'],
  ['LIE', 'LI', '438', 'Liechtenstein', 'europe'],
  ['LTU', 'LT', '440', 'Lithuania', 'europe'],
  ['LUX', 'LU', '442', 'Luxembourg', 'europe'],
  ['LVA', 'LV', '428', 'Latvia', 'europe'],
  ['MCO', 'MC', '492', 'Monaco', 'europe'],
  ['MDA', 'MD', '498', 'Moldova', 'europe'],
  ['MKD', 'MK', '807', 'Macedonia', 'europe'],
  ['MLT', 'MT', '470', 'Malta', 'europe'],
  ['MNE', 'ME', '499', 'Montenegro', 'europe'],
  ['NLD', 'NL', '528', 'Netherlands', 'europe'],
  ['NOR', 'NO', '578', 'Norway', 'europe'],
  ['POL', 'PL', '616', 'Poland', 'europe'],
  ['PRT', 'PT', '620', 'Portugal', 'europe'],
  ['ROU', 'RO', '642', 'Romania', 'europe'],
  ['RUS', 'RU', '643', 'Russia', 'europe'],
  ['SMR', 'SM', '674', 'San Marino', 'europe'],
  ['SRB', 'RS', '688', 'Serbia', 'europe'],
  ['SVK', 'SK', '703', 'Slovakia', 'europe'],
  ['SVN', 'SI', '705', 'Slovenia', 'europe'],
  ['SWE', 'SE', '752', 'Sweden', 'europe'],
  ['UKR', 'UA', '804', 'Ukraine', 'europe'],
  ['VAT', 'VA', '336', 'Vatican', 'europe'],
  ['XKX', 'XK', null, 'Kosovo', 'europe'],
  // Caucasus.
  ['ARM', 'AM', '051', 'Armenia', 'caucasus'],
  ['AZE', 'AZ', '031', 'Azerbaijan', 'caucasus'],
  ['GEO', 'GE', '268', 'Georgia', 'caucasus'],
  // Middle East and Central Asia.
  ['IRN', 'IR', '364', 'Iran', 'middle-east'],
  ['IRQ', 'IQ', '368', 'Iraq', 'middle-east'],
  ['ISR', 'IL', '376', 'Israel', 'middle-east'],
  ['KAZ', 'KZ', '398', 'Kazakhstan', 'central-asia'],
  ['SAU', 'SA', '682', 'Saudi Arabia', 'middle-east'],
  ['SYR', 'SY', '760', 'Syria', 'middle-east'],
  ['TUR', 'TR', '792', 'Turkey', 'middle-east'],
  // North Atlantic and North America.
  ['CAN', 'CA', '124', 'Canada', 'north-america'],
  ['GRL', 'GL', '304', 'Greenland', 'north-america'],
  ['MEX', 'MX', '484', 'Mexico', 'north-america'],
  ['USA', 'US', '840', 'United States of America', 'north-america'],
  // East Asia (test-flight examples).
  ['CHN', 'CN', '156', 'China', 'east-asia'],
  ['JPN', 'JP', '392', 'Japan', 'east-asia'],
  ['KOR', 'KR', '410', 'South Korea', 'east-asia'],
  ['PRK', 'KP', '408', 'North Korea', 'east-asia'],
];

// ---------------------------------------------------------------------------------------------
// NATO accession dates. Source: nato.int, "Member countries" (dates of accession); Germany's date
// is the Federal Republic's (the former GDR joined with reunification on 1990-10-03).
const NATO_ACCESSION = {
  BEL: '1949-04-04', CAN: '1949-04-04', DNK: '1949-04-04', FRA: '1949-04-04', ISL: '1949-04-04',
  ITA: '1949-04-04', LUX: '1949-04-04', NLD: '1949-04-04', NOR: '1949-04-04', PRT: '1949-04-04',
  GBR: '1949-04-04', USA: '1949-04-04',
  GRC: '1952-02-18', TUR: '1952-02-18',
  DEU: '1955-05-06',
  ESP: '1982-05-30',
  CZE: '1999-03-12', HUN: '1999-03-12', POL: '1999-03-12',
  BGR: '2004-03-29', EST: '2004-03-29', LVA: '2004-03-29', LTU: '2004-03-29', ROU: '2004-03-29',
  SVK: '2004-03-29', SVN: '2004-03-29',
  ALB: '2009-04-01', HRV: '2009-04-01',
  MNE: '2017-06-05',
  MKD: '2020-03-27',
  FIN: '2023-04-04',
  SWE: '2024-03-07',
};
const NATO_NON_EUROPEAN = new Set(['CAN', 'USA']);

// Dependencies that Natural Earth draws as separate features but whose defence is the member's.
// Greenland is left out on purpose: it is covered through Denmark but lies in North America.
const NATO_TERRITORIES = [
  ['ALA', 'FIN'], ['FRO', 'DNK'], ['GGY', 'GBR'], ['IMN', 'GBR'], ['JEY', 'GBR'],
];

// North Atlantic Treaty, Article 6: islands count only north of the Tropic of Cancer.
// Mean obliquity of the ecliptic for J2000, 23°26'21.4" (IAU 2006), rounded to 1e-4 degree.
const TROPIC_OF_CANCER_DEG = 23.4393;

const SOURCES = {
  naturalEarth: `Natural Earth 1:50m Admin 0 countries (naturalearthdata.com, public domain), `
    + `via world-atlas ${atlasVersion} ${ATLAS_FILE}, converted with topojson-client ${topojsonVersion}`,
  natoMembers: 'NATO, "Member countries", nato.int (dates of accession)',
  natoTreaty: 'The North Atlantic Treaty (Washington, 4 April 1949), Article 6, as amended by '
    + 'the Protocol on the Accession of Greece and Turkey; nato.int',
};

// ---------------------------------------------------------------------------------------------

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function round(value) {
  const scale = 10 ** DECIMALS;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Twice the signed planar area of a closed ring in degrees²; positive when counterclockwise. */
function signedArea2(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

/** Rounds a ring, drops repeated points, and orients it (RFC 7946 §3.1.6: exterior CCW). */
function normaliseRing(ring, exterior) {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  if (out.length < 4 || signedArea2(out) === 0) return null;
  const counterClockwise = signedArea2(out) > 0;
  if (counterClockwise !== exterior) out.reverse();
  return out;
}

/**
 * Cuts a polygon that crosses the antimeridian into its two sides (RFC 7946 §3.1.9).
 *
 * world-atlas keeps spherical topology, so Russia's mainland ring (Chukotka) and Wrangel Island
 * run from 179.8° to -180° and on: read as planar longitude/latitude, such a ring draws a band
 * around the whole globe. The ring is unwrapped to continuous longitudes, clipped on each side
 * of the meridian (Sutherland-Hodgman, exact for a ring that crosses it exactly twice, which is
 * checked), and the far side shifted back by 360°.
 */
function cutAtAntimeridian(polygon, name) {
  const unwrapped = [];
  for (const [lon, lat] of polygon[0]) {
    let x = lon;
    if (unwrapped.length > 0) {
      const previous = unwrapped[unwrapped.length - 1][0];
      while (x - previous > 180) x -= 360;
      while (previous - x > 180) x += 360;
    }
    unwrapped.push([x, lat]);
  }
  const xs = unwrapped.map(([x]) => x);
  const line = Math.max(...xs) > 180 ? 180 : Math.min(...xs) < -180 ? -180 : null;
  if (line === null) return [polygon];
  if (polygon.length > 1) throw new Error(`${name}: a polygon with holes crosses the antimeridian`);
  let crossings = 0;
  for (let i = 0; i + 1 < unwrapped.length; i++) {
    const a = Math.sign(unwrapped[i][0] - line);
    const b = Math.sign(unwrapped[i + 1][0] - line);
    if (a !== 0 && b !== 0 && a !== b) crossings += 1;
    else if (a === 0 && b !== 0) {
      // A vertex on the meridian counts as a crossing when the ring passes through it.
      let j = i - 1;
      while (j >= 0 && Math.sign(unwrapped[j][0] - line) === 0) j -= 1;
      const before = j >= 0 ? Math.sign(unwrapped[j][0] - line)
        : Math.sign(unwrapped[unwrapped.length - 2][0] - line);
      if (before !== 0 && before !== b) crossings += 1;
    }
  }
  if (crossings !== 2) {
    throw new Error(`${name}: a ring crosses the antimeridian ${crossings} times, expected 2`);
  }
  const clip = (keep) => {
    const out = [];
    for (let i = 0; i + 1 < unwrapped.length; i++) {
      const s = unwrapped[i];
      const e = unwrapped[i + 1];
      const sIn = keep(s[0]);
      const eIn = keep(e[0]);
      const cross = () => [line, s[1] + ((line - s[0]) * (e[1] - s[1])) / (e[0] - s[0])];
      if (eIn) {
        if (!sIn) out.push(cross());
        out.push(e);
      } else if (sIn) {
        out.push(cross());
      }
    }
    if (out.length > 0) out.push(out[0]);
    return out;
  };
  const near = clip((x) => (line > 0 ? x <= line : x >= line));
  const far = clip((x) => (line > 0 ? x >= line : x <= line))
    .map(([x, y]) => [x - Math.sign(line) * 360, y]);
  return [[near], [far]];
}

/** Returns the geometry as MultiPolygon coordinates, cut, rounded, cleaned and oriented. */
function normaliseGeometry(geometry, name) {
  const source = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (source === null) throw new Error(`${name}: unexpected geometry type ${geometry.type}`);
  const polygons = source.flatMap((polygon) => cutAtAntimeridian(polygon, name));
  const result = [];
  for (const polygon of polygons) {
    const exterior = normaliseRing(polygon[0], true);
    if (exterior === null) continue;
    const holes = polygon.slice(1).map((ring) => normaliseRing(ring, false)).filter((r) => r);
    result.push([exterior, ...holes]);
  }
  if (result.length === 0) throw new Error(`${name}: no polygon left after rounding`);
  for (const polygon of result) {
    const b = boundsOf(polygon[0]);
    if (b.east - b.west > 180 || b.west < -180 || b.east > 180) {
      throw new Error(`${name}: a ring spans longitudes ${b.west}..${b.east} deg`);
    }
  }
  return result;
}

function boundsOf(ring) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon); east = Math.max(east, lon);
    south = Math.min(south, lat); north = Math.max(north, lat);
  }
  return { west, south, east, north };
}

/** Whether a polygon's exterior ring lies entirely inside a closed lon/lat box. */
function within(polygon, box) {
  const b = boundsOf(polygon[0]);
  return b.west >= box.lonMinDeg && b.east <= box.lonMaxDeg
    && b.south >= box.latMinDeg && b.north <= box.latMaxDeg;
}

function vertexCount(polygons) {
  return polygons.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
}

// ---------------------------------------------------------------------------------------------
// Countries.

const atlasFeatures = topojson.feature(atlas, atlas.objects.countries).features;
const features = [];
for (const [iso3, iso2, isoNumeric, name, group] of SELECTION) {
  const matches = atlasFeatures.filter((f) => (isoNumeric === null
    ? f.id === undefined && f.properties.name === name
    : f.id === isoNumeric));
  if (matches.length !== 1) {
    throw new Error(`${iso3}: expected one world-atlas feature with id ${isoNumeric} `
      + `("${name}"), found ${matches.length}`);
  }
  const found = matches[0];
  if (found.properties.name !== name) {
    throw new Error(`${iso3}: world-atlas id ${isoNumeric} is named "${found.properties.name}", `
      + `expected "${name}"`);
  }
  features.push({
    type: 'Feature',
    id: iso3,
    properties: { iso3, iso2, isoNumeric, name, group },
    geometry: { type: 'MultiPolygon', coordinates: normaliseGeometry(found.geometry, iso3) },
  });
}
features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byIso3 = new Map(features.map((f) => [f.id, f]));

const header = {
  type: 'FeatureCollection',
  name: 'plumbline-countries',
  attribution: 'Borders: Natural Earth (naturalearthdata.com), public domain, via the world-atlas '
    + 'npm package',
  source: SOURCES.naturalEarth,
  coordinateNote: 'WGS84 longitude, latitude in decimal degrees (RFC 7946), rounded to 3 decimals; '
    + 'exterior rings counterclockwise; every geometry a MultiPolygon',
};
const headerJson = JSON.stringify(header);
const featureLines = features.map((f) => JSON.stringify(f));
const geojson = `${headerJson.slice(0, -1)},"features":[\n${featureLines.join(',\n')}\n]}\n`;

// ---------------------------------------------------------------------------------------------
// Regions.

function countryRef(iso3) {
  const feature = byIso3.get(iso3);
  if (!feature) throw new Error(`region refers to ${iso3}, which is not in countries.geojson`);
  return { iso3, name: feature.properties.name };
}

function natoRegion(id, asOf, title) {
  const members = Object.entries(NATO_ACCESSION)
    .filter(([iso3, date]) => !NATO_NON_EUROPEAN.has(iso3) && date <= asOf)
    .map(([iso3, date]) => ({ ...countryRef(iso3), natoAccession: date }))
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const memberSet = new Set(members.map((m) => m.iso3));
  const territories = NATO_TERRITORIES
    .filter(([, of]) => memberSet.has(of))
    .map(([iso3, of]) => ({ ...countryRef(iso3), partOf: of }));
  return {
    id,
    title: `${title} (${members.length} members)`,
    asOf,
    countries: members,
    territories,
    keepPartsWithin: { lonMinDeg: -180, lonMaxDeg: 180, latMinDeg: TROPIC_OF_CANCER_DEG,
      latMaxDeg: 90 },
    notes: [
      'Turkey counts whole: East Thrace and all of Anatolia, its Asian part (about 97 % of its '
        + 'area), which Article 6 names explicitly ("the territory of Turkey").',
      'keepPartsWithin drops the polygon parts lying wholly south of the Tropic of Cancer, the '
        + 'southern limit Article 6 sets for islands; none of them is in Europe: French Guiana, '
        + 'Guadeloupe, Martinique, Reunion and Mayotte (in France\'s feature) and Bonaire, '
        + 'Sint Eustatius and Saba (in the Netherlands\' feature). The Canary Islands, Madeira '
        + 'and the Azores stay.',
      'territories are dependencies Natural Earth draws as separate features; the region is the '
        + 'union of countries and territories. Greenland (Denmark) is covered by the Treaty but '
        + 'is in North America, so it is not in this European region.',
      'Names are Natural Earth\'s: Czechia is the Czech Republic, Macedonia is North Macedonia.',
    ],
    sources: [SOURCES.natoMembers, SOURCES.natoTreaty, SOURCES.naturalEarth],
  };
}

function derivedParts(region) {
  const ids = [...region.countries, ...(region.territories ?? [])].map((c) => c.iso3);
  let parts = 0;
  let vertices = 0;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const iso3 of ids) {
    for (const polygon of byIso3.get(iso3).geometry.coordinates) {
      if (region.keepPartsWithin && !within(polygon, region.keepPartsWithin)) continue;
      parts += 1;
      vertices += polygon.reduce((m, ring) => m + ring.length, 0);
      const b = boundsOf(polygon[0]);
      west = Math.min(west, b.west); east = Math.max(east, b.east);
      south = Math.min(south, b.south); north = Math.max(north, b.north);
    }
  }
  // A check for whoever reads the region: the same rule must give the same parts and bounds.
  return { ...region, check: { polygons: parts, vertices,
    boundsDeg: { west, south, east, north } } };
}

const regions = [
  {
    id: 'contiguous-us',
    title: 'The contiguous United States (the 48 states and the District of Columbia)',
    countries: [countryRef('USA')],
    keepPartsWithin: { lonMinDeg: -125, lonMaxDeg: -66, latMinDeg: 24, latMaxDeg: 50 },
    notes: [
      'The United States feature less every polygon part not wholly inside the box: Alaska '
        + '(including the Aleutians across the antimeridian) and Hawaii go. Puerto Rico and the '
        + 'other territories are separate Natural Earth features and are not included.',
    ],
    sources: [SOURCES.naturalEarth],
  },
  {
    id: 'iran',
    title: 'Iran',
    countries: [countryRef('IRN')],
    notes: ['Natural Earth\'s Iran, including its Persian Gulf islands.'],
    sources: [SOURCES.naturalEarth],
  },
  natoRegion('nato-europe-2013', '2013-12-31', 'European NATO members at the end of 2013'),
  natoRegion('nato-europe-today', '2024-03-07',
    'European NATO members since Sweden\'s accession on 2024-03-07'),
  {
    id: 'russia',
    title: 'Russia',
    countries: [countryRef('RUS')],
    notes: [
      'Natural Earth 4.1.0 draws the de facto line of control: its Russia feature includes '
        + 'Crimea and Sevastopol, which are internationally recognised as Ukraine\'s (UN General '
        + 'Assembly resolution 68/262). GeoNames (cities.csv) files their cities under UA.',
      'Includes the Kaliningrad exclave and the southern Kuril Islands (claimed by Japan). '
        + 'Chukotka and Wrangel Island, which cross the antimeridian, are cut there into two '
        + 'polygons each (RFC 7946 §3.1.9); the parts east of 180° have longitudes from -180.',
    ],
    sources: [SOURCES.naturalEarth],
  },
].map(derivedParts).sort((a, b) => (a.id < b.id ? -1 : 1));

const regionsDocument = {
  about: 'Named regions for Plumbline analyses. A region is the union of the countries.geojson '
    + 'features listed in countries and territories (matched by iso3); when keepPartsWithin is '
    + 'given, only the polygons whose exterior ring lies wholly inside that closed '
    + 'longitude/latitude box (degrees, WGS84) are kept. check gives the polygon count, vertex '
    + 'count and bounds that rule must reproduce.',
  countryIds: 'iso3 is ISO 3166-1 alpha-3, except XKX (Kosovo, user-assigned code) and CYN '
    + '(N. Cyprus, Natural Earth ADM0_A3); names are Natural Earth\'s short names.',
  attribution: header.attribution,
  regions,
};

mkdirSync(OUTPUT_DIR, { recursive: true });
writeFileSync(`${OUTPUT_DIR}countries.geojson`, geojson, { encoding: 'utf8' });
writeFileSync(`${OUTPUT_DIR}regions.json`, `${JSON.stringify(regionsDocument, null, 2)}\n`,
  { encoding: 'utf8' });

const totalVertices = features.reduce((n, f) => n + vertexCount(f.geometry.coordinates), 0);
console.log(`countries.geojson: ${features.length} features, ${totalVertices} vertices, `
  + `${Buffer.byteLength(geojson)} bytes`);
for (const region of regions) {
  console.log(`regions.json: ${region.id}: ${region.countries.length} countries, `
    + `${region.territories?.length ?? 0} territories, ${region.check.polygons} polygons`);
}
