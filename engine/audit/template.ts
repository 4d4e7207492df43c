// HTML that escapes by default. `html` is a tagged template: every value put into it is escaped unless it is
// itself `Html` (made by `html`, or by `trusted` for markup this code writes), so a value can only reach a
// page as markup through a deliberate call, never by forgetting one. Arrays are joined, nothing else is.

// C0 and C1 controls (but tab and newline) and the bidirectional overrides that can make text read otherwise.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Markup, already safe: the only thing `html` puts into a page as it is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type Value = Html | string | number | boolean | null | undefined | readonly Value[];

/** Text as HTML that shows the same characters and does nothing else; controls become U+FFFD, seen not obeyed. */
export function escapeHtml(text: unknown): string {
  return String(text ?? "")
    .replace(CONTROLS, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(value);
}

/** The template with every value escaped (text) or kept (Html), e.g. html`<td>${name}</td>`. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/** Markup this code wrote itself (a stylesheet, an SVG path): never a value from a record or a commit. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Items joined by a separator, each escaped unless Html. */
export function joinHtml(items: readonly Value[], separator: Value = ""): Html {
  return new Html(items.map(render).join(render(separator)));
}
