/**
 * The relationship map as an SVG: our people on the left, the customer's
 * contacts on the right grouped by influence, one line per relationship
 * someone of ours holds. One person of ours fanning out to every contact is
 * the bow-tie; several people meeting several contacts is the diamond.
 * Every string goes through html(); the full texts are in the contacts table
 * beside it, the drawing shortens them.
 */
import { INFLUENCE_LABELS, INFLUENCES, type Influence, type RelationshipMap } from '../../core/plan-view.js';
import { html } from '../escape.js';

const INFLUENCE_COLOR: Record<Influence | 'none', string> = {
  'decision-maker': '#b3261e',
  influencer: '#1f6fb2',
  sponsor: '#1b7f3b',
  user: '#6b6b6b',
  gatekeeper: '#8a5a00',
  none: '#9a9a9a',
};

const W = 640;
const NODE_H = 30;
const GAP = 6;
const GROUP_GAP = 20;
const TOP = 34;
const OURS = { x: 10, w: 170 };
const THEIRS = { x: 400, w: 230 };

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function relationshipMapSvg(map: RelationshipMap, id: string): string {
  if (map.contacts.length === 0) return '<p class="muted">No contacts recorded (relationship.contacts).</p>';
  const parts: string[] = [];
  // Contacts, grouped by influence in SPEC order; those without one last.
  let y = TOP;
  const contactY = new Map<number, number>();
  const groups = [...INFLUENCES, null].map((inf) => ({ inf, list: map.contacts.filter((c) => c.influence === inf) })).filter((g) => g.list.length > 0);
  for (const g of groups) {
    const color = INFLUENCE_COLOR[g.inf ?? 'none'];
    parts.push(`<text x="${THEIRS.x}" y="${y + 10}" fill="${color}" font-weight="600">${html(g.inf ? INFLUENCE_LABELS[g.inf] : 'Influence not recorded')}</text>`);
    y += 16;
    for (const c of g.list) {
      contactY.set(c.index, y + NODE_H / 2);
      const sub = [c.function, c.role].filter((s) => s?.trim()).join(' · ');
      const agenda = c.influence === 'decision-maker' ? ` · agenda ${c.agendaAnswered}/4` : '';
      const title = [c.name, c.role, c.function, c.owner ? `held by ${c.owner}` : 'held by nobody on our side'].filter(Boolean).join(', ');
      parts.push(
        `<g class="rm-contact" data-index="${c.index}" data-influence="${c.influence ?? ''}"><title>${html(title)}</title>` +
        `<rect x="${THEIRS.x}" y="${y}" width="${THEIRS.w}" height="${NODE_H}" rx="4" fill="#fff" stroke="${color}"${c.owner ? '' : ' stroke-dasharray="4 3"'}/>` +
        `<text x="${THEIRS.x + 6}" y="${y + 12}" font-weight="600">${html(cut(c.name, 34))}</text>` +
        `<text x="${THEIRS.x + 6}" y="${y + 25}" class="muted" fill="#666">${html(cut(`${sub}${agenda}`, 40))}</text></g>`,
      );
      y += NODE_H + GAP;
    }
    y += GROUP_GAP - GAP;
  }
  const bottom = y;

  // Each of our people sits level with the contacts they hold, without overlapping.
  const owners = map.owners.map((name) => {
    const ys = map.contacts.filter((c) => c.owner === name).map((c) => contactY.get(c.index)!);
    return { name, want: ys.reduce((s, v) => s + v, 0) / ys.length };
  }).sort((a, b) => a.want - b.want);
  let next = TOP + 16;
  const placed = owners.map((o) => {
    const top = Math.max(o.want - NODE_H / 2, next);
    next = top + NODE_H + GAP;
    return { ...o, top };
  });
  const overflow = next - GAP - bottom;
  if (overflow > 0) for (const p of placed) p.top -= Math.min(overflow, placed[0]!.top - TOP);
  const height = Math.max(bottom, next) + 10;

  const edges: string[] = [];
  for (const p of placed) {
    const y1 = p.top + NODE_H / 2;
    for (const c of map.contacts.filter((x) => x.owner === p.name)) {
      const y2 = contactY.get(c.index)!;
      const x1 = OURS.x + OURS.w;
      const x2 = THEIRS.x;
      const mid = (x1 + x2) / 2;
      edges.push(`<path class="rm-edge" data-index="${c.index}" d="M${x1},${y1.toFixed(1)} C${mid},${y1.toFixed(1)} ${mid},${y2.toFixed(1)} ${x2},${y2.toFixed(1)}" fill="none" stroke="${INFLUENCE_COLOR[c.influence ?? 'none']}" stroke-width="1.6"><title>${html(`${p.name} holds ${c.name}`)}</title></path>`);
    }
  }
  const nodes = placed.map((p) =>
    `<g class="rm-owner"><title>${html(p.name)}</title><rect x="${OURS.x}" y="${p.top.toFixed(1)}" width="${OURS.w}" height="${NODE_H}" rx="4" fill="#eef4fb" stroke="#1f6fb2"/>` +
    `<text x="${OURS.x + 8}" y="${(p.top + 19).toFixed(1)}">${html(cut(p.name, 24))}</text></g>`);
  const unowned = map.contacts.length - map.contacts.filter((c) => c.owner !== null).length;
  const caption = map.shape === 'diamond'
    ? `Diamond: ${map.owners.length} of our people hold ${map.contacts.length - unowned} relationships`
    : map.owners.length === 1 ? `Bow-tie: every held relationship runs through ${map.owners[0]}` : 'Bow-tie: nobody on our side is named as holding a relationship';
  return [
    `<svg class="relationship-map" id="relationship-map-${html(id)}" data-shape="${map.shape}" viewBox="0 0 ${W} ${height.toFixed(0)}" role="img" aria-label="${html(caption)}">`,
    `<text x="${OURS.x}" y="14" font-weight="600">Our side</text><text x="${THEIRS.x}" y="14" font-weight="600">The customer</text>`,
    `<text x="${W / 2}" y="14" text-anchor="middle" class="muted" fill="#666">${html(cut(caption, 60))}</text>`,
    ...edges,
    ...nodes,
    ...parts,
    unowned > 0 ? `<text x="${OURS.x}" y="${(height - 4).toFixed(0)}" class="muted" fill="#666">Dashed: held by nobody on our side (${unowned})</text>` : '',
    '</svg>',
  ].join('\n');
}
