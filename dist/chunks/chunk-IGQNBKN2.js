import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/core/dates.ts
function parseDate(s) {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
}
var daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
var lastAnswer = /* @__PURE__ */ new Map();
function monthsBefore(date, months) {
  const last = lastAnswer.get(months);
  if (last?.date === date) return last.result;
  const result = computeMonthsBefore(date, months);
  if (lastAnswer.size >= 16) lastAnswer.clear();
  lastAnswer.set(months, { date, result });
  return result;
}
function computeMonthsBefore(date, months) {
  const { y, m, d } = parseDate(date);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function wholeMonthsBetween(from, to) {
  const a = parseDate(from);
  const b = parseDate(to);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

// src/core/plan.ts
function satisfactionReview(account, asOf, reviewMonths) {
  const since = monthsBefore(asOf, reviewMonths);
  let latest;
  for (const { date } of account.performance?.satisfaction ?? []) {
    if (date <= asOf && (latest === void 0 || date > latest)) latest = date;
  }
  return { since, measured: latest !== void 0 && latest >= since, latest };
}
function planChecklist(account, asOf, reviewMonths) {
  const plan = account.plan;
  const tactics = plan?.development?.tactics ?? {};
  const review = satisfactionReview(account, asOf, reviewMonths);
  return [
    { id: "charter-objectives", label: "the customer's objectives", where: "plan.charter.objectives", done: Boolean(plan?.charter?.objectives?.length) },
    { id: "development-objectives", label: "development objectives", where: "plan.development.objectives", done: Boolean(plan?.development?.objectives?.length) },
    { id: "tactics", label: "tactics for any quarter", where: "plan.development.tactics", done: ["q1", "q2", "q3", "q4"].some((q) => tactics[q]?.length) },
    {
      id: "decision-maker",
      label: "a decision-maker contact with a business agenda",
      where: "relationship.contacts",
      done: (account.relationship?.contacts ?? []).some((c) => c.influence === "decision-maker" && Boolean(c.agenda?.business?.trim()))
    },
    {
      id: "satisfaction",
      label: `customer satisfaction measured since ${review.since}`,
      where: "performance.satisfaction",
      done: review.measured
    }
  ];
}

// src/core/health.ts
var HEALTH_STATUSES = ["at-risk", "watch", "healthy", "unknown"];
var pct = (f) => `${(f * 100).toFixed(1)} %`;
var fig = (n) => String(Math.round(n * 100) / 100);
function satisfactionHistory(account, asOf) {
  return (account.performance?.satisfaction ?? []).map((e, index) => ({ date: e.date, score: e.score, index })).filter((e) => e.date <= asOf).sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index);
}
function openAlerts(account, asOf) {
  const out = [];
  (account.performance?.alerts ?? []).forEach((a, index) => {
    if (a.date > asOf || a.resolved !== void 0 && a.resolved <= asOf) return;
    out.push({ date: a.date, symptom: a.symptom, severity: a.severity ?? null, index });
  });
  return out;
}
function salesOf(account) {
  const s = account.performance?.sales;
  if (!s || typeof s.target !== "number" || !(s.target > 0)) return null;
  const achieved = s.achieved ?? null;
  const forecast = s.forecast ?? null;
  const basis = forecast ?? achieved;
  return { target: s.target, achieved, forecast, attainment: basis === null ? null : basis / s.target };
}
function accountHealth(account, config, asOf) {
  const limits = config.limits;
  const reasons = [];
  const history = satisfactionHistory(account, asOf);
  const latest = history[history.length - 1];
  const previous = history[history.length - 2];
  if (latest) {
    const level = latest.score <= 3 ? "at-risk" : latest.score < limits.min_satisfaction ? "watch" : null;
    if (level) {
      reasons.push({
        signal: "satisfaction-low",
        level,
        message: `satisfaction ${fig(latest.score)}/10 on ${latest.date} (${level === "at-risk" ? "3 or less" : `below ${fig(limits.min_satisfaction)}`})`
      });
    }
    if (previous) {
      const fall = previous.score - latest.score;
      const dropLevel = fall >= 3 ? "at-risk" : fall >= 2 ? "watch" : null;
      if (dropLevel) {
        reasons.push({
          signal: "satisfaction-drop",
          level: dropLevel,
          message: `satisfaction fell from ${fig(previous.score)} to ${fig(latest.score)} (\u2212${fig(fall)}) between ${previous.date} and ${latest.date}`
        });
      }
    }
  }
  const alerts = openAlerts(account, asOf);
  for (const a of alerts) {
    if (a.severity !== "high" && a.severity !== "medium") continue;
    reasons.push({
      signal: "open-alert",
      level: a.severity === "high" ? "at-risk" : "watch",
      message: `open ${a.severity} alert since ${a.date}: ${a.symptom}`
    });
  }
  const sales = salesOf(account);
  if (sales?.attainment != null) {
    const a = sales.attainment;
    const level = a < limits.risk_sales_attainment ? "at-risk" : a < limits.min_sales_attainment ? "watch" : null;
    if (level) {
      const basis = sales.forecast !== null ? "forecast" : "achieved";
      const limit = level === "at-risk" ? limits.risk_sales_attainment : limits.min_sales_attainment;
      reasons.push({
        signal: "sales",
        level,
        message: `sales ${basis} at ${pct(a)} of target (${fig(sales.forecast ?? sales.achieved)} of ${fig(sales.target)}; below ${pct(limit)})`
      });
    }
  }
  let status;
  if (reasons.some((r) => r.level === "at-risk")) status = "at-risk";
  else if (reasons.length > 0) status = "watch";
  else if (sales || satisfactionReview(account, asOf, limits.review_months).measured) status = "healthy";
  else status = "unknown";
  return {
    status,
    reasons,
    satisfaction: latest ? { latest, previous: previous ?? null, change: previous ? latest.score - previous.score : null } : null,
    history,
    sales,
    openAlerts: alerts
  };
}
function coverage(account, config) {
  const axis = (a) => {
    const scores = account[a] ?? {};
    const weighted = config.factors[a].filter((f) => f.weight > 0);
    return { scored: weighted.filter((f) => typeof scores[f.id] === "number").length, of: weighted.length };
  };
  return { attractiveness: axis("attractiveness"), strength: axis("strength") };
}
function thinAxes(c, config) {
  return ["attractiveness", "strength"].filter((a) => {
    const { scored, of } = c[a];
    return scored > 0 && scored / of < config.limits.min_factor_share;
  });
}

// src/core/strings.ts
function detached(s) {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}
function personKey(name) {
  const t = name.trim();
  return (MORE_THAN_A_SPACE.test(t) ? t.replace(/\s+/g, " ") : t).toLowerCase();
}
var MORE_THAN_A_SPACE = /\s\s|[^\S ]/;

export {
  parseDate,
  monthsBefore,
  wholeMonthsBetween,
  satisfactionReview,
  planChecklist,
  HEALTH_STATUSES,
  accountHealth,
  coverage,
  thinAxes,
  detached,
  personKey
};
