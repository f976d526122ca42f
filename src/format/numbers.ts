/** Number formatting shared by human-readable outputs. */
// Built on first use: constructing an Intl formatter costs milliseconds at start-up.
let grouped: Intl.NumberFormat | undefined;
let compact: Intl.NumberFormat | undefined;

export function money(value: number | null, currency: string, style: 'full' | 'compact' = 'full'): string {
  if (value === null) return '–';
  const n = style === 'compact'
    ? (compact ??= new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })).format(value)
    : (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value);
  return currency ? `${currency} ${n}` : n;
}

export function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

export function percent(fraction: number, decimals = 1): string {
  return `${(fraction * 100).toFixed(decimals)} %`;
}
