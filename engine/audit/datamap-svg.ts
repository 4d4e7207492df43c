// The data map drawn as SVG at build time: three columns (activities, subprocessors, locations boxed by regime
// and country), curves between them, and on each cross-border curve its transfer mechanism. No script and no
// external asset, so the evidence pack's Content-Security-Policy holds; it scales to the width it is given.
import { countryName } from "../diff.js";
import type { DataMap, MapEdge, Regime } from "./datamap.js";
import { html, trusted, type Html } from "./template.js";

const COL = 250;
const GAP = 120;
const ROW = 30;
const PAD = 8;
const TOP = 44;
const X = [10, 10 + COL + GAP, 10 + 2 * (COL + GAP)];
const WIDTH = X[2]! + COL + 10;
const CHARS = 31;

const REGIME_LABEL: Record<Regime, string> = { EEA: "EEA", UK: "United Kingdom", adequate: "Adequate countries", other: "Other countries" };
const REGIME_FILL: Record<Regime, string> = { EEA: "#eef6ff", UK: "#f3f0ff", adequate: "#effaf1", other: "#fff4e5" };

/** Node text cut to fit its box; the whole name is the node's tooltip. */
function label(name: string): string {
  const points = Array.from(name);
  return points.length <= CHARS ? name : `${points.slice(0, CHARS - 1).join("")}…`;
}

const MECHANISM: Record<string, string> = { dpf: "DPF", "uk-idta": "IDTA", "uk-addendum": "UK Addendum", bcr: "BCR" };
const mechanismLabel = (m: string) => MECHANISM[m] ?? m.replace(/^scc-2021-914-module-(\d)$/, "SCC module $1");

function edgeLabel(e: MapEdge): { text: string; missing: boolean } {
  if (e.mechanisms.length) return { text: e.mechanisms.map(mechanismLabel).join(" + "), missing: false };
  return { text: "no mechanism that fits", missing: true };
}

export function dataMapSvg(map: DataMap): Html {
  const at = new Map<string, { x: number; y: number }>();
  const nodes: Html[] = [];
  const box = (key: string, col: number, y: number, name: string, fill: string) => {
    at.set(key, { x: X[col]!, y: y + ROW / 2 });
    nodes.push(html`<g><title>${name}</title><rect x="${X[col]!}" y="${y}" width="${COL}" height="${ROW}" rx="5" fill="${fill}" stroke="#57606a"/><text x="${X[col]! + PAD}" y="${y + 19}">${label(name)}</text></g>`);
  };
  map.activities.forEach((a, i) => box(`a:${a.id}`, 0, TOP + i * (ROW + PAD), a.name, "#ffffff"));
  map.subprocessors.forEach((s, i) => box(`s:${s.id}`, 1, TOP + i * (ROW + PAD), s.name, "#f6f8fa"));
  let y = TOP;
  const frames: Html[] = [];
  for (const g of map.groups) {
    const top = y;
    y += 24;
    const inner: Html[] = [];
    for (const c of g.countries) {
      inner.push(html`<text x="${X[2]! + PAD}" y="${y + 14}" class="country">${countryName(c.country)} (${c.country})</text>`);
      y += 20;
      for (const l of c.locations) {
        box(`l:${l.id}`, 2, y, l.name, "#ffffff");
        y += ROW + PAD;
      }
    }
    y += 4;
    frames.push(html`<rect x="${X[2]! - 6}" y="${top}" width="${COL + 12}" height="${y - top}" rx="8" fill="${REGIME_FILL[g.regime]}" stroke="#d0d7de"/><text x="${X[2]!}" y="${top + 17}" class="regime">${REGIME_LABEL[g.regime]}</text>`, ...inner);
    y += 10;
  }
  const height = Math.max(y, TOP + Math.max(map.activities.length, map.subprocessors.length) * (ROW + PAD)) + 10;
  const edges: Html[] = [];
  const labels: Html[] = [];
  for (const e of map.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + COL;
    const x2 = b.x;
    const mid = (x1 + x2) / 2;
    const what = e.crossBorder ? edgeLabel(e) : undefined;
    const colour = !what ? "#8c959f" : what.missing ? "#cf222e" : "#9a6700";
    // An activity that sends a subprocessor only some categories says which, on hover and to screen readers.
    const only = e.categories ? html`<title>receives only ${e.categories.join(", ")}</title>` : "";
    edges.push(html`<path d="M${x1} ${a.y} C${mid} ${a.y} ${mid} ${b.y} ${x2} ${b.y}" fill="none" stroke="${colour}" stroke-width="${what ? 2 : 1.2}"${what?.missing ? trusted(' stroke-dasharray="5 3"') : ""}>${only}</path>`);
    if (what) labels.push(html`<text x="${x2 - 6}" y="${b.y - 5}" text-anchor="end" class="mech${what.missing ? " missing" : ""}">${what.text}</text>`);
  }
  const headings = ["Processing activities", "Subprocessors", "Where the data is"].map((t, i) => html`<text x="${X[i]!}" y="24" class="head">${t}</text>`);
  const summary = `${map.activities.length} activities, ${map.subprocessors.length} subprocessors and ${map.groups.reduce((n, g) => n + g.countries.reduce((m, c) => m + c.locations.length, 0), 0)} locations; cross-border edges carry their transfer mechanism.`;
  return html`<svg class="datamap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="datamap-title">
<title id="datamap-title">Data map: ${summary}</title>
<style>text{font:13px "DejaVu Sans",system-ui,sans-serif;fill:#1b1f24}.head{font-weight:700;font-size:14px}.regime{font-weight:700;font-size:12px;fill:#57606a}.country{font-size:12px;fill:#57606a}.mech{font-size:11px;fill:#9a6700;paint-order:stroke;stroke:#fff;stroke-width:3px}.missing{fill:#cf222e}</style>
${headings}${frames}${edges}${nodes}${labels}
</svg>`;
}
