import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/numbers.ts
var grouped;
var compact;
function money(value, currency, style = "full") {
  if (value === null) return "\u2013";
  const n = style === "compact" ? (compact ??= new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 })).format(value) : (grouped ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })).format(value);
  return currency ? `${currency} ${n}` : n;
}
function score(value) {
  return value === null ? "\u2013" : value.toFixed(2);
}
function percent(fraction, decimals = 1) {
  return `${(fraction * 100).toFixed(decimals)} %`;
}

export {
  money,
  score,
  percent
};
