import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/history.ts
var QUADRANT_IDS = ["key", "key-development", "maintenance", "opportunistic", "unclassified"];
var zeroes = () => ({ key: 0, "key-development": 0, maintenance: 0, opportunistic: 0, unclassified: 0 });
function buildHistory(snapshots) {
  const trails = /* @__PURE__ */ new Map();
  const alias = /* @__PURE__ */ new Map();
  const portfolio = [];
  let previous = /* @__PURE__ */ new Map();
  let previousByFile = /* @__PURE__ */ new Map();
  snapshots.forEach((snapshot, at) => {
    const current = /* @__PURE__ */ new Map();
    for (const a of snapshot.accounts) if (!current.has(a.id)) current.set(a.id, a.file);
    const currentByFile = new Map([...current].map(([id, file]) => [file, id]));
    for (const a of snapshot.accounts) {
      if (current.get(a.id) !== a.file) continue;
      let trail = trails.get(alias.get(a.id) ?? a.id);
      if (!trail) {
        const oldId = previousByFile.get(a.file);
        const renamedFrom = oldId !== void 0 && oldId !== a.id && !current.has(oldId) && !previous.has(a.id) ? trails.get(alias.get(oldId) ?? oldId) : void 0;
        if (renamedFrom) {
          trails.delete(renamedFrom.id);
          renamedFrom.events.push({ at, kind: "id-changed", from: renamedFrom.id, to: a.id });
          for (const [old, to] of alias) if (to === renamedFrom.id) alias.set(old, a.id);
          alias.set(renamedFrom.id, a.id);
          renamedFrom.id = a.id;
          trail = renamedFrom;
        } else {
          trail = { id: a.id, name: a.name, points: [], events: at === 0 ? [] : [{ at, kind: "appeared" }] };
        }
        trails.set(a.id, trail);
      } else {
        const last = trail.points[trail.points.length - 1];
        if (last && last.at < at - 1) trail.events.push({ at, kind: "appeared" });
        if (last && last.file !== a.file) trail.events.push({ at, kind: "moved", from: last.file, to: a.file });
      }
      trail.name = a.name;
      trail.points.push({
        at,
        file: a.file,
        attractiveness: a.attractiveness,
        strength: a.strength,
        quadrant: a.quadrant,
        positioning: a.positioning,
        stage: a.relationship?.stage ?? null,
        health: a.healthStatus ?? null
      });
    }
    for (const [id, file] of previous) {
      const trail = trails.get(alias.get(id) ?? id);
      if (!trail || trail.points[trail.points.length - 1]?.at === at) continue;
      const invalid = snapshot.invalid.find((i) => i.file === file);
      trail.events.push(invalid ? { at, kind: "invalid", file, message: invalid.message } : { at, kind: "disappeared" });
    }
    const point = { at, accounts: 0, invalid: snapshot.invalid.length, quadrants: zeroes(), health: {}, revenue: zeroes() };
    for (const a of snapshot.accounts) {
      if (current.get(a.id) !== a.file) continue;
      point.accounts++;
      point.quadrants[a.quadrant]++;
      point.revenue[a.quadrant] += a.revenue.current ?? 0;
      const status = a.healthStatus ?? "unknown";
      point.health[status] = (point.health[status] ?? 0) + 1;
    }
    portfolio.push(point);
    previous = current;
    previousByFile = currentByFile;
  });
  const accounts = [...trails.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { snapshots: snapshots.map((s) => s.ref), accounts, portfolio };
}
function filterHistory(history, snapshots, filter) {
  const latest = /* @__PURE__ */ new Map();
  for (const snapshot of snapshots) {
    const seen = /* @__PURE__ */ new Set();
    for (const a of snapshot.accounts) {
      filter.observe(a);
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      latest.set(a.id, a);
    }
  }
  filter.checkValues();
  const accounts = history.accounts.filter((t) => {
    const a = latest.get(t.id);
    return a !== void 0 && filter.matches(a);
  });
  return { ...history, accounts, showing: { accounts: accounts.length, of: history.accounts.length } };
}
var QUADRANT_LETTER = { key: "K", "key-development": "D", maintenance: "M", opportunistic: "O", unclassified: "\xB7" };

export {
  QUADRANT_IDS,
  buildHistory,
  filterHistory,
  QUADRANT_LETTER
};
