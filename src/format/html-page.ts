/** The start of every HTML page kam writes: self-contained, no script, no network (the policy forbids both). */
import { html } from './escape.js';

export function htmlPageStart(title: string, css: string): string {
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
