// The data map of a whole register: its activities, the subprocessors they use and the locations the data
// is stored or processed in, the locations grouped by regime (EEA, UK, adequate, other) and country, and on
// every edge that leaves the organisation's own area the transfer mechanism recorded for it. The regime of
// a country is read from the reference data that ships with the policies, never decided here.
import { registerFlows } from "../flows.js";
import type { Register } from "../resolve.js";
import type { Reference } from "./register-at.js";

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
  /** The data leaves the organisation's own area (EEA, or the UK for a UK organisation) on this edge. */
  crossBorder: boolean;
  /** Transfer tools recorded for it (a subprocessor's for this location); empty when none is. */
  mechanisms: string[];
  /** The destination's regime, to say why no mechanism may be needed (an adequate country). */
  regime: Regime;
}

export interface DataMap {
  home: "EEA" | "UK";
  activities: MapNode[];
  subprocessors: MapNode[];
  groups: { regime: Regime; countries: { country: string; locations: MapNode[] }[] }[];
  edges: MapEdge[];
}

/** The regime a country is under, seen from the organisation's home area, by the reference data. */
export function regimeOf(country: string, home: "EEA" | "UK", reference: Reference): Regime {
  if (reference?.eea?.countries?.[country]) return "EEA";
  if (country === "GB") return "UK";
  const table = home === "EEA" ? reference?.eu_adequacy?.countries : reference?.uk_adequacy?.countries;
  return table?.[country] ? "adequate" : "other";
}

export function dataMap(register: Register, reference: Reference): DataMap {
  const home = register.doc.organisation?.country === "GB" ? "UK" : "EEA";
  const flows = registerFlows(register);
  const activities = new Map<string, MapNode>();
  const subprocessors = new Map<string, MapNode>();
  const places = new Map<string, { node: MapNode; country: string; regime: Regime }>();
  const edges = new Map<string, MapEdge>();
  const edge = (from: string, to: string, regime: Regime, mechanisms: string[], crossBorder: boolean) => {
    if (!edges.has(`${from}>${to}`)) edges.set(`${from}>${to}`, { from, to, crossBorder, mechanisms, regime });
  };
  for (const f of flows) {
    activities.set(f.activity.id, f.activity);
    const regime = regimeOf(f.location.country, home, reference);
    places.set(f.location.id, { node: { id: f.location.id, name: f.location.name }, country: f.location.country, regime });
    const crossBorder = regime !== home;
    if (f.subprocessor) {
      subprocessors.set(f.subprocessor.id, f.subprocessor);
      edge(`a:${f.activity.id}`, `s:${f.subprocessor.id}`, regime, [], false);
      edge(`s:${f.subprocessor.id}`, `l:${f.location.id}`, regime, f.mechanisms, crossBorder);
    } else edge(`a:${f.activity.id}`, `l:${f.location.id}`, regime, [], crossBorder);
  }
  const groups = REGIMES.map((regime) => {
    const byCountry = new Map<string, MapNode[]>();
    for (const p of places.values()) if (p.regime === regime) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p.node]);
    return { regime, countries: [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, locations]) => ({ country, locations })) };
  }).filter((g) => g.countries.length);
  return { home, activities: [...activities.values()], subprocessors: [...subprocessors.values()], groups, edges: [...edges.values()] };
}
