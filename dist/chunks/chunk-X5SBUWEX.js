import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/diff.ts
var DRIFT = 0.5;
var AXES = ["attractiveness", "strength"];
function shares(account, axis, config) {
  const scores = account?.[axis] ?? {};
  const used = config.factors[axis].filter((f) => typeof scores[f.id] === "number" && f.weight > 0);
  const total = used.reduce((s, f) => s + f.weight, 0);
  return new Map(used.map((f) => [f.id, { score: scores[f.id], share: f.weight * scores[f.id] / total }]));
}
function drivers(base, head, baseConfig, headConfig) {
  if (!base || !head) return [];
  const out = [];
  for (const axis of AXES) {
    const before = shares(base, axis, baseConfig);
    const after = shares(head, axis, headConfig);
    for (const factor of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(factor);
      const a = after.get(factor);
      const contribution = (a?.share ?? 0) - (b?.share ?? 0);
      if (Math.abs(contribution) < 1e-12) continue;
      out.push({ axis, factor, from: b?.score ?? null, to: a?.score ?? null, contribution });
    }
  }
  return out.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.factor.localeCompare(y.factor));
}
function byId(accounts) {
  const map = /* @__PURE__ */ new Map();
  for (const a of accounts) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}
function diffPortfolios(base, head) {
  const before = byId(base.accounts);
  const after = byId(head.accounts);
  const diff = {
    added: [],
    removed: [],
    quadrantMoves: [],
    positioningMoves: [],
    stageChanges: [],
    decisionChanges: [],
    healthChanges: [],
    drifts: []
  };
  const detailed = base.data !== void 0 && head.data !== void 0;
  for (const [id, a] of after) if (!before.has(id)) diff.added.push({ id, name: a.name, quadrant: a.quadrant });
  for (const [id, b] of before) if (!after.has(id)) diff.removed.push({ id, name: b.name, quadrant: b.quadrant });
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) continue;
    if (a.quadrant !== b.quadrant) {
      diff.quadrantMoves.push({
        id,
        name: a.name,
        from: { quadrant: b.quadrant, attractiveness: b.attractiveness, strength: b.strength },
        to: { quadrant: a.quadrant, attractiveness: a.attractiveness, strength: a.strength },
        drivers: drivers(base.data?.get(b.file), head.data?.get(a.file), base.config, head.config)
      });
    }
    const drift = scoreDrift(b, a, base, head);
    if (drift) diff.drifts.push(drift);
    const health = healthMove(b, a, detailed);
    if (health) diff.healthChanges.push(health);
    if (a.positioning !== b.positioning) diff.positioningMoves.push({ id, name: a.name, from: b.positioning, to: a.positioning });
    const [rb, ra] = [b.relationship, a.relationship];
    if ((rb?.stage ?? null) !== (ra?.stage ?? null) || (rb?.customerView ?? null) !== (ra?.customerView ?? null)) {
      diff.stageChanges.push({
        id,
        name: a.name,
        from: { stage: rb?.stage ?? null, customerView: rb?.customerView ?? null },
        to: { stage: ra?.stage ?? null, customerView: ra?.customerView ?? null }
      });
    }
    const oldDecisions = new Map(b.opportunities.map((o) => [o.id, o.decision]));
    for (const o of a.opportunities) {
      const was = oldDecisions.get(o.id) ?? null;
      if (was !== o.decision) diff.decisionChanges.push({ id, name: a.name, opportunity: o.id, from: was, to: o.decision });
    }
  }
  return diff;
}
function scoreDrift(b, a, base, head) {
  if (a.quadrant !== b.quadrant || a.quadrant === "unclassified") return null;
  const shown = (n) => Math.round(n * 100);
  const moved = (from, to) => from !== null && to !== null && Math.abs(shown(to) - shown(from)) >= DRIFT * 100 ? { from, to } : null;
  const attractiveness = moved(b.attractiveness, a.attractiveness);
  const strength = moved(b.strength, a.strength);
  if (!attractiveness && !strength) return null;
  const axes = /* @__PURE__ */ new Set([...attractiveness ? ["attractiveness"] : [], ...strength ? ["strength"] : []]);
  return {
    id: a.id,
    name: a.name,
    quadrant: a.quadrant,
    attractiveness,
    strength,
    drivers: drivers(base.data?.get(b.file), head.data?.get(a.file), base.config, head.config).filter((d) => axes.has(d.axis))
  };
}
var alertKey = (x) => `${x.date}\0${x.symptom}`;
var roundTo = (n, f) => n == null ? null : Math.round(n * f) / f;
function healthMove(b, a, detailed) {
  const changes = [];
  const [hb, ha] = [b.health, a.health];
  if (hb.status !== ha.status) changes.push({ kind: "status", from: hb.status, to: ha.status });
  if (detailed) {
    const [sb, sa] = [hb.satisfaction?.latest.score ?? null, ha.satisfaction?.latest.score ?? null];
    if (sb !== sa) changes.push({ kind: "satisfaction", from: sb, to: sa });
    const [pb, pa] = [roundTo(hb.sales?.attainment, 1e4), roundTo(ha.sales?.attainment, 1e4)];
    if (pb !== pa) changes.push({ kind: "sales-attainment", from: pb, to: pa });
    const before = new Set(hb.openAlerts.map(alertKey));
    const after = new Set(ha.openAlerts.map(alertKey));
    for (const x of ha.openAlerts) if (!before.has(alertKey(x))) changes.push({ kind: "alert-new", date: x.date, symptom: x.symptom, severity: x.severity });
    for (const x of hb.openAlerts) if (!after.has(alertKey(x))) changes.push({ kind: "alert-resolved", date: x.date, symptom: x.symptom, severity: x.severity });
  }
  if (b.position !== a.position) changes.push({ kind: "position", from: b.position, to: a.position });
  if (b.perceivedLevel !== a.perceivedLevel) changes.push({ kind: "perceived-level", from: b.perceivedLevel, to: a.perceivedLevel });
  const [vb, va] = [b.relationship?.customerView ?? null, a.relationship?.customerView ?? null];
  if (vb !== va) changes.push({ kind: "customer-view", from: vb, to: va });
  if (changes.length === 0) return null;
  return { id: a.id, name: a.name, from: hb.status, to: ha.status, changes, reasons: ha.reasons.map((r) => r.message) };
}
function isEmptyDiff(d) {
  return Object.values(d).every((list) => list.length === 0);
}

export {
  DRIFT,
  drivers,
  diffPortfolios,
  isEmptyDiff
};
