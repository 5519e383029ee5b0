// The page's state in the URL fragment: #s=<built-in id>&e=<edits as JSON>. Edits are
// {path, value} in SI units (the API's vocabulary), kept in insertion order, one per path.

export function readFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  let edits = [];
  try {
    const e = params.get('e');
    if (e) {
      const parsed = JSON.parse(e);
      if (Array.isArray(parsed)) {
        edits = parsed.filter(x => x && typeof x.path === 'string' && x.value !== undefined && x.value !== null);
      }
    }
  } catch (err) {
    edits = [];
  }
  return { scenario: params.get('s'), edits };
}

export function writeFragment(scenario, edits) {
  const params = new URLSearchParams();
  if (scenario) params.set('s', scenario);
  if (edits.length) params.set('e', JSON.stringify(edits));
  return '#' + params.toString();
}

/** The edits with one path set (replacing an earlier edit of the same path) or removed (value null). */
export function withEdit(edits, path, value) {
  const out = edits.filter(e => e.path !== path);
  if (value !== null && value !== undefined) out.push({ path, value });
  return out;
}

/** Human text of one edit, with units. */
export function describeEdit(e) {
  const field = e.path.split('.').pop();
  if (typeof e.value === 'boolean') return `${e.path.replace(/\.enabled$/, '')}: ${e.value ? 'on' : 'off'}`;
  if (Array.isArray(e.value)) return `${e.path}: ${e.value[0].toFixed(3)}° N, ${e.value[1].toFixed(3)}° E`;
  if (field === 'burnout-speed') return `${e.path}: ${(e.value / 1000).toFixed(2)} km/s`;
  if (typeof e.value === 'number') return `${e.path}: ${e.value} s`;
  return `${e.path}: ${e.value}`;
}
