/** Number formatting shared by human-readable outputs. */
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function money(value: number | null, currency: string, style: 'full' | 'compact' = 'full'): string {
  if (value === null) return '–';
  const n = style === 'compact' ? compact.format(value) : grouped.format(value);
  return currency ? `${currency} ${n}` : n;
}

export function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

export function percent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals)} %`;
}
