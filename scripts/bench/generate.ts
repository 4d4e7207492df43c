// A seeded generator of realistic registers for the benchmark, shaped like Dignio's (records/) but of any
// size: one Organisation, cloud regions from the reference data as StorageLocations, hundreds of
// Subprocessors at 100k, CustomerSegments, Products, a few Waivers, and ~70% ProcessingActivities that
// reference them. About 1.5% of the records carry one deliberate violation, spread through the register;
// everything else passes every rule. The same seed and size give byte-identical files.
//
//   npm run bench:generate -- --records 10000 --out /tmp/reg [--seed 1] [--today 2026-11-23]
//
// `ropa check <out> --today <today>` accepts what it writes (exit 0 or 1, never 2).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Kind, SourceFile } from "../../engine/types.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const DEFAULT_SEED = 1;
export const DEFAULT_TODAY = "2026-11-23";
/** Below this a register has too few records to hold one of each kind. */
export const MIN_RECORDS = 20;

export interface GenerateOptions {
  records: number;
  seed?: number;
  /** The date the register is written for: reviews and assessments fall in the 12 months before it. */
  today?: string;
}

export interface GeneratedRegister {
  /** Paths relative to the register's root, `/`-separated, sorted. */
  files: SourceFile[];
  counts: Record<Kind, number>;
  /** How many records carry a deliberate violation (each may give one or more findings). */
  injected: number;
}

// ---------------------------------------------------------------------------------------------------
// Randomness and small helpers

/** mulberry32: tiny, fast, and the same on every platform. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  /** Skewed towards the front: a few suppliers and products are used by most activities. */
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(next() * next() * xs.length)];
  const chance = (p: number) => next() < p;
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const n = Math.min(xs.length, int(lo, hi));
    const copy = [...xs];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, skewed, chance, some };
}
type Rng = ReturnType<typeof rng>;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

const YAML_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

/** A scalar as plain YAML when that is unambiguous in both YAML 1.1 and 1.2, else double-quoted. */
function q(s: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9 ,.()'/&+-]*$/.test(s) && !s.includes(": ") && !s.includes(" #") && !s.endsWith(":") && !YAML_WORDS.test(s);
  return plain ? s : JSON.stringify(s);
}

/** A flow list of ids, as the Dignio register writes references. */
const ids = (xs: readonly string[]) => `[${xs.join(", ")}]`;

/** A scalar inside a flow list, where a comma would split it. */
const qf = (s: string) => (s.includes(",") ? JSON.stringify(s) : q(s));

