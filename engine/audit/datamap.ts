// The data map of a whole register: its activities, the subprocessors they use and the locations the data
// is stored or processed in, the locations grouped by what the policies' transfer view says of them (no
// transfer, covered by adequacy or the DPF, or other) and by country, and on every edge the view calls a
// transfer what covers it. Nothing about adequacy or mechanisms is decided here.
import { registerFlows, transferIndex } from "../flows.js";
import type { TransferFlow } from "../policy.js";
import type { Register } from "../resolve.js";

/** EEA or UK: the organisation's own area, where data goes without a transfer; adequate; other. */
export type Regime = "EEA" | "UK" | "adequate" | "other";
export const REGIMES: Regime[] = ["EEA", "UK", "adequate", "other"];

export interface MapNode {
  id: string;
  name: string;
}

export interface MapEdge {
  /** Node keys: `a:<id>`, `s:<id>`, `l:<id>`. */
  from: string;
  to: string;
  /** The policies' transfer view lists this subprocessor's data going to the location's country. */
  crossBorder: boolean;
  /** What covers it, from the transfer view (adequacy, dpf, a recorded tool that fits); empty when nothing does. */
  mechanisms: string[];
  /** The destination's group. */
  regime: Regime;
  /** Activity → subprocessor: the categories that reach it, when the activity sends it only some. */
  categories?: string[];
}

export interface DataMap {
  home: "EEA" | "UK";
  activities: MapNode[];
  subprocessors: MapNode[];
  groups: { regime: Regime; countries: { country: string; locations: MapNode[] }[] }[];
  edges: MapEdge[];
}

/** Mechanisms that cover a transfer without a tool of the parties: the country's (or the recipient's DPF) decision. */
const DECISIONS = new Set(["adequacy", "dpf"]);

export function dataMap(register: Register, transfers: TransferFlow[]): DataMap {
  const home = register.doc.organisation?.country === "GB" ? "UK" : "EEA";
  const flows = registerFlows(register, transfers);
  const view = transferIndex(transfers);
  const activities = new Map<string, MapNode>();
  const subprocessors = new Map<string, MapNode>();
  const places = new Map<string, { node: MapNode; country: string; regime: Regime }>();
  const edges = new Map<string, MapEdge>();
  const edge = (from: string, to: string, regime: Regime, mechanisms: string[], crossBorder: boolean, categories?: string[]) => {
    if (!edges.has(`${from}>${to}`)) edges.set(`${from}>${to}`, { from, to, crossBorder, mechanisms, regime, ...(categories ? { categories } : {}) });
  };
  // A place's group: "other" once any of the organisation's own regime's transfers to it needs more than a decision,
  // "adequate" when decisions cover them all.
  const rank: Regime[] = [home, "adequate", "other"];
  for (const f of flows) {
    activities.set(f.activity.id, f.activity);
    const here = f.subprocessor ? view.to(f.subprocessor.id, f.location.country) : [];
    // Grouped as the organisation's own regime sees the place; the curve shows every regime's transfer (a processor's UK customers' data too).
    const own = here.filter((t) => t.regime === home);
    const regime: Regime = !own.length ? home : own.every((t) => t.mechanisms.some((m) => DECISIONS.has(m.mechanism))) ? "adequate" : "other";
    const was = places.get(f.location.id)?.regime;
    const worst = was && rank.indexOf(was) > rank.indexOf(regime) ? was : regime;
    places.set(f.location.id, { node: { id: f.location.id, name: f.location.name }, country: f.location.country, regime: worst });
    if (f.subprocessor) {
      subprocessors.set(f.subprocessor.id, f.subprocessor);
      edge(`a:${f.activity.id}`, `s:${f.subprocessor.id}`, regime, [], false, f.categories);
      edge(`s:${f.subprocessor.id}`, `l:${f.location.id}`, regime, view.covering(undefined, f.subprocessor.id, f.location.country), here.length > 0);
    } else edge(`a:${f.activity.id}`, `l:${f.location.id}`, regime, [], false);
  }
  const groups = REGIMES.map((regime) => {
    const byCountry = new Map<string, MapNode[]>();
    for (const p of places.values()) if (p.regime === regime) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p.node]);
    return { regime, countries: [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, locations]) => ({ country, locations })) };
  }).filter((g) => g.countries.length);
  return { home, activities: [...activities.values()], subprocessors: [...subprocessors.values()], groups, edges: [...edges.values()] };
}
