// One order for text wherever the engine sorts or identifies: UTF-16 code units, as `<` compares strings.
// The same on every machine whatever its ICU data (String.prototype.localeCompare is not), and free: the
// first localeCompare of a process builds ICU's collator, ~20 ms of every small check.

/** Compares two strings by code unit (for Array.prototype.sort). */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, so the same value always gives the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => byText(a, b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
