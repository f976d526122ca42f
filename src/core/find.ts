/**
 * Finding accounts by what a person remembers of them: part of the id or
 * the name, in any case, with or without accents.
 */
import { foldText } from './filter.js';
import { editDistance } from './suggest.js';

interface Named {
  id: string;
  name: string;
}

/** True when `text` appears anywhere in the id or the name (folded). */
export function matchesText(a: Named, text: string): boolean {
  const t = foldText(text);
  return foldText(a.id).includes(t) || foldText(a.name).includes(t);
}

/**
 * The accounts `text` most likely meant, best first: those whose id or name
 * contains it, then those within a few typos of the id or the name.
 */
export function nearestAccounts<T extends Named>(text: string, accounts: readonly T[], max = 3): T[] {
  const t = foldText(text);
  if (t === '' || t.length > 64) return [];
  const scored: { a: T; rank: number }[] = [];
  for (const a of accounts) {
    const id = foldText(a.id);
    const name = foldText(a.name);
    if (id.includes(t) || name.includes(t) || t.includes(id)) {
      scored.push({ a, rank: 0 });
      continue;
    }
    const distance = Math.min(editDistance(t, id), editDistance(t, name));
    if (distance <= Math.max(1, Math.floor(t.length / 3))) scored.push({ a, rank: distance });
  }
  return scored.sort((x, y) => x.rank - y.rank).slice(0, max).map((s) => s.a);
}
