// A change's data flows as a Mermaid flowchart, which GitHub draws in a comment: activity → subprocessor →
// location, locations boxed by country; added flows green, removed ones dashed red, blocked ones thick with
// ⛔. Node ids are made here (a0, s0, l0, c0), never from record text, and every label is reduced to
// characters Mermaid and markdown read as text, so a record's name cannot end the diagram, add a node or a
// click handler, or inject HTML.
import { countryName } from "../diff.js";
import type { FlowChange } from "../flows.js";
import { byText } from "../text-order.js";
import { cap, oneLine } from "./escape.js";

/** Flows drawn in one diagram; a larger change is told in the list of changes, not in a picture. */
export const MAX_FLOWS = 60;
const LABEL = 60;

// Punctuation Mermaid or markdown could read as syntax, replaced by a character that looks the same.
const LOOKALIKE: Record<string, string> = {
  '"': "″", "'": "ʼ", "`": "ʹ", "<": "‹", ">": "›", "&": "＆", "#": "＃", ";": "；", "|": "ǀ", "[": "［", "]": "］",
  "{": "｛", "}": "｝", "%": "％", "@": "＠", "*": "∗", "=": "＝", "~": "～", "\\": "＼", "!": "ǃ",
  "^": "˄", "$": "＄", ":": "꞉", "_": "＿",
};

/** A label Mermaid shows as written: letters, digits, spaces and `.,()-/+` kept, syntax characters swapped for look-alikes, anything else `·`. */
export function mermaidLabel(text: string): string {
  return Array.from(cap(oneLine(text), LABEL))
    .map((c) => (/[\p{L}\p{M}\p{N} .,()\-/+\u2026]/u.test(c) ? c : (LOOKALIKE[c] ?? "·")))
    .join("")
    .replace(/ +/g, " ")
    .trim();
}

const STATE = { added: "added", removed: "removed", kept: "" } as const;

/** The diagram's lines (a fenced `mermaid` block with a legend under it), or none when there is no flow. */
export function flowDiagram(flows: FlowChange[]): string[] {
  if (!flows.length) return [];
  const shown = flows.slice(0, MAX_FLOWS);
  const ids = new Map<string, string>();
  const nodes: string[] = [];
  const nodeClass = new Map<string, Set<string>>();
  const byCountry = new Map<string, string[]>();
  const id = (kind: "a" | "s" | "l", key: string, label: string, country?: string) => {
    const k = `${kind}:${key}`;
    let n = ids.get(k);
    if (!n) {
      n = `${kind}${[...ids.keys()].filter((x) => x.startsWith(`${kind}:`)).length}`;
      ids.set(k, n);
      const line = `${n}["${mermaidLabel(label)}"]`;
      if (country !== undefined) byCountry.set(country, [...(byCountry.get(country) ?? []), line]);
      else nodes.push(line);
    }
    return n;
  };
  const edges = new Map<string, { from: string; to: string; states: Set<string>; blocked: boolean; mechanism?: string }>();
  const edge = (from: string, to: string, f: FlowChange, mechanism?: string) => {
    const e = edges.get(`${from}>${to}`) ?? { from, to, states: new Set<string>(), blocked: false, ...(mechanism ? { mechanism } : {}) };
    e.states.add(f.state);
    e.blocked ||= f.blocked;
    edges.set(`${from}>${to}`, e);
    return e;
  };
  for (const f of shown) {
    const a = id("a", f.activity.id, f.activity.name);
    const l = id("l", `${f.location.id}\u0000${f.location.country}`, f.location.name, f.location.country);
    const mark = (n: string) => nodeClass.set(n, (nodeClass.get(n) ?? new Set()).add(f.blocked ? "blocked" : f.state));
    if (f.subprocessor) {
      const s = id("s", f.subprocessor.id, f.subprocessor.name);
      edge(a, s, f);
      edge(s, l, f, f.mechanisms.join(" + "));
      mark(s);
    } else edge(a, l, f);
    mark(l);
  }
  const out = ["```mermaid", "flowchart LR", ...nodes.map((n) => `  ${n}`)];
  let c = 0;
  for (const [country, members] of [...byCountry].sort(([a], [b]) => byText(a, b))) {
    out.push(`  subgraph c${c++}["${mermaidLabel(`${countryName(country)} (${country})`)}"]`, ...members.map((m) => `    ${m}`), "  end");
  }
  const styles: string[] = [];
  [...edges.values()].forEach((e, i) => {
    // An edge every flow of which was added or removed is drawn so; one shared with kept flows is plain.
    const state = e.states.size === 1 ? STATE[[...e.states][0] as keyof typeof STATE] : "";
    const words = [e.blocked ? "⛔ blocked" : "", state, e.mechanism ? mermaidLabel(e.mechanism) : ""].filter(Boolean).join(" · ");
    const arrow = e.blocked ? "==>" : state === "removed" ? "-.->" : "-->";
    out.push(`  ${e.from} ${arrow}${words ? `|"${words}"|` : ""} ${e.to}`);
    const style = e.blocked ? "stroke:#cf222e,stroke-width:4px" : state === "added" ? "stroke:#1a7f37,stroke-width:2px" : state === "removed" ? "stroke:#cf222e,stroke-dasharray:4 4" : "";
    if (style) styles.push(`  linkStyle ${i} ${style}`);
  });
  out.push(
    ...styles,
    "  classDef added stroke:#1a7f37,stroke-width:2px",
    "  classDef removed stroke:#cf222e,stroke-dasharray:4 4,color:#6e7781",
    "  classDef blocked fill:#ffebe9,stroke:#cf222e,stroke-width:3px",
  );
  for (const [n, classes] of nodeClass) {
    const cls = classes.has("blocked") ? "blocked" : classes.size === 1 && !classes.has("kept") ? [...classes][0] : undefined;
    if (cls) out.push(`  class ${n} ${cls}`);
  }
  out.push("```");
  const legend = `<sub>Where the data goes: green arrows are flows this change adds, dashed red ones flows it removes, thick red ones (⛔) flows a blocking finding stops.${flows.length > shown.length ? ` The first ${shown.length} of ${flows.length} flows are drawn.` : ""}</sub>`;
  return [...out, "", legend];
}
