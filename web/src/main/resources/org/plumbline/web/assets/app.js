// Plumbline explorer: picks or loads a scenario, applies edits through the JSON API, and shows the
// verdicts, the map layers and engagement timelines. Everything it loads comes from this server.
import { readFragment, writeFragment, withEdit, describeEdit } from './edits.js';
import { drawTimeline } from './timeline.js';

const L = window.L;
const $ = id => document.getElementById(id);
const state = {
  scenario: null,     // built-in id, or null for an uploaded file
  yaml: null,         // uploaded text
  fileName: null,
  edits: [],
  summary: null,      // the (edited) scenario as /api/check describes it
  layers: null,
  catalog: null,
  generation: 0,
  // The defended-area map asked for on this scenario ({launch, missile, spacing}), or null: its edits
  // draw it again with these settings, whatever the selects show meanwhile. A map that fails is no
  // longer followed.
  followedMap: null,
  mapAskedIn: -1,     // the refresh generation in which Compute was last clicked
  checking: false,    // the scenario's check is on its way: the selects may be the previous scenario's
  computeAfterCheck: false, // Compute was clicked meanwhile: it is answered once the check is
};

// ------------------------------------------------------------------ API

async function api(path, body) {
  const res = await fetch(path, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { json = null; }
  if (!res.ok) {
    const err = new Error(json && json.error ? json.error : `HTTP ${res.status}`);
    err.status = res.status;
    err.problems = json && json.problems ? json.problems : [];
    throw err;
  }
  return json === null ? text : json;
}

function request(extra) {
  const base = state.scenario ? { scenario: state.scenario } : { yaml: state.yaml, fileName: state.fileName };
  return Object.assign(base, { edits: state.edits }, extra || {});
}

// ------------------------------------------------------------------ map

const map = L.map('map', { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 }).setView([45, 30], 3);
map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
map.attributionControl.addAttribution('Borders: Natural Earth (public domain) · Cities: GeoNames (CC BY 4.0)');
const base = L.layerGroup().addTo(map);
const footprint = L.layerGroup().addTo(map);
const coverage = L.layerGroup().addTo(map);
const tracks = L.layerGroup().addTo(map);
const targets = L.layerGroup().addTo(map);
const markers = L.layerGroup().addTo(map);
const sectors = L.layerGroup().addTo(map);
L.control.layers(null, { 'Defended-area map': footprint, 'Radar coverage': coverage, 'Threat trajectories': tracks, 'Cities': targets,
  'Sites and radars': markers, 'Sectors': sectors }, { collapsed: false }).addTo(map);
const regionCache = new Map();

async function drawSectors() {
  sectors.clearLayers();
  if (!state.summary) return;
  for (const sec of state.summary.sectors) {
    if (!regionCache.has(sec.region)) regionCache.set(sec.region, await api('/api/regions/' + encodeURIComponent(sec.region)));
    const g = regionCache.get(sec.region);
    const layer = L.geoJSON(typeof g === 'string' ? JSON.parse(g) : g, { style: { color: '#e08214', weight: 2,
      dashArray: '6 4', fill: false, interactive: false } }).addTo(sectors);
    L.tooltip({ permanent: true, direction: 'center' }).setLatLng(layer.getBounds().getCenter())
      .setContent(`sector of ${sec.system}: ${sec.region}`).addTo(sectors);
  }
}

async function loadBaseMap() {
  const style = { color: '#8a96a3', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1, interactive: false };
  for (const file of ['/data/countries-110m.geojson', '/data/countries-50m.geojson']) {
    const g = await api(file);
    L.geoJSON(typeof g === 'string' ? JSON.parse(g) : g, { style }).addTo(base);
  }
}

function drawLegend() {
  const items = [
    ['#1b7837', 'threat trajectory, engageable'], ['#c51b1b', 'threat trajectory, not engageable'],
    ['rgba(122,61,184,.25)', 'radar coverage (face, 0.1 m² at 200 km altitude)'],
    ['#1f3a5f', 'land interceptor site (drag to move)'], ['#0b6fa4', 'ship station (drag to move)'],
    ['#7a3db8', 'radar'], ['#e08214', 'sector (dashed: the territory a system may defend)'], ['#2e9d46', 'city defended'], ['#d43d3d', 'city not defended'], ['#9aa3ad', 'city out of reach'],
    ...Object.entries(FOOTPRINT_STYLE).map(([k, v]) => [v.legend, `defended-area map: ${FOOTPRINT_LABEL[k]}`]),
  ];
  $('legend').innerHTML = '';
  for (const [c, t] of items) {
    const s = document.createElement('span');
    s.innerHTML = `<span class="sw" style="background:${c}"></span>`;
    s.append(t);
    $('legend').append(s);
  }
}

function drawLayers(fc) {
  coverage.clearLayers();
  tracks.clearLayers();
  targets.clearLayers();
  const threats = [];
  for (const f of fc.features) {
    const p = f.properties;
    if (p.kind === 'radar-coverage') {
      L.geoJSON(f, { style: { color: '#7a3db8', weight: 1, fillOpacity: 0.12, interactive: false } }).addTo(coverage);
    } else if (p.kind === 'threat-track') {
      threats.push(p);
      const layer = L.geoJSON(f, { style: { color: p.engageable ? '#1b7837' : '#c51b1b', weight: 2, opacity: 0.7 } });
      layer.bindTooltip(`${p.threat}: ${p.engageable ? 'engageable by ' + p.engagedBy.join(', ') : 'not engageable'}; ` +
        `flight ${Math.round(p.flightTimeS)} s, apogee ${Math.round(p.apogeeAltitudeM / 1000)} km`);
      layer.on('click', () => showThreat(p.threatSet, p.threat));
      layer.addTo(tracks);
    } else if (p.kind === 'target') {
      const c = p.status === 'defended' ? '#2e9d46' : p.status === 'not defended' ? '#d43d3d' : '#9aa3ad';
      const [lon, lat] = f.geometry.coordinates;
      L.circleMarker([lat, lon], { radius: 3 + Math.min(6, Math.sqrt(p.weight) / 600), color: c, fillColor: c,
        fillOpacity: 0.8, weight: 1 }).bindTooltip(`${p.target}: ${p.status}`).addTo(targets);
    }
  }
  const sel = $('threat-select');
  const current = sel.value;
  sel.innerHTML = '<option value="">–</option>';
  for (const p of threats) {
    const o = document.createElement('option');
    o.value = JSON.stringify([p.threatSet, p.threat]);
    o.textContent = `${p.threat} (${p.engageable ? 'engageable' : 'not engageable'})`;
    sel.append(o);
  }
  sel.value = current;
}

function drawMarkers() {
  markers.clearLayers();
  if (!state.summary) return;
  for (const sys of state.summary.systems) {
    for (const r of sys.radars) {
      L.marker([r.latDeg, r.lonDeg], { icon: L.divIcon({ className: 'radar-icon', iconSize: [10, 10] }),
        title: `radar ${r.id} (${r.type}), ${Math.round(r.detectionRangeM / 1000)} km vs ${r.referenceRcsM2} m²`,
        alt: `radar ${r.id}`, keyboard: true }).addTo(markers);
    }
    for (const s of sys.sites) {
      const m = L.marker([s.latDeg, s.lonDeg], { draggable: true, keyboard: true,
        icon: L.divIcon({ className: 'site-icon ' + s.kind, iconSize: [14, 14] }),
        title: `${s.kind === 'sea' ? 'ship' : 'site'} ${s.id}: ${s.count} × ${s.interceptor} ` +
          `(${(s.burnoutSpeedMps / 1000).toFixed(2)} km/s); drag to move`, alt: `site ${s.id}` });
      m.on('dragend', () => {
        const ll = m.getLatLng().wrap();
        moveSite(sys, s, ll.lat, ll.lng);
      });
      m.addTo(markers);
    }
  }
}

const round = v => Math.round(v * 1e4) / 1e4;

/** Moves a site, and a radar at the same place (an Aegis Ashore site's or a ship's own radar) with it. */
function moveSite(sys, site, lat, lon) {
  let edits = withEdit(state.edits, `systems.${sys.id}.sites.${site.id}.position`, [round(lat), round(lon)]);
  for (const r of sys.radars) {
    if (Math.abs(r.latDeg - site.latDeg) < 1e-6 && Math.abs(r.lonDeg - site.lonDeg) < 1e-6) {
      edits = withEdit(edits, `systems.${sys.id}.radars.${r.id}.position`, [round(lat), round(lon)]);
    }
  }
  setEdits(edits);
}

// ------------------------------------------------------------------ defended-area map

const FOOTPRINT_STYLE = {
  'defended': { color: '#1b7837', fillColor: '#2e9d46', fillOpacity: 0.45, legend: 'rgba(46,157,70,.45)' },
  'undefended': { color: '#a11d1d', fillColor: '#d43d3d', fillOpacity: 0.45, legend: 'rgba(212,61,61,.45)' },
  'not-threatened': { color: '#7d8790', fillColor: '#9aa3ad', fillOpacity: 0.15, legend: 'rgba(154,163,173,.25)' },
};
const FOOTPRINT_LABEL = { 'defended': 'defended cells', 'undefended': 'undefended cells',
  'not-threatened': 'not threatened (no missile reaches it)' };
let footprintGeneration = 0;

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** The launch areas and threat sets of the (edited) scenario, and the missiles flown from the chosen one. */
function fillFootprintOptions() {
  const launchSel = $('footprint-launch');
  const before = launchSel.value;
  launchSel.innerHTML = '';
  const sets = state.summary ? state.summary.threatSets : [];
  const areas = [];
  for (const t of sets) for (const a of t.launchAreas) if (!areas.includes(a)) areas.push(a);
  if (areas.length) {
    const g = document.createElement('optgroup');
    g.label = 'Launch areas';
    for (const a of areas) {
      g.append(option(a, `${a} (${sets.filter(t => t.launchAreas.includes(a)).map(t => t.id).join(', ')})`));
    }
    launchSel.append(g);
    const g2 = document.createElement('optgroup');
    g2.label = 'Threat sets (all their launch areas)';
    for (const t of sets) g2.append(option(t.id, `${t.id}: ${t.launchAreas.join(', ')}`));
    launchSel.append(g2);
  }
  if ([...launchSel.options].some(o => o.value === before)) launchSel.value = before;
  $('footprint-compute').disabled = !areas.length;
  if (!areas.length) $('footprint-status').textContent = state.summary ? 'This scenario has no threat sets.' : '';
  fillFootprintMissiles();
}

function fillFootprintMissiles() {
  const sel = $('footprint-missile');
  const before = sel.value;
  const launch = $('footprint-launch').value;
  const sets = state.summary ? state.summary.threatSets : [];
  const named = sets.find(t => t.id === launch);
  const missiles = [];
  for (const t of named ? [named] : sets.filter(x => x.launchAreas.includes(launch))) {
    for (const m of t.missiles) if (!missiles.includes(m)) missiles.push(m);
  }
  sel.innerHTML = '';
  sel.append(option('', `all flown from it (${missiles.join(', ') || 'none'})`));
  for (const m of missiles) sel.append(option(m, m));
  if ([...sel.options].some(o => o.value === before)) sel.value = before;
}

/**
 * The map is of one scenario: another scenario clears it; an edit clears it too, and refresh draws it
 * again for the edited scenario once the verdicts are in.
 */
function clearFootprint() {
  footprintGeneration++;
  footprint.clearLayers();
  $('footprint-status').textContent = '';
  delete document.body.dataset.footprint;
  $('footprint-compute').disabled = !$('footprint-launch').value;
}

/** The Compute button: the map of the settings shown, followed from now on by the scenario's edits. */
function computeChosenFootprint() {
  if (state.checking) {
    // Until the edited scenario's check answers, the selects hold the previous scenario's choices:
    // the click is answered then, with the choices as they stand (or dropped if it has problems).
    state.computeAfterCheck = true;
    $('footprint-status').textContent = 'The map is computed once the edited scenario is checked…';
    return;
  }
  if (!$('footprint-launch').value) return;
  state.followedMap = {
    launch: $('footprint-launch').value,
    missile: $('footprint-missile').value,
    spacing: $('footprint-spacing').value,
  };
  state.mapAskedIn = state.generation;
  computeFootprint(state.followedMap);
}

/**
 * The followed map drawn again for the edited scenario, with the settings it was asked for (shown
 * again in the selects), unless the edited scenario no longer flies them.
 */
function redrawFollowedMap(compute = true) {
  const f = state.followedMap;
  const has = (id, value) => [...$(id).options].some(o => o.value === value);
  // Edits change neither threat sets nor launch areas: these guard an edited upload's surprises.
  if (!has('footprint-launch', f.launch)) {
    $('footprint-status').textContent = `The map's launch ${f.launch} is not in the edited scenario.`;
    document.body.dataset.footprint = 'error';
    return;
  }
  $('footprint-launch').value = f.launch;
  fillFootprintMissiles();
  if (!has('footprint-missile', f.missile)) {
    $('footprint-status').textContent = `The map's missile ${f.missile} is not flown from ${f.launch} in the edited scenario.`;
    document.body.dataset.footprint = 'error';
    return;
  }
  $('footprint-missile').value = f.missile;
  $('footprint-spacing').value = f.spacing;
  if (compute) {
    computeFootprint(f);
  } else {
    $('footprint-status').textContent = 'Compute the map to draw it for the edited scenario' +
      (f.seconds ? ` (it took ${f.seconds.toFixed(1)} s; maps of this size are not redrawn at every edit).` : '.');
  }
}

async function computeFootprint(settings) {
  const gen = ++footprintGeneration;
  const launch = settings.launch;
  const spacing = Number(settings.spacing);
  const missile = settings.missile;
  const box = $('footprint-status');
  box.textContent = `computing… (${launch}, ${spacing}° grid)`;
  $('footprint-compute').disabled = true;
  delete document.body.dataset.footprint;
  const started = performance.now();
  try {
    const res = await fetch('/api/footprint', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request(Object.assign({ launch, spacing }, missile ? { missile } : {}))) });
    const text = await res.text();
    if (gen !== footprintGeneration) return;
    let json = null;
    try { json = JSON.parse(text); } catch (e) { json = null; }
    if (!res.ok) throw new Error(json && json.error ? json.error : `HTTP ${res.status}`);
    footprint.clearLayers();
    const km2 = {};
    for (const f of json.features) {
      const p = f.properties;
      km2[p.status] = p.areaKm2;
      const st = FOOTPRINT_STYLE[p.status] || FOOTPRINT_STYLE['not-threatened'];
      L.geoJSON(f, { style: { color: st.color, weight: 0.5, fillColor: st.fillColor, fillOpacity: st.fillOpacity,
        className: 'footprint-cells ' + p.status } })
        .bindTooltip(`${FOOTPRINT_LABEL[p.status] || p.status}: ${p.cells} cells, ` +
          `${Math.round(p.areaKm2).toLocaleString('en')} km²`).addTo(footprint);
    }
    const cells = Number(res.headers.get('X-Plumbline-Cells'));
    const area = Number(res.headers.get('X-Plumbline-Defended-Fraction'));
    const people = Number(res.headers.get('X-Plumbline-Population-Defended-Fraction'));
    const threatened = (km2['defended'] || 0) + (km2['undefended'] || 0);
    box.textContent = `${cells.toLocaleString('en')} cells of ${spacing}°: defended area ${(100 * area).toFixed(1)} % ` +
      `of the threatened ${Math.round(threatened).toLocaleString('en')} km², population ${(100 * people).toFixed(1)} % ` +
      `of the threatened (cities of 100,000 or more); ${((performance.now() - started) / 1000).toFixed(1)} s`;
    document.body.dataset.footprint = 'ready';
    // Whether the server keeps this grid's flights: then an edit redraws the map in a fraction of a
    // second; else the map is computed afresh, and is redrawn only when asked for.
    settings.quick = res.headers.get('X-Plumbline-Flights-Kept') === 'true';
    settings.seconds = (performance.now() - started) / 1000;
  } catch (err) {
    if (gen !== footprintGeneration) return;
    box.textContent = 'Map: ' + err.message;
    document.body.dataset.footprint = 'error';
    // Not asked for again at every later edit (a map past the server's time limit would hold its map
    // thread each time): Compute asks again.
    if (state.followedMap === settings) state.followedMap = null;
  } finally {
    if (gen === footprintGeneration) $('footprint-compute').disabled = !$('footprint-launch').value;
  }
}

