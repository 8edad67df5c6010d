// Numbers as the page shows them (en-US: 32,768 and 12.5), through formatters made once. Number#toLocaleString
// with a locale or options builds a new formatter on every call, many times slower than a kept Intl.NumberFormat, and a
// streaming reply formats its figures every frame (docs/performance.md).

const formatters = new Map<number | undefined, Intl.NumberFormat>();

/** `value` with thousands separators; with `fractionDigits`, exactly that many decimals (else up to 3, as toLocaleString). */
export function formatNumber(value: number, fractionDigits?: number): string {
  let formatter = formatters.get(fractionDigits);
  if (!formatter) {
    const digits =
      fractionDigits === undefined
        ? undefined
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
    formatter = new Intl.NumberFormat("en-US", digits);
    formatters.set(fractionDigits, formatter);
  }
  return formatter.format(value);
}

/** "1 block", "3 citations", "1,024 characters": a count and its word, in the plural unless the count is 1. */
export const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;
