// The engagement timeline of one threat: altitude (km) against time after launch (s), with each
// site's window of feasible intercepts as a band and its earliest interceptor launch as a tick.
// Plain SVG, drawn from the /api/threat JSON.

const NS = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1b7837', '#2166ac', '#b2182b', '#762a83', '#e08214', '#35978f'];

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function ticks(max, n) {
  const raw = max / n;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map(m => m * p).find(s => s >= raw);
  const out = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

export function drawTimeline(container, t) {
  container.textContent = '';
  const title = document.createElement('p');
  title.className = 'muted';
  if (!t.reachable) {
    title.textContent = `${t.threat}: the missile does not reach the target (${t.reason}).`;
    container.append(title);
    return;
  }
  title.textContent = `${t.threat} (${t.threatSet}): flight ${Math.round(t.flightTimeS)} s, apogee ` +
    `${Math.round(t.apogeeAltitudeM / 1000).toLocaleString('en')} km; ` +
    (t.engageable ? 'engageable.' : 'not engageable by any site.');
  const W = 760, H = 300, L = 60, R = 16, T = 14, B = 42;
  const maxT = t.flightTimeS;
  const maxA = Math.max(...t.samples.map(s => s[1])) / 1000 * 1.08;
  const x = v => L + (W - L - R) * v / maxT;
  const y = v => H - B - (H - T - B) * v / maxA;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `Altitude against time for ${t.threat}, with interceptor windows` });
  for (const v of ticks(maxT, 8)) {
    svg.append(el('line', { x1: x(v), x2: x(v), y1: T, y2: H - B, stroke: '#eee' }));
    svg.append(el('text', { x: x(v), y: H - B + 14, 'font-size': 10, 'text-anchor': 'middle' }, String(v)));
  }
  for (const v of ticks(maxA, 5)) {
    svg.append(el('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#eee' }));
    svg.append(el('text', { x: L - 4, y: y(v) + 3, 'font-size': 10, 'text-anchor': 'end' }, String(v)));
  }
  svg.append(el('text', { x: (L + W - R) / 2, y: H - 6, 'font-size': 11, 'text-anchor': 'middle' }, 'time after threat launch (s)'));
  svg.append(el('text', { x: 12, y: (T + H - B) / 2, 'font-size': 11, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${(T + H - B) / 2})` }, 'altitude (km)'));
  const feasible = t.sites.filter(s => s.feasible);
  feasible.forEach((s, i) => {
    const c = COLOURS[i % COLOURS.length];
    svg.append(el('rect', { x: x(s.firstInterceptS), y: T, width: Math.max(1, x(s.lastInterceptS) - x(s.firstInterceptS)),
      height: H - T - B, fill: c, 'fill-opacity': 0.15, stroke: c }));
    if (s.earliestLaunchS !== undefined) {
      svg.append(el('line', { x1: x(s.earliestLaunchS), x2: x(s.earliestLaunchS), y1: H - B, y2: H - B - 10, stroke: c, 'stroke-width': 2 }));
    }
    const right = x(s.firstInterceptS) > (L + W - R) / 2;
    svg.append(el('text', { x: right ? x(s.firstInterceptS) - 3 : x(s.firstInterceptS) + 3, y: T + 12 + 12 * i,
      'font-size': 10, fill: c, 'text-anchor': right ? 'end' : 'start' },
      `${s.siteId}: ${Math.round(s.firstInterceptS)}–${Math.round(s.lastInterceptS)} s`));
  });
  svg.append(el('polyline', { points: t.samples.map(s => `${x(s[0]).toFixed(1)},${y(s[1] / 1000).toFixed(1)}`).join(' '),
    fill: 'none', stroke: '#222', 'stroke-width': 2 }));
  container.append(title, svg);
  const list = document.createElement('ul');
  for (const s of t.sites) {
    const li = document.createElement('li');
    li.textContent = s.feasible
      ? `${s.siteId}: intercepts from ${Math.round(s.firstInterceptS)} s to ${Math.round(s.lastInterceptS)} s ` +
        `(interceptor launch from ${Math.round(s.earliestLaunchS)} s), ${s.opportunities} shot(s), lowest ` +
        `${Math.round(s.lowestInterceptAltitudeM / 1000)} km`
      : `${s.siteId}: no engagement (${s.reason})`;
    list.append(li);
  }
  container.append(list);
}
