/** A file of the register as read from disk or from a git object. `path` is relative to the register root, with `/`. */
export interface SourceFile {
  path: string;
  text: string;
  /** Git's id of the text, when it was read from git objects: the cache's key, known without the text. */
  oid?: string;
  /** Its size in bytes, when known without the text (a blob whose text is read only if asked for). */
  size?: number;
}

export interface Position {
  line: number;
  col: number;
}

/** The kinds of record, as written in each file's `kind:`. */
export const KINDS = [
  "Organisation",
  "ProcessingActivity",
  "Subprocessor",
  "StorageLocation",
  "CustomerSegment",
  "Product",
  "Waiver",
  "DataCategory",
] as const;
export type Kind = (typeof KINDS)[number];

export type RecordData = { [key: string]: unknown };

/** One record with where each of its values stands in its file. */
export interface LoadedRecord {
  file: string;
  kind: Kind;
  id: string;
  data: RecordData;
  /** JSON pointer ("" for the record, "/storage_locations/0" …) → position of that key or item. */
  positions: Map<string, Position>;
}

export type Severity = "error" | "warning" | "info";

export interface LegalRef {
  ref: string;
  url?: string;
}

/** A rule as described by its METADATA. */
export interface RuleMeta {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  /** Articles of law the rule enforces. */
  legal: LegalRef[];
  /**
   * What kind of public promise the rule checks (e.g. "where customers' data is stored"). Such a rule applies
   * only when the organisation states that promise, in its own words, under `promises` by rule id.
   */
  promise?: string;
  remediation: string;
  /** Message with {placeholders} filled from the violation's params. */
  message: string;
  package: string;
  /** `custom.waivable: false`: no waiver can cover the rule's findings. */
  waivable?: false;
}

/** What a policy returns for each broken rule: structured, so messages are built here, not in Rego. */
export interface Violation {
  rule: string;
  record: string;
  path: (string | number)[];
  params: { [key: string]: unknown };
  /** `path` with each list index replaced by the item's key (a location id, a category id, a role): stable when a list is reordered. */
  key: string[];
  /** The params that say what the finding is about (e.g. `{country: "US"}`); with rule, record and key, the finding's identity. */
  subject: { [key: string]: unknown };
  /** The id of the valid waiver that covers this violation, if any. */
  waiver?: string;
}

/** The DPO's exception that covers a finding: shown, never hidden, and not counted against the verdict. */
export interface Waived {
  waiver: string;
  approved_by: string;
  expires_on: string;
  reason: string;
}

export interface Finding {
  rule: string;
  title: string;
  severity: Severity;
  message: string;
  legal: LegalRef[];
  promise?: string;
  /** The organisation's privacy statement, which the promise quotes (Organisation `privacy_statement_url`). */
  promise_url?: string;
  remediation: string;
  record: string;
  kind: Kind;
  file: string;
  line: number;
  col: number;
  /** The JSON path inside the record the finding points at. */
  path: (string | number)[];
  /** The same path with list items named by their keys: it survives reordering a list. */
  key: string[];
  /** What the finding is about (see Violation.subject). With rule, record and key, its identity. */
  subject: { [key: string]: unknown };
  waived?: Waived;
}
