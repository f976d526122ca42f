import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  html
} from "./chunk-OPNKPR2M.js";

// src/format/html-page.ts
function htmlPageStart(title, css) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${css}</style>
</head>
<body>`;
}
var PAGE_CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}
.muted{color:#666}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e5e5;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.q{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px}
svg{max-width:100%;height:auto;font:11px system-ui,sans-serif}svg .label{fill:#222}svg .label,svg .number{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.bar{height:10px;background:#e8e8e8;border-radius:2px;width:160px;display:inline-block;vertical-align:middle}.bar>span{display:block;height:10px;border-radius:2px}
.up{color:#1b7f3b}.down{color:#b3261e}.err{color:#b3261e}.warn{color:#8a5a00}
.h-at-risk{color:#b3261e;font-weight:600}.h-watch{color:#8a5a00;font-weight:600}.h-healthy{color:#1b7f3b}.h-unknown{color:#666}
.account{break-inside:avoid}ol.legend{columns:3 16em;font-size:12px;margin:4px 0 0;padding-left:2.5em}@media print{body{max-width:none;padding:0}h2{break-after:avoid}section{break-inside:avoid}}
`;

export {
  htmlPageStart,
  PAGE_CSS
};