// ------------------------------------------------------------------ panel

function field(labelText, input) {
  const l = document.createElement('label');
  l.textContent = labelText;
  l.append(input);
  return l;
}

function numberInput(id, value, step, onChange) {
  const i = document.createElement('input');
  i.type = 'number';
  i.id = id;
  i.step = step;
  i.value = value;
  i.addEventListener('change', () => {
    const v = Number(i.value);
    if (i.value !== '' && Number.isFinite(v)) onChange(v);
  });
  return i;
}

function checkbox(id, checked, onChange) {
  const c = document.createElement('input');
  c.type = 'checkbox';
  c.id = id;
  c.checked = checked;
  c.addEventListener('change', () => onChange(c.checked));
  return c;
}

function editValue(path) {
  const e = state.edits.find(x => x.path === path);
  return e ? e.value : undefined;
}

/** Sites and radars switched off are gone from the edited scenario: list them from the edits too. */
function drawPanel() {
  const s = state.summary;
  const box = $('systems');
  box.innerHTML = '<h2>Systems</h2>';
  if (!s) return;
  $('scenario-title').textContent = `${s.id}: ${s.title}`;
  const interceptors = state.catalog ? Object.keys(state.catalog.interceptors) : [];
  for (const sys of s.systems) {
    const fs = document.createElement('fieldset');
    fs.innerHTML = `<legend>${sys.id} (${sys.party})</legend>`;
    fs.append(field('Detection to decision delay (s)', numberInput(`delay-${sys.id}-d2d`, sys.delays.detectionToDecisionS, 1,
      v => setEdits(withEdit(state.edits, `systems.${sys.id}.delays.detection-to-decision`, v)))));
    fs.append(field('Decision to launch delay (s)', numberInput(`delay-${sys.id}-d2l`, sys.delays.decisionToLaunchS, 1,
      v => setEdits(withEdit(state.edits, `systems.${sys.id}.delays.decision-to-launch`, v)))));
    const off = state.edits.filter(e => e.value === false && e.path.startsWith(`systems.${sys.id}.`));
    for (const site of sys.sites) {
      const sf = document.createElement('fieldset');
      sf.className = 'site';
      sf.dataset.site = site.id;
      sf.innerHTML = `<legend>${site.kind === 'sea' ? 'Ship' : 'Site'} ${site.id}</legend>`;
      const on = checkbox(`site-${site.id}-on`, true, v => setEdits(withEdit(state.edits, `systems.${sys.id}.sites.${site.id}.enabled`, v ? null : false)));
      sf.append(field('In service ', on));
      const sel = document.createElement('select');
      sel.id = `site-${site.id}-interceptor`;
      for (const id of interceptors.includes(site.interceptor) ? interceptors : [site.interceptor, ...interceptors]) {
        const o = document.createElement('option');
        o.value = id;
        o.textContent = id;
        sel.append(o);
      }
      sel.value = site.interceptor;
      sel.addEventListener('change', () => {
        let edits = withEdit(state.edits, `systems.${sys.id}.sites.${site.id}.interceptor`, sel.value);
        edits = withEdit(edits, `systems.${sys.id}.sites.${site.id}.interceptor.burnout-speed`, null);
        setEdits(edits);
      });
      sf.append(field('Interceptor', sel));
      sf.append(field('Burnout speed (km/s)', numberInput(`site-${site.id}-burnout`, (site.burnoutSpeedMps / 1000).toFixed(2), 0.05,
        v => setEdits(withEdit(state.edits, `systems.${sys.id}.sites.${site.id}.interceptor.burnout-speed`, Math.round(v * 1000))))));
      const lat = numberInput(`site-${site.id}-lat`, site.latDeg.toFixed(4), 0.01, v => moveSite(sys, site, v, site.lonDeg));
      const lon = numberInput(`site-${site.id}-lon`, site.lonDeg.toFixed(4), 0.01, v => moveSite(sys, site, site.latDeg, v));
      lat.min = -90; lat.max = 90; lon.min = -180; lon.max = 180;
      const row = document.createElement('div');
      row.className = 'row';
      row.append(field('Latitude (° N)', lat), field('Longitude (° E)', lon));
      sf.append(row);
      fs.append(sf);
    }
    for (const r of sys.radars) {
      fs.append(field(`Radar ${r.id} (${r.type}, ${Math.round(r.detectionRangeM / 1000)} km) in service `,
        checkbox(`radar-${r.id}-on`, true, v => setEdits(withEdit(state.edits, `systems.${sys.id}.radars.${r.id}.enabled`, v ? null : false)))));
    }
    for (const e of off) {
      const what = e.path.split('.');
      fs.append(field(`${what[2] === 'sites' ? 'Site' : 'Radar'} ${what[3]} in service `,
        checkbox(`${what[2] === 'sites' ? 'site' : 'radar'}-${what[3]}-on`, false, () => setEdits(withEdit(state.edits, e.path, null)))));
    }
    box.append(fs);
  }
  const links = $('links');
  links.innerHTML = '<h2>Data exchange</h2>';
  const offLinks = state.edits.filter(e => /^data-exchange\[\d+\]\.enabled$/.test(e.path));
  if (!s.dataExchange.length && !offLinks.length) {
    links.insertAdjacentHTML('beforeend', '<p class="muted">No data exchange between systems.</p>');
  }
  // Indices refer to the scenario before edits; a switched-off link is gone from the summary.
  const offIdx = new Set(offLinks.map(e => Number(e.path.match(/\d+/)[0])));
  let k = 0;
  const total = s.dataExchange.length + offIdx.size;
  for (let i = 0; i < total; i++) {
    const isOff = offIdx.has(i);
    const d = isOff ? null : s.dataExchange[k++];
    const f = document.createElement('fieldset');
    f.innerHTML = `<legend>Link ${i}${d ? `: ${d.from} → ${d.to} (${d.shared})` : ''}</legend>`;
    f.append(field('On ', checkbox(`link-${i}-on`, !isOff, v => setEdits(withEdit(state.edits, `data-exchange[${i}].enabled`, v ? null : false)))));
    if (d) {
      f.append(field('Latency (s)', numberInput(`link-${i}-latency`, d.latencyS, 1,
        v => setEdits(withEdit(state.edits, `data-exchange[${i}].latency`, v)))));
    }
    links.append(f);
  }
  drawEditList();
}

