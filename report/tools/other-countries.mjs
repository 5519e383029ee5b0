// Generates report/src/main/resources/org/plumbline/report/data/other-countries-110m.geojson: the
// Natural Earth 1:110m countries that io's countries.geojson (1:50m, 70 countries) lacks, so that the
// report's maps show North Africa, Central Asia and the rest of the world as land.
//
// Run from tools/data (whose package-lock.json pins world-atlas 2.0.2 and topojson-client 3.1.0):
//   cd tools/data && npm ci && node ../../report/tools/other-countries.mjs
// Deterministic: features sorted by id, coordinates rounded to 2 decimals, one feature per line.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.cwd(), "package.json"));
const { feature } = require("topojson-client");
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const ours = JSON.parse(readFileSync(join(here, "../../io/src/main/resources/org/plumbline/io/data/countries.geojson"), "utf8"));
const haveNumeric = new Set(ours.features.map((f) => f.properties.isoNumeric).filter((x) => x));
const haveNames = new Set(ours.features.map((f) => f.properties.name));
// Antarctica is never on a Plumbline map; Kosovo and N. Cyprus have no numeric code but are in ours.
const skipNames = new Set(["Antarctica", "Kosovo", "N. Cyprus", "Fr. S. Antarctic Lands"]);

const round = (x) => Math.round(x * 100) / 100;
const out = [];
for (const f of feature(world, world.objects.countries).features) {
  const name = f.properties.name;
  if (haveNumeric.has(f.id) || haveNames.has(name) || skipNames.has(name)) continue;
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = [];
  for (const poly of polys) {
    const rings = poly.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)]));
    // Leave out any ring that jumps across the antimeridian (Fiji): the report's projection wants rings cut there.
    const jumps = rings.some((r) => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180));
    if (!jumps) kept.push(rings);
  }
  if (kept.length === 0) continue;
  out.push({ id: f.id ?? name, name, coordinates: kept });
}
out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const lines = out.map((f) => JSON.stringify({
  type: "Feature", id: f.id, properties: { isoNumeric: f.id, name: f.name },
  geometry: { type: "MultiPolygon", coordinates: f.coordinates },
}));
const header = '{"type":"FeatureCollection","name":"plumbline-other-countries-110m","attribution":"Borders: Natural Earth ' +
  '(naturalearthdata.com), public domain, via the world-atlas npm package","source":"Natural Earth 1:110m Admin 0 ' +
  'countries (naturalearthdata.com, public domain), via world-atlas 2.0.2 countries-110m.json, converted with ' +
  'topojson-client 3.1.0; the countries of io/.../countries.geojson, Antarctica and antimeridian-crossing rings left out",' +
  '"coordinateNote":"WGS84 longitude, latitude in decimal degrees (RFC 7946), rounded to 2 decimals","features":[\n';
writeFileSync(join(here, "../src/main/resources/org/plumbline/report/data/other-countries-110m.geojson"),
  header + lines.join(",\n") + "\n]}\n");
console.log(`${out.length} countries written`);