/** A block list of texts. */
function texts(key: string, xs: readonly string[], indent = ""): string[] {
  if (xs.length === 0) return [`${indent}${key}: []`];
  return [`${indent}${key}:`, ...xs.map((x) => `${indent}  - ${q(x)}`)];
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary

/** Data categories an activity of each profile draws from; a subprocessor reaches whole profiles. */
const PROFILES = {
  clinical: ["identification", "national-id", "contact-details", "health-measurements", "health-records", "medication", "professional-details", "user-account"],
  "patient-app": ["identification", "contact-details", "health-measurements", "health-records", "device-data", "user-account"],
  genomics: ["identification", "genetic-data", "health-records", "professional-details"],
  "customer-admin": ["professional-details", "contact-details", "billing-details", "correspondence"],
  marketing: ["contact-details", "correspondence", "online-identifiers"],
  telemetry: ["usage-statistics", "device-data", "technical-logs"],
  support: ["contact-details", "correspondence", "user-account", "technical-logs"],
  people: ["identification", "national-id", "contact-details", "professional-details", "billing-details"],
} as const;
type Profile = keyof typeof PROFILES;
const PROCESSOR_PROFILES: Profile[] = ["clinical", "clinical", "patient-app", "patient-app", "support", "genomics"];
const CONTROLLER_PROFILES: Profile[] = ["customer-admin", "marketing", "telemetry", "support", "people"];
const SPECIAL = new Set(["health-measurements", "health-records", "medication", "genetic-data", "biometric-data"]);

const AREA: Record<Profile, string> = {
  clinical: "care-delivery",
  "patient-app": "patient-apps",
  genomics: "research",
  "customer-admin": "customer-operations",
  marketing: "marketing",
  telemetry: "platform",
  support: "support",
  people: "people",
};

const SUBJECTS: Record<Profile, string[]> = {
  clinical: ["patients", "health personnel", "next of kin"],
  "patient-app": ["patients", "next of kin", "health personnel"],
  genomics: ["research participants", "health personnel"],
  "customer-admin": ["customer contact persons"],
  marketing: ["website visitors", "prospective customers", "newsletter subscribers"],
  telemetry: ["patients", "health personnel", "website visitors"],
  support: ["patients", "health personnel", "customer contact persons"],
  people: ["employees", "job applicants", "contractors"],
};

const OPERATIONS = [
  "hosting and storage of patient data",
  "collection of measurements from medical devices",
  "presentation of measurements and alerts to care staff",
  "delivery of messages and video consultations",
  "push notifications to the patient's device",
  "technical support at the customer's request",
  "backup and restore of customer data",
  "integration with the customer's electronic health record",
];

const PURPOSES: Record<Profile, string[]> = {
  clinical: ["following up patients at home"],
  "patient-app": ["letting patients report to their care team"],
  genomics: ["research on hereditary disease"],
  "customer-admin": ["invoicing customers", "managing customer contracts", "registering and handling complaints and requests"],
  marketing: ["answering enquiries and booking demonstrations", "sending newsletters to those who asked for them", "operating the website"],
  telemetry: ["learning how the services are used to improve them", "technical development, maintenance and security of the services"],
  support: ["answering support requests", "troubleshooting reported faults"],
  people: ["paying salaries", "recruiting staff", "managing employment contracts"],
};

const NOUNS = ["heart failure", "diabetes", "COPD", "hypertension", "post-operative", "maternity", "oncology", "dementia", "kidney", "asthma", "stroke", "mental health"];
const PLACES = ["Oslo", "Bergen", "Trondheim", "Stockholm", "Gothenburg", "Malmo", "Copenhagen", "Aarhus", "Helsinki", "Tampere", "Amsterdam", "Hamburg", "Leeds", "Manchester", "Bristol", "Glasgow"];
const PRODUCT_WORDS = ["Care", "Prevent", "Home", "Pulse", "Vital", "Link", "Nurse", "Insight", "Connect", "Flow", "Guard", "Track"];
const VENDOR_WORDS = ["Nordic", "Cloud", "Signal", "Mail", "Pay", "Desk", "Metrics", "Video", "Secure", "Data", "Log", "Print", "Health", "Form", "Sync"];
const VENDOR_SUFFIX = ["AS", "AB", "Ltd", "GmbH", "Inc.", "B.V.", "Oy", "ApS"];
const SERVICES = ["cloud hosting", "backups", "e-mail delivery", "SMS delivery", "video consultations", "payment processing", "customer support tooling", "error tracking", "analytics", "document signing", "log management", "identity and login"];
const EEA_JURISDICTIONS = ["NO", "NO", "NO", "SE", "SE", "DK", "FI", "NL", "DE", "IE"];

// ---------------------------------------------------------------------------------------------------
// Reference data: the cloud regions the policies know, split by where they are

interface Region {
  id: string;
  provider: string;
  providerName: string;
  region: string;
  country: string;
  city: string;
  zone: "EEA" | "UK" | "OTHER";
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as T;
}

/** The regions in the order a growing company adds them: EEA first, then the UK and the US, then the rest. */
function regionPool(): Region[] {
  const clouds = readJson<{ providers: Record<string, { name: string; regions: Record<string, { country: string; city: string }> }> }>("policies/reference/cloud_regions/data.json").providers;
  const eea = new Set(Object.keys(readJson<{ countries: Record<string, unknown> }>("policies/reference/eea/data.json").countries));
  const all: Region[] = [];
  for (const provider of Object.keys(clouds).sort()) {
    for (const region of Object.keys(clouds[provider].regions).sort()) {
      const { country, city } = clouds[provider].regions[region];
      const zone = eea.has(country) ? "EEA" : country === "GB" ? "UK" : "OTHER";
      all.push({ id: `${provider}-${region}`, provider, providerName: clouds[provider].name, region, country, city, zone });
    }
  }
  // Only places a transfer mechanism can cover: the US (DPF or SCCs) and Switzerland (adequate).
  const byZone = (z: Region["zone"]) => all.filter((r) => r.zone === z && (z !== "OTHER" || r.country === "US" || r.country === "CH"));
  const lists = { E: byZone("EEA"), G: byZone("UK"), X: byZone("OTHER") };
  // Stockholm first, as in Dignio's register.
  lists.E.sort((a, b) => Number(b.id === "aws-eu-north-1") - Number(a.id === "aws-eu-north-1"));
  lists.G.sort((a, b) => Number(b.id === "aws-eu-west-2") - Number(a.id === "aws-eu-west-2"));
  lists.X.sort((a, b) => Number(b.country === "US") - Number(a.country === "US"));
  const pool: Region[] = [];
  const pattern = ["E", "G", "X", "E", "E", "G", "E", "X"] as const;
  for (let i = 0; pool.length < lists.E.length + lists.G.length + lists.X.length; i++) {
    const list = lists[pattern[i % pattern.length]];
    const next = list.shift();
    if (next) pool.push(next);
    if (i > 10_000) break;
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------------
// The model, built first as plain data, then written as YAML

interface Location extends Region {}

interface Segment {
  id: string;
  name: string;
  jurisdiction: string;
  zone: "EEA" | "UK";
  storage: string;
  violation?: "residency";
}

interface Product {
  id: string;
  name: string;
  retired: boolean;
  violation?: "notice";
}

interface Subprocessor {
  id: string;
  name: string;
  legalName: string;
  country: string;
  profiles: Profile[];
  categories: string[];
  locations: Location[];
  services: string[];
  dpf: boolean;
  retired: boolean;
  violation?: "stale-assessment" | "no-dpa";
}

type ActivityViolation =
  | "no-art6"
  | "li-no-assessment"
  | "slow-response"
  | "no-purposes"
  | "us-storage"
  | "no-access"
  | "unauthorised-access"
  | "missing-promised-location"
  | "no-routing"
  | "stale-dpia"
  | "no-retention"
  | "weak-security"
  | "unknown-category";

/** The rule each injected violation breaks, for the waivers that cover some of them. */
const RULE_OF: Record<ActivityViolation, string> = {
  "no-art6": "lawfulness.art6_basis",
  "li-no-assessment": "lawfulness.legitimate_interests_assessment",
  "slow-response": "rights.response_time",
  "no-purposes": "art30.controller_record",
  "us-storage": "storage.controller_location",
  "no-access": "access.roles_listed",
  "unauthorised-access": "access.limited",
  "missing-promised-location": "storage.promised_location",
  "no-routing": "rights.route_to_controller",
  "stale-dpia": "dpia.review",
  "no-retention": "retention.defined",
  "weak-security": "security.special_categories",
  "unknown-category": "records.known_category",
};

const CONTROLLER_VIOLATIONS: ActivityViolation[] = ["no-art6", "li-no-assessment", "slow-response", "no-purposes", "us-storage", "no-retention", "unknown-category"];
const PROCESSOR_VIOLATIONS: ActivityViolation[] = ["no-access", "unauthorised-access", "missing-promised-location", "no-routing", "stale-dpia", "no-retention", "weak-security", "unknown-category"];

interface Activity {
  id: string;
  area: string;
  role: "controller" | "processor";
  profile: Profile;
  name: string;
  since: string;
  segments: string[];
  products: string[];
  storage: string[];
  subprocessors: string[];
  categories: string[];
  largeScale: boolean;
  retired: boolean;
  violation?: ActivityViolation;
}

/** How many records of each kind a register of `n` records holds: ~70% activities, ~0.4% subprocessors. */
export function plan(n: number, locationsAvailable: number): Record<Kind, number> {
  const locations = Math.min(locationsAvailable, Math.max(4, Math.round(Math.sqrt(n) / 8)));
  const subprocessors = Math.max(3, Math.round(n * 0.004));
  const segments = Math.max(2, Math.round(n * 0.14));
  const products = Math.max(2, Math.round(n * 0.14));
  const waivers = Math.max(1, Math.round(n * 0.003));
  const activities = n - 1 - locations - subprocessors - segments - products - waivers;
  return { Organisation: 1, StorageLocation: locations, Subprocessor: subprocessors, CustomerSegment: segments, Product: products, Waiver: waivers, ProcessingActivity: activities, DataCategory: 0 };
}

export function generateRegister(opts: GenerateOptions): GeneratedRegister {
  const n = opts.records;
  if (!Number.isInteger(n) || n < MIN_RECORDS) throw new Error(`--records must be a whole number of at least ${MIN_RECORDS}`);
  const today = opts.today ?? DEFAULT_TODAY;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("--today must be YYYY-MM-DD");
  const r = rng(opts.seed ?? DEFAULT_SEED);
  const pool = regionPool();
  const counts = plan(n, pool.length);
  const VIOLATION_RATE = 0.015;
  /** A date within the last `max` days (but at least `min` ago). */
  const recent = (min: number, max: number) => addDays(today, -r.int(min, max));
  const old = (yearsMin: number, yearsMax: number) => addDays(today, -r.int(yearsMin * 365, yearsMax * 365));

  // Locations, and the organisation's promise of where each jurisdiction's data stays.
  const locations: Location[] = pool.slice(0, counts.StorageLocation);
  const eeaLocations = locations.filter((l) => l.zone === "EEA");
  const ukLocations = locations.filter((l) => l.zone === "UK");
  const otherLocations = locations.filter((l) => l.zone === "OTHER");
  const badLocation = n >= 1000 ? locations[locations.length - 1] : undefined; // one wrong city in bigger registers

  // Customer segments: 3 in 4 in the EEA, the rest in the UK; each promised a location in its jurisdiction.
  const segments: Segment[] = [];
  for (let i = 0; i < counts.CustomerSegment; i++) {
    const uk = r.chance(0.25);
    const jurisdiction = uk ? "GB" : r.pick(EEA_JURISDICTIONS);
    const place = r.pick(PLACES);
    const seg: Segment = {
      id: `seg-${pad(i + 1, 6)}`,
      name: `${uk ? "NHS trust" : "Care providers"} ${place} ${i + 1}`,
      jurisdiction,
      zone: uk ? "UK" : "EEA",
      storage: (uk ? r.skewed(ukLocations) : r.skewed(eeaLocations)).id,
    };
    if (uk && r.chance(VIOLATION_RATE)) {
      seg.violation = "residency";
      seg.storage = eeaLocations[0].id;
    }
    segments.push(seg);
  }
  const segmentById = new Map(segments.map((s) => [s.id, s]));

  // Products: a few retired; one in ~70 has an incomplete privacy notice.
  const products: Product[] = [];
  for (let i = 0; i < counts.Product; i++) {
    const p: Product = { id: `prod-${pad(i + 1, 6)}`, name: `${r.pick(PRODUCT_WORDS)} ${r.pick(PRODUCT_WORDS)} ${i + 1}`, retired: i > 0 && r.chance(0.02) };
    if (!p.retired && r.chance(VIOLATION_RATE)) p.violation = "notice";
    products.push(p);
  }
  const activeProducts = products.filter((p) => !p.retired);

  // Subprocessors: the first three are hyperscalers that host everything; the rest reach one to three profiles.
  const profiles = Object.keys(PROFILES) as Profile[];
  const subprocessors: Subprocessor[] = [];
  for (let i = 0; i < counts.Subprocessor; i++) {
    const hosting = i < 3;
    const subProfiles = hosting ? profiles : r.some(profiles, 1, 3);
    const where = hosting
      ? [eeaLocations[i % eeaLocations.length], ukLocations[i % ukLocations.length], ...(otherLocations.length ? [otherLocations[i % otherLocations.length]] : [])]
      : r.some(locations, 1, 3);
    const uniqueWhere = [...new Map(where.map((l) => [l.id, l])).values()];
    const base = hosting ? ["Hyperscale", "Skyline", "Northwind"][i] : `${r.pick(VENDOR_WORDS)}${r.pick(VENDOR_WORDS).toLowerCase()}`;
    const s: Subprocessor = {
      id: `sub-${pad(i + 1, 5)}`,
      name: `${base} ${i + 1}`,
      legalName: `${base} ${i + 1} ${r.pick(VENDOR_SUFFIX)}`,
      country: uniqueWhere.some((l) => l.country === "US") ? "US" : r.pick(["IE", "SE", "NO", "DE", "NL", "GB", "DK", "FI"]),
      profiles: subProfiles,
      categories: [...new Set(subProfiles.flatMap((p) => PROFILES[p]))].sort(),
      locations: uniqueWhere,
      services: hosting ? ["cloud hosting", "backups"] : r.some(SERVICES, 1, 2),
      dpf: r.chance(0.5),
      retired: !hosting && r.chance(0.03),
    };
    if (!s.retired && !hosting && r.chance(VIOLATION_RATE * 2)) s.violation = r.pick(["stale-assessment", "no-dpa"] as const);
    subprocessors.push(s);
  }
  const activeSubs = subprocessors.filter((s) => !s.retired);
  const subsFor = new Map(profiles.map((p) => [p, activeSubs.filter((s) => s.profiles.includes(p))]));

  // Activities.
  const activities: Activity[] = [];
  for (let i = 0; i < counts.ProcessingActivity; i++) {
    const role = r.chance(0.6) ? "processor" : "controller";
    const profile = r.pick(role === "processor" ? PROCESSOR_PROFILES : CONTROLLER_PROFILES);
    const cats = PROFILES[profile];
    const categories = r.some(cats, Math.min(2, cats.length), cats.length).sort((a, b) => cats.indexOf(a as never) - cats.indexOf(b as never));
    const segs = role === "processor" ? r.some(segments, 1, 4).map((s) => s.id).sort() : [];
    const storage =
      role === "processor"
        ? [...new Set(segs.map((s) => segmentById.get(s)!.storage))]
        : [...new Set([r.skewed(eeaLocations).id, ...(r.chance(0.2) ? [r.pick(ukLocations).id] : [])])];
    const candidates = subsFor.get(profile)!;
    const hostingSub = candidates[r.int(0, Math.min(2, candidates.length - 1))];
    const extra = candidates.length > 3 ? Array.from({ length: r.int(0, 2) }, () => candidates[3 + Math.floor(r.next() * r.next() * (candidates.length - 3))]) : [];
    const a: Activity = {
      id: `act-${pad(i + 1, 6)}`,
      area: AREA[profile],
      role,
      profile,
      name: activityName(r, profile, role),
      since: old(1, 9),
      segments: segs,
      products: [...new Set(Array.from({ length: r.int(1, 2) }, () => r.skewed(activeProducts).id))].sort(),
      storage,
      subprocessors: [...new Set([hostingSub.id, ...extra.map((s) => s.id)])],
      categories,
      largeScale: categories.some((c) => SPECIAL.has(c)) && r.chance(0.5),
      retired: r.chance(0.03),
    };
    if (!a.retired && r.chance(VIOLATION_RATE)) a.violation = r.pick(role === "processor" ? PROCESSOR_VIOLATIONS : CONTROLLER_VIOLATIONS);
    if (a.violation === "stale-dpia" && !a.largeScale) a.violation = "no-retention";
    if (a.violation === "weak-security" && !categories.some((c) => SPECIAL.has(c))) a.violation = "no-retention";
    if (a.violation === "missing-promised-location" && a.storage.length < 2) a.violation = "no-routing";
    activities.push(a);
  }

  // Every active subprocessor and product is used by an active activity (else a legitimate warning).
  const active = activities.filter((a) => !a.retired);
  const usedSubs = new Set(active.flatMap((a) => a.subprocessors));
  for (const s of activeSubs) {
    if (usedSubs.has(s.id)) continue;
    const users = active.filter((a) => s.profiles.includes(a.profile));
    const a = users.length ? r.pick(users) : undefined;
    if (a) a.subprocessors.push(s.id);
    else s.retired = true; // no activity of its profiles: a supplier that was let go
  }
  const usedProducts = new Set(active.flatMap((a) => a.products));
  for (const p of activeProducts) {
    if (usedProducts.has(p.id)) continue;
    const a = r.pick(active);
    a.products = [...a.products, p.id].sort();
  }

  // Waivers cover some of the injected activity violations, as a DPO would grant them.
  const waivable = active.filter((a) => a.violation && a.violation !== "unknown-category" && a.violation !== "no-purposes");
  const waivers = Array.from({ length: counts.Waiver }, (_, i) => {
    const a = waivable.length ? waivable[Math.floor((i * waivable.length) / counts.Waiver)] : undefined;
    return {
      id: `waiver-${pad(i + 1, 5)}`,
      rule: a ? RULE_OF[a.violation!] : "subprocessors.assessment",
      record: a ? a.id : activeSubs[0].id,
      approvedOn: recent(10, 60),
      days: r.int(60, 150),
    };
  });

  // Write.
  const files: SourceFile[] = [];
  const add = (path: string, lines: string[]) => files.push({ path, text: lines.join("\n") + "\n" });

  add("organisation.yaml", organisationYaml(eeaLocations, ukLocations));
  for (const l of locations) add(`locations/${l.id}.yaml`, locationYaml(l, l === badLocation));
  for (const s of segments) add(`segments/${s.id}.yaml`, segmentYaml(r, s));
  for (const p of products) add(`products/${p.id}.yaml`, productYaml(r, p, recent, old));
  for (const s of subprocessors) add(`subprocessors/${s.id}.yaml`, subprocessorYaml(r, s, recent, old));
  for (const a of activities) add(`activities/${a.area}/${a.id}.yaml`, activityYaml(r, a, locations, recent, old));
  for (const w of waivers) add(`waivers/${w.id}.yaml`, waiverYaml(w, addDays(w.approvedOn, w.days)));

  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const injected =
    segments.filter((s) => s.violation).length +
    products.filter((p) => p.violation).length +
    subprocessors.filter((s) => s.violation && !s.retired).length +
    active.filter((a) => a.violation).length +
    (badLocation ? 1 : 0);
  return { files, counts: { ...counts, Subprocessor: subprocessors.length }, injected };
}

function activityName(r: Rng, profile: Profile, role: string): string {
  const place = r.pick(PLACES);
  switch (profile) {
    case "clinical":
      return `Remote monitoring of ${r.pick(NOUNS)} patients, ${place}`;
    case "patient-app":
      return `Patient app and messaging for ${r.pick(NOUNS)} care, ${place}`;
    case "genomics":
      return `Genetic screening support, ${place}`;
    case "customer-admin":
      return `Customer administration, ${place} office`;
    case "marketing":
      return `Website, events and customer contact, ${place}`;
    case "telemetry":
      return `Usage statistics and technical security data, ${r.pick(PRODUCT_WORDS)}`;
    case "support":
      return `${role === "processor" ? "Technical support for customers" : "Support desk"}, ${place}`;
    case "people":
      return `Staff administration, ${place} office`;
  }
}

// ---------------------------------------------------------------------------------------------------
// YAML writers, laid out like the hand-written records in records/

function organisationYaml(eea: Location[], uk: Location[]): string[] {
  const cities = (ls: Location[]) => ids([...new Set(ls.map((l) => l.city))].map(qf));
  return [
    "# The organisation that keeps this register (generated for the benchmark).",
    "apiVersion: ropa/v1",
    "kind: Organisation",
    "id: org",
    "name: Nordhelse Group",
    "legal_name: Nordhelse Group ASA",
    "country: NO",
    "contact:",
    "  name: Nordhelse privacy team",
    "  email: privacy@nordhelse.example",
    "  address: Oslo, Norway",
    "dpo:",
    "  name: Data protection officer",
    "  email: dpo@nordhelse.example",
    "data_residency:",
    "  - jurisdiction: EEA",
    `    locations: ${ids(eea.map((l) => l.id))}`,
    `    cities: ${cities(eea)}`,
    `    promise: "Data of EU/EEA customers is stored in the EEA."`,
    "  - jurisdiction: UK",
    `    locations: ${ids(uk.map((l) => l.id))}`,
    `    cities: ${cities(uk)}`,
    `    promise: "Data of UK customers is stored in the UK."`,
    "access_without_authorisation: [technical, support]",
  ];
}

function locationYaml(l: Location, wrongCity: boolean): string[] {
  return [
    "apiVersion: ropa/v1",
    "kind: StorageLocation",
    `id: ${l.id}`,
    `name: ${q(`${l.providerName} (${l.city})`)}`,
    `description: ${q(`Hosting in ${l.city}.`)}`,
    `provider: ${l.provider}`,
    `region: ${l.region}`,
    `country: ${l.country}`,
    `city: ${q(wrongCity ? "Atlantis" : l.city)}${wrongCity ? " # typo: the region is elsewhere" : ""}`,
  ];
}

function segmentYaml(r: Rng, s: Segment): string[] {
  const major = r.int(1, 4);
  return [
    "apiVersion: ropa/v1",
    "kind: CustomerSegment",
    `id: ${s.id}`,
    `name: ${q(s.name)}`,
    `controllers: ${q(s.zone === "UK" ? "NHS trusts, integrated care boards and care homes" : "Municipalities and hospitals offering remote follow-up")}`,
    `jurisdiction: ${s.jurisdiction}`,
    `storage_location: ${s.storage}${s.violation ? " # moved without changing the promise" : ""}`,
    "dpa:",
    `  template_version: ${q(`DPA-${s.jurisdiction} ${major}.${r.int(0, 9)}`)}`,
    "  reference: Nordhelse data processing agreement",
    "notice_period_days: 30",
  ];
}

type DateFn = (a: number, b: number) => string;

function productYaml(r: Rng, p: Product, recent: DateFn, old: DateFn): string[] {
  const lines = [
    "apiVersion: ropa/v1",
    "kind: Product",
    `id: ${p.id}`,
    `name: ${q(p.name)}`,
    `description: ${q(`${p.name}: ${r.pick(["a service for care providers", "an app for patients", "an internal tool", "the public website"])}.`)}`,
    "privacy_notice:",
    `  url: https://www.nordhelse.example/privacy/${p.id}`,
    ...(p.violation ? [] : [`  version: "${2020 + r.int(0, 6)}-${r.int(1, 3)}"`]),
    `  updated_on: ${recent(30, 700)}`,
  ];
  if (p.retired) lines.push("status: retired", `retired_on: ${old(1, 3)}`, "retired_reason: Replaced by a newer product.");
  return lines;
}

function subprocessorYaml(r: Rng, s: Subprocessor, recent: DateFn, old: DateFn): string[] {
  const abroad = s.locations.filter((l) => l.country === "US");
  const lines = [
    "apiVersion: ropa/v1",
    "kind: Subprocessor",
    `id: ${s.id}`,
    `name: ${q(s.name)}`,
    `legal_name: ${q(s.legalName)}`,
    `country: ${s.country}`,
    `services: ${ids(s.services.map(qf))}`,
    `processing_locations: ${ids(s.locations.map((l) => l.id))}`,
    "data_categories:",
    ...s.categories.map((c) => `  - ${c}`),
  ];
  if (s.violation !== "no-dpa") lines.push("dpa:", `  reference: ${q(`${s.name} data processing addendum`)}`, `  signed_on: ${old(2, 7)}`);
  if (abroad.length) {
    if (s.dpf) lines.push("dpf:", "  certified: true", "  uk_extension: true", `  verified_on: ${recent(10, 200)}`);
    else {
      lines.push("transfer_mechanisms:");
      for (const l of abroad) {
        const signed = old(1, 4);
        lines.push(`  - location: ${l.id}`, "    mechanism: scc-2021-914-module-3", `    signed_on: ${signed}`);
        lines.push(`  - location: ${l.id}`, "    mechanism: uk-addendum", `    signed_on: ${signed}`);
      }
    }
  }
  const assessed = s.violation === "stale-assessment" ? old(2, 3) : recent(5, 330);
  lines.push("privacy_assessment:", `  assessed_on: ${assessed}`, `  outcome: ${r.chance(0.1) ? "approved-with-conditions" : "approved"}`, `  reference: SUP-${assessed.slice(0, 4)}-${pad(r.int(1, 999), 3)}`);
  lines.push(`effective_from: ${old(2, 8)}`);
  if (s.retired) lines.push("status: retired", `retired_on: ${old(1, 2)}`, "retired_reason: The contract ended.");
  return lines;
}

const RETENTION_AFTER: Record<string, string> = {
  processor: "end of the customer contract",
  controller: "end of the customer relationship",
};

function activityYaml(r: Rng, a: Activity, locations: Location[], recent: DateFn, old: DateFn): string[] {
  const v = a.violation;
  const special = a.categories.filter((c) => SPECIAL.has(c));
  const lines = [
    `# Owner: ${a.area} · reviewed ${recent(10, 300)}`,
    "apiVersion: ropa/v1",
    "kind: ProcessingActivity",
    `id: ${a.id}`,
    `name: ${q(a.name)}`,
    "description: >-",
    `  ${a.role === "processor" ? "Processing on the instructions of the customers that are the controllers" : "Processing for the organisation's own purposes"}:`,
    `  ${a.name[0].toLowerCase()}${a.name.slice(1)}.`,
    `role: ${a.role}`,
    `since: ${a.since}`,
  ];
  if (a.role === "processor") {
    lines.push(`customer_segments: ${ids(a.segments)}`);
    lines.push(...texts("processing_operations", r.some(OPERATIONS, 2, 4)));
  } else if (v !== "no-purposes") {
    lines.push(...texts("purposes", r.some(PURPOSES[a.profile], 1, 3)));
  }
  lines.push(`data_subjects: ${ids(r.some(SUBJECTS[a.profile], 1, 3).map(qf))}`);
  lines.push("data_categories:");
  a.categories.forEach((c, i) => {
    lines.push(`  - category: ${c}`);
    if (v === "no-retention" && i === 0) return;
    const period = a.role === "processor" ? "P3M" : r.pick(["P12M", "P2Y", "P3Y", "P5Y"]);
    lines.push(r.chance(0.7) ? `    retention: { period: ${period}, after: ${RETENTION_AFTER[a.role]} }` : `    retention: { period: ${period} }`);
  });
  if (v === "unknown-category") lines.push("  - category: face-geometry # not in the taxonomy", "    retention: { period: P1Y }");
  if (a.role === "controller") {
    const art6 = a.profile === "marketing" || a.profile === "telemetry" ? "6(1)(f)" : a.profile === "people" ? "6(1)(c)" : "6(1)(b)";
    const lb = [`legal_basis:`];
    if (v !== "no-art6") lb.push(`  art6: ${art6}`);
    if (special.length) lb.push("  art9: 9(2)(h)");
    if (art6 === "6(1)(f)" && v !== "li-no-assessment" && v !== "no-art6") lb.push(`  assessment: ${q(`LIA-${a.since.slice(0, 4)}-${a.id.slice(4)}`)}`);
    if (lb.length === 1 || r.chance(0.3)) lb.push(`  explanation: ${q("Necessary for the purposes above; reviewed by the privacy team.")}`);
    lines.push(...lb);
    lines.push(...texts("recipients", r.chance(0.5) ? [] : r.some(["accountants and auditors", "tax authorities", "payment providers", "insurers"], 1, 2)));
  } else {
    lines.push("recipients: [] # the customer decides on disclosures");
  }
  lines.push(`products: ${ids(a.products)}`);
  const storage = v === "us-storage" ? [...a.storage, locations.find((l) => l.country === "US")?.id ?? a.storage[0]] : v === "missing-promised-location" ? a.storage.slice(1) : a.storage;
  lines.push(`storage_locations: ${ids([...new Set(storage)])}`);
  lines.push(`subprocessors: ${ids(a.subprocessors)}`);
  const measures = ["encryption-at-rest", "encryption-in-transit"];
  if (special.length && v !== "weak-security") measures.push("access-logging");
  if (special.length || r.chance(0.4)) measures.push("multi-factor-authentication");
  if (r.chance(0.5)) measures.push("role-based-access-control");
  if (r.chance(0.3)) measures.push("backups");
  lines.push(...(measures.length > 3 ? ["security_measures:", ...measures.map((m) => `  - ${m}`)] : [`security_measures: ${ids(measures)}`]));
  if (a.role === "processor" && v !== "no-access") {
    lines.push("access:", "  - role: platform engineers", "    category: technical", "  - role: customer support", "    category: support");
    if (v === "unauthorised-access") lines.push("  - role: data analysts", "    category: other");
    else if (r.chance(0.3)) lines.push("  - role: product managers", "    category: other", "    customer_authorisation: true");
  }
  if (!a.largeScale && special.length) lines.push("large_scale: false");
  if (a.largeScale) {
    lines.push("large_scale: true", "dpia:", `  reference: ${q(`DPIA-${a.since.slice(0, 4)}-${a.id.slice(4)} ${a.name}`)}`, `  reviewed_on: ${v === "stale-dpia" ? old(2, 3) : recent(5, 330)}`);
  }
  if (a.profile === "telemetry") {
    lines.push("telemetry:", "  anonymised: true", "  aggregated: true", "  method: Events are counted per feature and day on the server; small counts are suppressed.", `  minimum_group_size: ${r.pick([5, 10, 20])}`);
  }
  lines.push("data_subject_requests:");
  if (a.role === "processor") {
    lines.push("  procedure: Requests are forwarded to the customer (controller) within 2 working days.");
    if (v !== "no-routing") lines.push("  route_to_controller: true");
    lines.push("  response_days: 30");
  } else {
    lines.push(`  procedure: Requests to privacy@nordhelse.example are logged and answered by the privacy team.`, `  response_days: ${v === "slow-response" ? 45 : 30}`);
  }
  if (a.retired) lines.push("status: retired", `retired_on: ${recent(30, 600)}`, "retired_reason: The service was discontinued.");
  return lines;
}

function waiverYaml(w: { id: string; rule: string; record: string; approvedOn: string }, expires: string): string[] {
  return [
    "apiVersion: ropa/v1",
    "kind: Waiver",
    `id: ${w.id}`,
    `name: ${q(`Exception to ${w.rule} for ${w.record}`)}`,
    `rule: ${w.rule}`,
    `record: ${w.record}`,
    "reason: The fix is planned for the next release; the risk was assessed as low meanwhile.",
    "approved_by: Data protection officer",
    `approved_on: ${w.approvedOn}`,
    `expires_on: ${expires}`,
    `ticket: https://tracker.nordhelse.example/PRIV-${w.id.slice(7)}`,
  ];
}

// ---------------------------------------------------------------------------------------------------
// Disk

/** Writes the register into `dir`, which must not exist or be empty (nothing is ever overwritten). */
export function writeRegister(dir: string, files: SourceFile[]): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; give a new or empty folder`);
  const made = new Set<string>();
  for (const f of files) {
    const path = join(dir, f.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, f.text);
  }
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { records: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: String(DEFAULT_SEED) }, today: { type: "string", default: DEFAULT_TODAY } },
    strict: true,
  });
  if (!values.records || !values.out) throw new Error("usage: npm run bench:generate -- --records <n> --out <dir> [--seed <n>] [--today YYYY-MM-DD]");
  const t0 = performance.now();
  const reg = generateRegister({ records: Number(values.records), seed: Number(values.seed), today: values.today });
  writeRegister(resolve(values.out), reg.files);
  const kinds = Object.entries(reg.counts).map(([k, c]) => `${c} ${k}`).join(", ");
  console.log(`bench:generate: ${reg.files.length} records (${kinds}; ${reg.injected} with a deliberate violation) in ${values.out} in ${Math.round(performance.now() - t0)} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`bench:generate: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}