/** The edits, each with its undo: drawn for a scenario with problems too, whose last edit may be the cause. */
function drawEditList() {
  const list = $('edit-list');
  list.innerHTML = '';
  for (const e of state.edits) {
    const li = document.createElement('li');
    li.textContent = describeEdit(e) + ' ';
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'undo';
    b.setAttribute('aria-label', `undo ${e.path}`);
    b.addEventListener('click', () => setEdits(withEdit(state.edits, e.path, null)));
    li.append(b);
    list.append(li);
  }
}

// ------------------------------------------------------------------ verdicts

function formatValue(unit, v) {
  if (v === 'none') return 'none';
  if (v === 'undefined' || v === null || v === undefined) return 'undefined';
  switch (unit) {
    case '': return `${(100 * v).toFixed(1)} %`;
    case 's': return `${Math.round(v)} s`;
    case 'm': return `${Math.round(v / 1000).toLocaleString('en')} km`;
    case 'm/s': return `${(v / 1000).toFixed(2)} km/s`;
    default: return `${v} ${unit}`;
  }
}

function drawVerdicts(report, marginsPending) {
  const body = document.querySelector('#verdicts tbody');
  body.innerHTML = '';
  for (const c of report.scenarios[0].criteria) {
    const tr = document.createElement('tr');
    tr.dataset.criterion = c.id;
    const margins = marginsPending ? '<em>computing…</em>'
      : c.margins.length ? '<ul>' + c.margins.map(m => `<li>${escapeHtml(m.statement)}</li>`).join('') + '</ul>' : '–';
    tr.innerHTML = `<th scope="row">${escapeHtml(c.id)}<div class="muted description">${escapeHtml(c.description)}</div></th>` +
      `<td><span class="verdict ${c.verdict}" data-verdict="${c.verdict}">${c.verdict.toUpperCase()}</span></td>` +
      `<td>${formatValue(c.unit, c.value)}</td>` +
      `<td>${c.comparison === 'at-least' ? '≥' : '≤'} ${formatValue(c.unit, c.threshold)}</td>` +
      `<td>${formatValue(c.unit, c.corners.leastFavourableToDefence)} / ${formatValue(c.unit, c.corners.mostFavourableToDefence)}</td>` +
      `<td class="margins">${margins}<details><summary>Evidence</summary><p class="muted">${escapeHtml(c.evidence.statement)}</p></details></td>`;
    body.append(tr);
  }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]));
}

