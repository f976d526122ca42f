import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/health-text.ts
var HEALTH_MARK = { "at-risk": "\u2717", watch: "!", healthy: "\u2713", unknown: "?" };
var HEALTH_WORD = { "at-risk": "at risk", watch: "watch", healthy: "healthy", unknown: "unknown" };
var SHORT_WORD = { "at-risk": "risk", watch: "watch", healthy: "ok", unknown: "n/a" };
function healthText(status, short = false) {
  return `${HEALTH_MARK[status]} ${(short ? SHORT_WORD : HEALTH_WORD)[status]}`;
}
function healthColor(c, status, text) {
  return status === "at-risk" ? c.red(text) : status === "watch" ? c.yellow(text) : status === "healthy" ? c.green(text) : c.dim(text);
}
var SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(scores) {
  return scores.map((s) => s === null ? " " : SPARKS[Math.min(7, Math.max(0, Math.round(s / 10 * 7)))]).join("");
}
function attainmentBar(attainment, width) {
  const filled = Math.min(width, Math.max(0, Math.round(attainment * width)));
  return { filled, empty: width - filled };
}

export {
  HEALTH_MARK,
  HEALTH_WORD,
  healthText,
  healthColor,
  sparkline,
  attainmentBar
};