// ------------------------------------------------------------------ flow

function status(text) {
  $('status').textContent = text;
}

function showProblems(err) {
  const box = $('problems');
  box.hidden = false;
  const problems = err.problems || []; // none for a network error
  box.textContent = err.message + (problems.length ? '\n' + problems.map(p => p.message).join('\n') : '');
}

/** Sets the edits and assesses; anotherScenario: the edits start afresh on another scenario. */
function setEdits(edits, anotherScenario = false) {
  state.edits = edits;
  history.replaceState(null, '', writeFragment(state.scenario, state.edits));
  refresh(anotherScenario);
}

async function refresh(anotherScenario = false) {
  const gen = ++state.generation;
  const started = performance.now();
  // A map asked for on this scenario follows its edits: the same launch, missiles and spacing, drawn
  // again once the verdicts are in (the server keeps the grid's flights: a fraction of a second).
  // Kept in the state, not read off the page: edits in quick succession clear the map before it is
  // drawn again, and an edit with problems empties the selects.
  if (anotherScenario) {
    state.followedMap = null;
    state.computeAfterCheck = false; // a click for the scenario before is not one for this one
  }
  clearFootprint();
  state.checking = true;
  delete document.body.dataset.verdicts;
  delete document.body.dataset.margins;
  $('problems').hidden = true;
  status('Checking the scenario…');
  try {
    const checked = await api('/api/check', request());
    if (gen !== state.generation) return;
    state.summary = checked.scenario;
    state.checking = false;
    fillFootprintOptions();
    if (state.computeAfterCheck) {
      state.computeAfterCheck = false;
      computeChosenFootprint();
    }
    drawPanel();
    drawMarkers();
    drawSectors().catch(e => status('Sectors: ' + e.message));
    status('Assessing…');
    const quick = await api('/api/assess', request({ margins: false }));
    if (gen !== state.generation) return;
    drawVerdicts(quick, true);
    const layers = await api('/api/layers', request({ margins: false }));
    if (gen !== state.generation) return;
    state.layers = typeof layers === 'string' ? JSON.parse(layers) : layers;
    drawLayers(state.layers);
    const t1 = ((performance.now() - started) / 1000).toFixed(1);
    status(`Verdicts in ${t1} s; computing margins…`);
    document.body.dataset.verdicts = 'ready';
    // Unless Compute was clicked during this refresh: that map is of this scenario already. A map
    // whose flights the server does not keep (finer than 1°, or many launch areas) would be computed
    // afresh at every edit, each one queued behind the last: it waits for Compute instead. One still
    // computing counts as kept at 1° and coarser, the only grids whose flights are kept.
    const f = state.followedMap;
    if (f && state.mapAskedIn !== gen) {
      // Either way the selects show the map's choices again, so that Compute asks for the same map.
      redrawFollowedMap(f.quick === true || (f.quick === undefined && Number(f.spacing) >= 1));
    }
    const full = await api('/api/assess', request({ margins: true }));
    if (gen !== state.generation) return;
    drawVerdicts(full, false);
    status(`Verdicts in ${t1} s, margins in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    document.body.dataset.margins = 'ready';
  } catch (err) {
    if (gen !== state.generation) return;
    const checkFailed = state.checking; // still set: the error is the check's own
    state.checking = false;
    state.computeAfterCheck = false; // no map of a scenario that could not be checked
    status(err.status === 422 ? 'The scenario has problems' : 'Error: ' + err.message);
    showProblems(err);
    if (err.status === 422 || err.status === 400) {
      // Nothing of the previous scenario stays on screen as if it were this one's.
      state.summary = null;
      document.querySelector('#verdicts tbody').innerHTML = '';
      $('systems').innerHTML = '';
      $('links').innerHTML = '';
      $('scenario-title').textContent = '';
      $('timeline').textContent = '';
      $('threat-select').innerHTML = '<option value="">–</option>';
      for (const g of [coverage, tracks, targets, markers, sectors]) g.clearLayers();
      footprintGeneration++; // a map asked for meanwhile has the same problems: its answer is dropped
      fillFootprintOptions();
    } else if (checkFailed) {
      // The check itself failed (the server or the network, not the scenario): the selects are the
      // previous scenario's, so no map until a check answers. After the check, the map is its own.
      $('footprint-compute').disabled = true;
    }
    drawEditList();
    document.body.dataset.verdicts = 'error';
  }
}

async function showThreat(threatSet, threat) {
  $('threat-select').value = JSON.stringify([threatSet, threat]);
  try {
    const t = await api('/api/threat', request({ threatSet, threat }));
    drawTimeline($('timeline'), t);
  } catch (err) {
    $('timeline').textContent = err.message;
  }
}

async function download(path, fallbackName) {
  const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request()) });
  if (!res.ok) {
    status('Export failed: HTTP ' + res.status);
    return;
  }
  const cd = res.headers.get('Content-Disposition') || '';
  const m = cd.match(/filename="([^"]+)"/);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = m ? m[1] : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function main() {
  drawLegend();
  const [version, scenarios, catalog] = await Promise.all([api('/api/version'), api('/api/scenarios'), api('/api/catalog')]);
  $('version').textContent = version.plumbline;
  state.catalog = catalog;
  const sel = $('scenario-select');
  for (const s of scenarios.scenarios.filter(x => x.criteria > 0)) {
    const o = document.createElement('option');
    o.value = s.id;
    o.textContent = `${s.id} – ${s.title}`;
    sel.append(o);
  }
  const frag = readFragment(location.hash);
  state.scenario = frag.scenario && scenarios.scenarios.some(s => s.id === frag.scenario) ? frag.scenario : scenarios.default;
  state.edits = frag.edits;
  sel.value = state.scenario;
  sel.addEventListener('change', () => {
    state.scenario = sel.value;
    state.yaml = null;
    state.fileName = null;
    setEdits([], true);
  });
  $('upload').addEventListener('change', async ev => {
    const file = ev.target.files[0];
    if (!file) return;
    state.yaml = await file.text();
    state.fileName = file.name;
    state.scenario = null;
    sel.value = '';
    setEdits([], true);
  });
  $('threat-select').addEventListener('change', ev => {
    if (ev.target.value) {
      const [set, threat] = JSON.parse(ev.target.value);
      showThreat(set, threat);
    }
  });
  $('reset').addEventListener('click', () => setEdits([]));
  $('footprint-launch').addEventListener('change', fillFootprintMissiles);
  $('footprint-compute').addEventListener('click', computeChosenFootprint);
  $('copy-link').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status('Link copied' + (state.scenario ? '' : ' (an uploaded file is not in the link: only its edits are)'));
    } catch (e) {
      status('Link: ' + location.href);
    }
  });
  $('export-yaml').addEventListener('click', () => download('/api/export/yaml', 'scenario.yaml'));
  $('export-html').addEventListener('click', () => download('/api/export/html', 'report.html'));
  $('export-geojson').addEventListener('click', () => download('/api/export/geojson', 'layers.geojson'));
  loadBaseMap().catch(e => status('Base map: ' + e.message));
  refresh();
}

main().catch(e => status('Error: ' + e.message));
