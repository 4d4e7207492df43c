// A fake GitHub REST API for end-to-end tests of the action: a node:http server on 127.0.0.1 that keeps
// issues, comments, reviews and team members in memory, and checks every request it receives and every
// response it sends against GitHub's own OpenAPI description (@octokit/openapi). Anything that does not
// match is written to `violations`, which tests assert is empty. It also answers GraphQL's `viewer` query.
//
// The description is read from api.github.com.json (13 MB, ~0.3 s to parse) rather than the .deref.json
// (73 MB, ~1.2 s and several hundred MB of heap): its `$ref`s are resolved lazily, per operation, by giving
// each component schema that an operation reaches its own id in one Ajv instance. The file is read once per
// process, on the first request (or `preloadOpenApi()`), and validators are compiled per operation + status
// on first use and cached for the life of the process.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  STATUS_CODES,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";

// ajv-formats is CommonJS whose types only describe `.default`; at run time the import is the function itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

export type UserType = "User" | "Bot" | "Organization";
export type AuthorAssociation =
  | "COLLABORATOR"
  | "CONTRIBUTOR"
  | "FIRST_TIMER"
  | "FIRST_TIME_CONTRIBUTOR"
  | "MANNEQUIN"
  | "MEMBER"
  | "NONE"
  | "OWNER";

export interface FakeUser {
  login: string;
  id: number;
  type: UserType;
}
/** A user given by login, or partly: missing `id` is derived from the login, missing `type` is "Bot" for "…[bot]". */
export type UserInput = string | { login: string; id?: number; type?: UserType };

export interface FakeComment {
  id: number;
  node_id: string;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user: FakeUser;
  author_association: AuthorAssociation;
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  id: number;
  node_id: string;
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  /** Label names. */
  labels: string[];
  /** Assignee logins. */
  assignees: string[];
  user: FakeUser;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: FakeUser | null;
}

/** A pull-request review as a test sets it; what is missing is filled in when it is served. */
export interface ReviewSeed {
  id?: number;
  user: UserInput;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING" | (string & {});
  submitted_at?: string;
  commit_id?: string | null;
  body?: string;
  author_association?: AuthorAssociation;
}

export interface LoggedRequest {
  method: string;
  /** When it arrived (performance.now() of the test's process). */
  at: number;
  /** Path without the query string, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** Status answered; 0 while unanswered, and for `reset`/`hang` faults. */
  status: number;
  /** The token from `authorization: token X` / `Bearer X`, if any. */
  token?: string;
  /** The operation the method + path matched in the OpenAPI description, if any. */
  operationId?: string;
  headers: IncomingHttpHeaders;
}

export interface FaultMatcher {
  method?: string;
  /** Exact path (no query string) or a RegExp tested against it. */
  path?: string | RegExp;
  operationId?: string;
}

export type Fault = (
  | { reset: true } // destroy the socket: the client sees ECONNRESET / "other side closed"
  | { hang: true } // never answer (until close())
  | { delayMs: number } // answer normally, after this long (to make two clients' requests interleave)
  | {
      status: number; // e.g. 500 | 502 | 503 | 422 | 403 | 429
      /** With 403 or 429: GitHub's secondary-rate-limit body and a `retry-after` header. */
      secondaryRateLimit?: boolean;
      /** Seconds, sent as `retry-after` (429 without secondaryRateLimit also gets x-ratelimit-remaining: 0). */
      retryAfter?: number;
      /** Replaces the JSON body. */
      body?: unknown;
      headers?: Record<string, string>;
    }
) & {
  /** How many matching requests this fault answers; default 1. */
  times?: number;
};

/** What a custom handler (see `on`) is given. */
export interface HandlerRequest {
  method: string;
  path: string;
  operationId: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  token: string;
  user: FakeUser;
}
export interface HandlerResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export type Handler = (req: HandlerRequest, fake: FakeGitHub) => HandlerResponse | Promise<HandlerResponse>;

export interface FakeGitHubOptions {
  /**
   * Who the token belongs to. Default "github-actions[bot]" (type Bot, id 41898282): the GITHUB_TOKEN of
   * a workflow run. Comments and issues the fake creates are authored by this user.
   */
  actor?: UserInput;
  /**
   * The token is a GitHub App installation token (such as GITHUB_TOKEN): GET /user answers 403 "Resource not
   * accessible by integration". Default: true when the actor's login ends in "[bot]".
   */
  installationToken?: boolean;
  /** Every POST/PATCH/PUT/DELETE answers 403 "Resource not accessible by integration" (fork PR token). */
  readOnly?: boolean;
  /** Team slug (or "org/slug") → member logins. */
  teamMembers?: Record<string, string[]>;
  /** PR number → its reviews. */
  reviews?: Record<number, ReviewSeed[]>;
  /** When set ("owner/repo"), requests for other repositories answer 404. */
  repository?: string;
  /** x-ratelimit-limit; default 5000. */
  rateLimit?: number;
  /** Number the first created issue gets; default 101. */
  firstIssueNumber?: number;
  /** Clock for created_at etc.; default the real time. */
  now?: () => Date;
}

export interface FakeGitHub {
  /** e.g. "http://127.0.0.1:54321" — pass as GITHUB_API_URL / Octokit baseUrl. */
  readonly url: string;
  close(): Promise<void>;
  readonly requests: LoggedRequest[];
  /** Every request or response that did not match the OpenAPI description (or the fake's contract). */
  readonly violations: string[];
  readonly comments: Map<number, FakeComment>;
  readonly issues: Map<number, FakeIssue>;
  readonly reviews: Map<number, ReviewSeed[]>;
  readonly teamMembers: Map<string, string[]>;
  /** Mutable at any time, like the next three. */
  readOnly: boolean;
  actor: FakeUser;
  installationToken: boolean;
  fail(matcher: FaultMatcher, fault: Fault): void;
  /** Seeds a comment (e.g. one left by an earlier run); default repo "owner/repo", default author the actor. */
  addComment(seed: {
    issue_number: number;
    body: string;
    user?: UserInput;
    owner?: string;
    repo?: string;
    created_at?: string;
    updated_at?: string;
    author_association?: AuthorAssociation;
  }): FakeComment;
  /** Seeds an issue; number defaults to the next free one. */
  addIssue(seed: {
    title: string;
    body?: string | null;
    number?: number;
    state?: "open" | "closed";
    labels?: string[];
    assignees?: string[];
    user?: UserInput;
    owner?: string;
    repo?: string;
    created_at?: string;
  }): FakeIssue;
  /** Serves an operation the fake does not implement (or overrides one); requests and responses are still checked. */
  on(operationId: string, handler: Handler): void;
  /** The comments of one issue/PR, oldest first. */
  commentsOn(issue_number: number, owner?: string, repo?: string): FakeComment[];
}

// ---------------------------------------------------------------------------------------------------------
// The OpenAPI description
// ---------------------------------------------------------------------------------------------------------

type Json = any;

interface Param {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Json;
}
interface Operation {
  operationId: string;
  method: string;
  template: string;
  segments: { literal: string | null; regex: RegExp }[];
  params: Param[];
  requestSchema?: Json;
  requestRequired: boolean;
  requestContentTypes: string[];
  /** status ("200", "4XX", "default") → JSON schema of application/json, or null when it declares no JSON body. */
  responses: Map<string, Json | null>;
  docsUrl: string;
  category: string;
}

const SCHEMA_BASE = "https://fake-github.invalid/components/schemas/";
const SKIPPED_KEYWORDS = new Set([
  "nullable",
  "example",
  "examples",
  "description",
  "title",
  "discriminator",
  "externalDocs",
  "xml",
  "readOnly",
  "writeOnly",
  "deprecated",
]);

class Spec {
  private readonly doc: Json;
  private readonly byMethod = new Map<string, Operation[]>();
  readonly byId = new Map<string, Operation>();
  private readonly ajv: Ajv;
  private readonly added = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction | string>();

  constructor(file: string) {
    this.doc = JSON.parse(readFileSync(file, "utf8"));
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
    addFormats(this.ajv);
    for (const f of ["uri-template", "repo.nwo", "timestamp"]) this.ajv.addFormat(f, true);
    for (const [template, item] of Object.entries<Json>(this.doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        if (!op || typeof op !== "object" || !op.operationId) continue;
        const operation = this.index(template, method.toUpperCase(), op, item.parameters ?? []);
        const list = this.byMethod.get(operation.method) ?? [];
        list.push(operation);
        this.byMethod.set(operation.method, list);
        this.byId.set(operation.operationId, operation);
      }
    }
  }

  private deref(o: Json): Json {
    let seen = 0;
    while (o && typeof o.$ref === "string" && seen++ < 10) {
      const parts = o.$ref.replace(/^#\//, "").split("/").map(unescapePointer);
      o = parts.reduce((a: Json, k: string) => a?.[k], this.doc);
    }
    return o;
  }

  private index(template: string, method: string, op: Json, shared: Json[]): Operation {
    const params = new Map<string, Param>();
    for (const p of [...shared, ...(op.parameters ?? [])].map((x) => this.deref(x))) {
      params.set(`${p.in}:${p.name}`, { name: p.name, in: p.in, required: !!p.required, schema: p.schema ?? {} });
    }
    const body = op.requestBody ? this.deref(op.requestBody) : undefined;
    const responses = new Map<string, Json | null>();
    for (const [status, r] of Object.entries<Json>(op.responses ?? {})) {
      responses.set(status, this.deref(r)?.content?.["application/json"]?.schema ?? null);
    }
    const segments = template
      .split("/")
      .slice(1)
      .map((s) => ({
        literal: s.includes("{") ? null : s,
        regex: new RegExp("^" + s.split(/\{[^}]+\}/).map(escapeRegExp).join("([^/]+)") + "$"),
      }));
    return {
      operationId: op.operationId,
      method,
      template,
      segments,
      params: [...params.values()],
      requestSchema: body?.content?.["application/json"]?.schema,
      requestRequired: !!body?.required,
      requestContentTypes: Object.keys(body?.content ?? {}),
      responses,
      docsUrl: op.externalDocs?.url ?? "https://docs.github.com/rest",
      category: op["x-github"]?.category ?? op.operationId.split("/")[0],
    };
  }

  /** The operation whose template matches, preferring literal segments over parameters, left to right. */
  match(method: string, path: string): { op: Operation; params: Record<string, string> } | undefined {
    const segs = path.split("/").slice(1);
    let best: { op: Operation; params: Record<string, string> } | undefined;
    for (const op of this.byMethod.get(method) ?? []) {
      if (op.segments.length !== segs.length) continue;
      if (!op.segments.every((s, i) => s.regex.test(segs[i]!))) continue;
      if (best && !moreSpecific(op, best.op)) continue;
      best = { op, params: {} };
    }
    if (!best) return undefined;
    const names = [...best.op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const values = best.op.segments.flatMap((s, i) => (s.literal === null ? s.regex.exec(segs[i]!)!.slice(1) : []));
    names.forEach((n, i) => (best!.params[n] = safeDecode(values[i] ?? "")));
    return best;
  }

  pathExists(path: string): string[] {
    const segs = path.split("/").slice(1);
    const methods: string[] = [];
    for (const [method, ops] of this.byMethod) {
      if (ops.some((op) => op.segments.length === segs.length && op.segments.every((s, i) => s.regex.test(segs[i]!))))
        methods.push(method);
    }
    return methods;
  }

  /** Validates `data` against an OpenAPI 3.0 schema; returns error texts (empty when valid). */
  check(key: string, schema: Json, data: unknown): string[] {
    let v = this.validators.get(key);
    if (v === undefined) {
      try {
        v = this.compile(schema);
      } catch (e) {
        v = `could not compile the schema: ${(e as Error).message}`;
      }
      this.validators.set(key, v);
    }
    if (typeof v === "string") return [v];
    return v(data) ? [] : describeErrors(v.errors ?? []);
  }

  /** Top-level body properties that the request schema (or any of its branches) does not name. */
  undeclaredProperties(schema: Json, body: unknown): string[] {
    if (!body || typeof body !== "object" || Array.isArray(body)) return [];
    const names = new Set<string>();
    let open = false;
    const collect = (raw: Json, depth: number) => {
      const s = this.deref(raw);
      if (!s || typeof s !== "object" || depth > 5) return;
      if (s.properties) Object.keys(s.properties).forEach((k) => names.add(k));
      else if (!s.allOf && !s.anyOf && !s.oneOf && (s.type === undefined || s.type === "object")) open = true;
      if (s.additionalProperties !== undefined && s.additionalProperties !== false) open = true;
      for (const k of ["allOf", "anyOf", "oneOf"]) for (const sub of s[k] ?? []) collect(sub, depth + 1);
    };
    collect(schema, 0);
    return open ? [] : Object.keys(body).filter((k) => !names.has(k));
  }

  private compile(schema: Json): ValidateFunction {
    const refs = new Set<string>();
    const converted = toJsonSchema(schema, refs);
    this.addComponents(refs);
    return this.ajv.compile(converted);
  }

  private addComponents(refs: Set<string>): void {
    const pending = [...refs];
    while (pending.length) {
      const name = pending.pop()!;
      if (this.added.has(name)) continue;
      this.added.add(name);
      const more = new Set<string>();
      const source = this.doc.components.schemas[name];
      const converted = source === undefined ? {} : toJsonSchema(source, more);
      // Wrapped so that the id never sits beside a $ref (whose siblings draft-07 ignores).
      this.ajv.addSchema({ $id: SCHEMA_BASE + encodeURIComponent(name), allOf: [converted] });
      pending.push(...more);
    }
  }
}

function moreSpecific(a: Operation, b: Operation): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const la = a.segments[i]!.literal !== null;
    const lb = b.segments[i]!.literal !== null;
    if (la !== lb) return la;
  }
  return false;
}

/**
 * OpenAPI 3.0 schema → JSON Schema (draft-07): `nullable: true` adds "null" to `type` (and to `enum`), or
 * wraps the schema in `anyOf [schema, {type: null}]` when it has no single type or combines others
 * (allOf/anyOf/oneOf/$ref); `$ref: #/components/schemas/X` points at the component's own schema id;
 * annotations and `x-` extensions are dropped.
 */
function toJsonSchema(s: Json, refs: Set<string>): Json {
  if (!s || typeof s !== "object" || Array.isArray(s)) return s;
  if (typeof s.$ref === "string") {
    const name = unescapePointer(s.$ref.replace(/^#\/components\/schemas\//, ""));
    refs.add(name);
    const ref = { $ref: SCHEMA_BASE + encodeURIComponent(name) };
    return s.nullable === true ? { anyOf: [ref, { type: "null" }] } : ref;
  }
  const out: Json = {};
  for (const [k, v] of Object.entries<Json>(s)) {
    if (SKIPPED_KEYWORDS.has(k) || k.startsWith("x-")) continue;
    if (k === "properties" || k === "patternProperties") {
      out[k] = Object.fromEntries(Object.entries<Json>(v).map(([p, sub]) => [p, toJsonSchema(sub, refs)]));
    } else if (k === "items" || k === "additionalProperties" || k === "not") {
      out[k] = Array.isArray(v) ? v.map((x) => toJsonSchema(x, refs)) : toJsonSchema(v, refs);
    } else if (k === "allOf" || k === "anyOf" || k === "oneOf") {
      out[k] = (v as Json[]).map((x) => toJsonSchema(x, refs));
    } else {
      out[k] = v;
    }
  }
  if (s.nullable !== true) return out;
  const combines = "allOf" in out || "anyOf" in out || "oneOf" in out || "not" in out;
  if (!combines && typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}

function describeErrors(errors: ErrorObject[]): string[] {
  const out = new Set<string>();
  for (const e of errors) {
    const extra =
      e.keyword === "additionalProperties"
        ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'`
        : e.keyword === "enum"
          ? ` ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}`
          : "";
    out.add(`${e.instancePath || "/"} ${e.message}${extra}`);
  }
  const all = [...out];
  return all.length > 8 ? [...all.slice(0, 8), `… and ${all.length - 8} more schema errors`] : all;
}

let spec: Spec | undefined;
/** Reads and indexes the OpenAPI description (once per process). Call in beforeAll to keep it out of a test's time. */
export function preloadOpenApi(): void {
  spec ??= new Spec(
    createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json"),
  );
}
function getSpec(): Spec {
  preloadOpenApi();
  return spec!;
}

// ---------------------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------------------

const MAX_BODY = 65536;
const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
const GITHUB_ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
const RATE_LIMIT_DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  entry: LoggedRequest;
  url: URL;
  op?: Operation;
  params: Record<string, string>;
}

type Answer = HandlerResponse;

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const clock = options.now ?? (() => new Date());
  const stamp = () => clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  const rateLimit = options.rateLimit ?? 5000;
  const rateReset = Math.floor(clock().getTime() / 1000) + 3600;
  let rateUsed = 0;
  let nextCommentId = 2_500_000_001;
  let nextIssueId = 3_000_000_001;
  let nextIssueNumber = options.firstIssueNumber ?? 101;
  const faults: { matcher: FaultMatcher; fault: Fault; left: number }[] = [];
  const handlers = new Map<string, Handler>();
  const hanging = new Set<ServerResponse>();
  let base = "";

  const actor = toUser(options.actor ?? GITHUB_ACTIONS_BOT);
  const fake: FakeGitHub = {
    url: "",
    close,
    requests: [],
    violations: [],
    comments: new Map(),
    issues: new Map(),
    reviews: new Map(Object.entries(options.reviews ?? {}).map(([k, v]) => [Number(k), v])),
    teamMembers: new Map(Object.entries(options.teamMembers ?? {})),
    readOnly: options.readOnly ?? false,
    actor,
    installationToken: options.installationToken ?? actor.login.endsWith("[bot]"),
    fail(matcher, fault) {
      faults.push({ matcher, fault, left: fault.times ?? 1 });
    },
    addComment(seed) {
      const user = seed.user === undefined ? fake.actor : toUser(seed.user);
      const created = seed.created_at ?? stamp();
      const comment: FakeComment = {
        id: nextCommentId,
        node_id: nodeId("IC_kwDO", nextCommentId),
        owner: seed.owner ?? defaultOwner(),
        repo: seed.repo ?? defaultRepo(),
        issue_number: seed.issue_number,
        body: seed.body,
        user,
        author_association: seed.author_association ?? defaultAssociation(user),
        created_at: created,
        updated_at: seed.updated_at ?? created,
      };
      nextCommentId++;
      fake.comments.set(comment.id, comment);
      return comment;
    },
    addIssue(seed) {
      const number = seed.number ?? nextIssueNumber;
      nextIssueNumber = Math.max(nextIssueNumber, number + 1);
      const created = seed.created_at ?? stamp();
      const closed = seed.state === "closed";
      const issue: FakeIssue = {
        id: nextIssueId,
        node_id: nodeId("I_kwDO", nextIssueId),
        owner: seed.owner ?? defaultOwner(),
        repo: seed.repo ?? defaultRepo(),
        number,
        title: seed.title,
        body: seed.body ?? null,
        state: closed ? "closed" : "open",
        state_reason: closed ? "completed" : null,
        labels: [...(seed.labels ?? [])],
        assignees: [...(seed.assignees ?? [])],
        user: seed.user === undefined ? fake.actor : toUser(seed.user),
        locked: false,
        created_at: created,
        updated_at: created,
        closed_at: closed ? created : null,
        closed_by: closed ? fake.actor : null,
      };
      nextIssueId++;
      fake.issues.set(number, issue);
      return issue;
    },
    on(operationId, handler) {
      if (!getSpec().byId.has(operationId)) throw new Error(`fake-github: no operation ${operationId} in the OpenAPI description`);
      handlers.set(operationId, handler);
    },
    commentsOn(issue_number, owner, repo) {
      return [...fake.comments.values()]
        .filter(
          (c) =>
            c.issue_number === issue_number &&
            (owner === undefined || sameName(c.owner, owner)) &&
            (repo === undefined || sameName(c.repo, repo)),
        )
        .sort((a, b) => a.id - b.id);
    },
  };

  function defaultOwner(): string {
    return options.repository?.split("/")[0] ?? "owner";
  }
  function defaultRepo(): string {
    return options.repository?.split("/")[1] ?? "repo";
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      fake.violations.push(`fake-github crashed on ${req.method} ${req.url}: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ message: "Server Error" }));
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", base);
    const method = (req.method ?? "GET").toUpperCase();
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
    const entry: LoggedRequest = {
      method,
      at: performance.now(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      headers: req.headers,
    };
    if (auth) entry.token = auth[1]!;
    fake.requests.push(entry);
    const ctx: Ctx = { req, res, entry, url, params: {} };
    const where = `${method} ${url.pathname}`;

    // --- the request against the description -------------------------------------------------------------
    let badJson = false;
    if (raw.length > 0) {
      try {
        entry.body = JSON.parse(raw);
      } catch {
        badJson = true;
        entry.body = raw;
        fake.violations.push(`${where}: the request body is not JSON`);
      }
    }
    // GitHub's GraphQL endpoint is not in the REST description; the fake answers the one query ropa asks.
    const graphql = method === "POST" && url.pathname === "/graphql";
    const matched = graphql ? undefined : getSpec().match(method, url.pathname);
    let invalidBody: string[] = [];
    if (graphql) {
      // nothing to match: the query is checked when it is answered
    } else if (matched) {
      ctx.op = matched.op;
      ctx.params = matched.params;
      entry.operationId = matched.op.operationId;
      invalidBody = checkRequest(ctx, raw.length > 0 && !badJson);
    } else {
      const others = getSpec().pathExists(url.pathname);
      fake.violations.push(
        others.length
          ? `${where}: the OpenAPI description has no ${method} for this path (only ${others.join(", ")})`
          : `${where}: no operation in the OpenAPI description matches this path`,
      );
    }

    // --- injected faults ---------------------------------------------------------------------------------
    const f = faults.find((x) => x.left > 0 && faultMatches(x.matcher, method, url.pathname, entry.operationId));
    if (f) {
      f.left--;
      const fault = f.fault;
      if ("reset" in fault) {
        req.socket.destroy();
        return;
      }
      if ("hang" in fault) {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      if ("delayMs" in fault) {
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      } else {
        send(ctx, faultAnswer(ctx, fault), false);
        return;
      }
    }

    // --- authentication, permissions ---------------------------------------------------------------------
    if (!auth) {
      fake.violations.push(`${where}: no "authorization: token …" or "Bearer …" header`);
      send(ctx, { status: 401, body: error("Requires authentication", "https://docs.github.com/rest", 401) }, false);
      return;
    }
    if (graphql) {
      send(ctx, answerGraphql(where, entry.body), false);
      return;
    }
    if (!ctx.op) {
      send(ctx, { status: 404, body: error("Not Found", "https://docs.github.com/rest", 404) }, false);
      return;
    }
    const op = ctx.op;
    if (options.repository && ctx.params.owner !== undefined && ctx.params.repo !== undefined) {
      if (!sameName(`${ctx.params.owner}/${ctx.params.repo}`, options.repository)) {
        send(ctx, { status: 404, body: error("Not Found", op.docsUrl, 404) }, false);
        return;
      }
    }
    if (fake.readOnly && WRITE_METHODS.has(method)) {
      send(
        ctx,
        {
          status: 403,
          body: error("Resource not accessible by integration", op.docsUrl, 403),
          headers: { "x-accepted-github-permissions": acceptedPermissions(op) },
        },
        false,
      );
      return;
    }
    if (badJson) {
      send(ctx, { status: 400, body: error("Problems parsing JSON", op.docsUrl, 400) }, false);
      return;
    }
    if (invalidBody.length) {
      send(ctx, { status: 422, body: error(`Invalid request.\n\n${invalidBody.join("\n")}`, op.docsUrl, 422) }, false);
      return;
    }

    // --- the operation -----------------------------------------------------------------------------------
    const custom = handlers.get(op.operationId);
    const builtin = BUILTIN[op.operationId];
    if (!custom && !builtin) {
      fake.violations.push(`${where} (${op.operationId}): the fake does not implement this operation (serve it with fake.on())`);
      send(ctx, { status: 404, body: error("Not Found", op.docsUrl, 404) }, false);
      return;
    }
    const hreq: HandlerRequest = {
      method,
      path: url.pathname,
      operationId: op.operationId,
      params: ctx.params,
      query: entry.query,
      body: entry.body,
      token: entry.token!,
      user: fake.actor,
    };
    const answer = custom ? await custom(hreq, fake) : builtin!(hreq, ctx);
    send(ctx, answer, true);
  }

  /** Checks parameters and body; records violations; returns the body's schema errors (GitHub answers 422). */
  function checkRequest(ctx: Ctx, hasBody: boolean): string[] {
    const op = ctx.op!;
    const where = `${ctx.entry.method} ${ctx.entry.path} (${op.operationId})`;
    const s = getSpec();
    for (const p of op.params.filter((p) => p.in === "path")) {
      const errors = s.check(`${op.operationId} path ${p.name}`, p.schema, coerce(ctx.params[p.name] ?? "", p.schema));
      for (const e of errors) fake.violations.push(`${where}: path parameter ${p.name}=${ctx.params[p.name]}: ${e}`);
    }
    const declared = new Map(op.params.filter((p) => p.in === "query").map((p) => [p.name, p]));
    for (const [name, value] of ctx.url.searchParams) {
      const p = declared.get(name);
      if (!p) {
        fake.violations.push(`${where}: query parameter "${name}" is not declared`);
        continue;
      }
      for (const e of s.check(`${op.operationId} query ${name}`, p.schema, coerce(value, p.schema)))
        fake.violations.push(`${where}: query parameter ${name}=${value}: ${e}`);
    }
    for (const p of declared.values())
      if (p.required && !ctx.url.searchParams.has(p.name))
        fake.violations.push(`${where}: required query parameter "${p.name}" is missing`);

    if (!hasBody) {
      if (op.requestRequired) {
        fake.violations.push(`${where}: the request body is required`);
        return ["the request body is required"];
      }
      return [];
    }
    if (!op.requestSchema) {
      if (op.requestContentTypes.length === 0) fake.violations.push(`${where}: the operation takes no request body`);
      return [];
    }
    const type = ctx.req.headers["content-type"] ?? "";
    if (!/^application\/json\b/i.test(type)) fake.violations.push(`${where}: request content-type is "${type}", not application/json`);
    const errors = s.check(`${op.operationId} request`, op.requestSchema, ctx.entry.body);
    for (const e of errors) fake.violations.push(`${where}: request body ${e}`);
    for (const name of s.undeclaredProperties(op.requestSchema, ctx.entry.body))
      fake.violations.push(`${where}: request body has undeclared property "${name}"`);
    return errors;
  }

  function send(ctx: Ctx, answer: Answer, fromHandler: boolean): void {
    const { res, entry, op } = ctx;
    const status = answer.status;
    rateUsed++;
    const headers: Record<string, string> = {
      "x-github-request-id": requestId(),
      "x-github-media-type": "github.v3; format=json",
      "x-github-api-version-selected": "2022-11-28",
      "x-ratelimit-limit": String(rateLimit),
      "x-ratelimit-remaining": String(Math.max(0, rateLimit - rateUsed)),
      "x-ratelimit-reset": String(rateReset),
      "x-ratelimit-used": String(rateUsed),
      "x-ratelimit-resource": "core",
      ...answer.headers,
    };
    let text = "";
    if (answer.body !== undefined && status !== 204 && status !== 304) {
      text = JSON.stringify(answer.body);
      headers["content-type"] = "application/json; charset=utf-8";
    }
    if (status !== 204 && status !== 304) headers["content-length"] = String(Buffer.byteLength(text));
    if (op && (fromHandler || status < 500)) checkResponse(ctx, status, text, fromHandler);
    entry.status = status;
    res.writeHead(status, headers);
    res.end(text);
  }

  /** `query { viewer { login } }`, which GitHub answers for a personal token and an App installation token alike. */
  function answerGraphql(where: string, body: unknown): Answer {
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== "string" || query.replace(/\s+/g, " ").trim() !== "query { viewer { login } }") {
      fake.violations.push(`${where}: the fake answers only the GraphQL query "query { viewer { login } }", not ${JSON.stringify(query)}`);
      return { status: 200, body: { errors: [{ message: "the fake does not answer this query" }] } };
    }
    return { status: 200, body: { data: { viewer: { login: fake.actor.login } } } };
  }

  function checkResponse(ctx: Ctx, status: number, text: string, fromHandler: boolean): void {
    const op = ctx.op!;
    const where = `${ctx.entry.method} ${ctx.entry.path} (${op.operationId})`;
    const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => op.responses.has(k));
    if (key === undefined) {
      // GitHub answers errors (403 for read-only tokens, 401, 404…) on operations that do not list them.
      if (status < 400 && fromHandler) fake.violations.push(`${where}: response status ${status} is not declared`);
      return;
    }
    const schema = op.responses.get(key);
    if (!schema) {
      if (text && status < 400) fake.violations.push(`${where}: response ${status} should have no JSON body`);
      return;
    }
    if (!text) {
      fake.violations.push(`${where}: response ${status} has no JSON body`);
      return;
    }
    for (const e of getSpec().check(`${op.operationId} ${key}`, schema, JSON.parse(text)))
      fake.violations.push(`${where}: response ${status} ${e}`);
  }

  function faultAnswer(ctx: Ctx, fault: Extract<Fault, { status: number }>): Answer {
    const docs = ctx.op?.docsUrl ?? "https://docs.github.com/rest";
    const headers: Record<string, string> = { ...fault.headers };
    let body: unknown;
    if (fault.secondaryRateLimit) {
      headers["retry-after"] = String(fault.retryAfter ?? 60);
      body = error(
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID " +
          "0000:1111:2222:3333:44444444.",
        `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        fault.status,
      );
    } else if (fault.status === 429 || (fault.status === 403 && fault.retryAfter !== undefined)) {
      const after = fault.retryAfter ?? 60;
      headers["retry-after"] = String(after);
      headers["x-ratelimit-remaining"] = "0";
      headers["x-ratelimit-used"] = String(rateLimit);
      headers["x-ratelimit-reset"] = String(Math.floor(clock().getTime() / 1000) + after);
      body = error("API rate limit exceeded for installation ID 12345678.", `${RATE_LIMIT_DOCS}#about-the-primary-rate-limit`, fault.status);
    } else if (fault.status === 422) {
      body = {
        message: "Validation Failed",
        errors: [{ resource: resourceOf(ctx.op), code: "custom", message: "injected fault" }],
        documentation_url: docs,
        status: "422",
      };
    } else if (fault.status >= 500) {
      body = { message: fault.status === 503 ? "Service Unavailable" : "Server Error" };
    } else {
      body = error(STATUS_CODES[fault.status] ?? "Error", docs, fault.status);
    }
    return { status: fault.status, body: fault.body ?? body, headers };
  }

  // ------------------------------------------------------------------------------------------------------
  // Operations
  // ------------------------------------------------------------------------------------------------------

  const api = () => base;
  const repoApi = (o: string, r: string) => `${api()}/repos/${o}/${r}`;

  function simpleUser(u: FakeUser) {
    const login = encodeURIComponent(u.login);
    const userApi = `${api()}/users/${login}`;
    const bot = u.type === "Bot";
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(bot ? "BOT_kgDO" : "U_kgDO", u.id),
      avatar_url: bot
        ? `https://avatars.githubusercontent.com/in/${u.id === GITHUB_ACTIONS_BOT.id ? 15368 : u.id}?v=4`
        : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: "",
      url: userApi,
      html_url: bot ? `https://github.com/apps/${encodeURIComponent(u.login.replace(/\[bot\]$/, ""))}` : `https://github.com/${login}`,
      followers_url: `${userApi}/followers`,
      following_url: `${userApi}/following{/other_user}`,
      gists_url: `${userApi}/gists{/gist_id}`,
      starred_url: `${userApi}/starred{/owner}{/repo}`,
      subscriptions_url: `${userApi}/subscriptions`,
      organizations_url: `${userApi}/orgs`,
      repos_url: `${userApi}/repos`,
      events_url: `${userApi}/events{/privacy}`,
      received_events_url: `${userApi}/received_events`,
      type: u.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  function privateUser(u: FakeUser) {
    const created = "2015-01-01T00:00:00Z";
    return {
      ...simpleUser(u),
      user_view_type: "private",
      name: u.login,
      company: null,
      blog: "",
      location: null,
      email: null,
      notification_email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: created,
      updated_at: created,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: "free", space: 976562499, collaborators: 0, private_repos: 10000 },
    };
  }

  function reactions(url: string) {
    return { url, total_count: 0, "+1": 0, "-1": 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
  }

  function renderComment(c: FakeComment) {
    const url = `${repoApi(c.owner, c.repo)}/issues/comments/${c.id}`;
    return {
      url,
      html_url: `https://github.com/${c.owner}/${c.repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${repoApi(c.owner, c.repo)}/issues/${c.issue_number}`,
      id: c.id,
      node_id: c.node_id,
      user: simpleUser(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      body: c.body,
      author_association: c.author_association,
      reactions: reactions(`${url}/reactions`),
      performed_via_github_app: null,
    };
  }

  function renderLabel(owner: string, repo: string, name: string) {
    const id = 5_000_000_000 + hash(`${owner}/${repo}#${name}`);
    return {
      id,
      node_id: nodeId("LA_kwDO", id),
      url: `${repoApi(owner, repo)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: "ededed",
      default: false,
    };
  }

  function renderIssue(i: FakeIssue) {
    const url = `${repoApi(i.owner, i.repo)}/issues/${i.number}`;
    const assignees = i.assignees.map((a) => simpleUser(toUser(a)));
    return {
      url,
      repository_url: repoApi(i.owner, i.repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `https://github.com/${i.owner}/${i.repo}/issues/${i.number}`,
      id: i.id,
      node_id: i.node_id,
      number: i.number,
      title: i.title,
      user: simpleUser(i.user),
      labels: i.labels.map((l) => renderLabel(i.owner, i.repo, l)),
      state: i.state,
      locked: i.locked,
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      comments: fake.commentsOn(i.number, i.owner, i.repo).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: defaultAssociation(i.user),
      type: null,
      active_lock_reason: null,
      sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
      issue_dependencies_summary: { blocked_by: 0, total_blocked_by: 0, blocking: 0, total_blocking: 0 },
      body: i.body,
      closed_by: i.closed_by ? simpleUser(i.closed_by) : null,
      reactions: reactions(`${url}/reactions`),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: i.state_reason,
    };
  }

  function renderReview(owner: string, repo: string, pull: number, r: ReviewSeed, index: number) {
    const id = r.id ?? 2_000_000_000 + pull * 1000 + index;
    const user = toUser(r.user);
    const html = `https://github.com/${owner}/${repo}/pull/${pull}#pullrequestreview-${id}`;
    const pr = `${repoApi(owner, repo)}/pulls/${pull}`;
    return {
      id,
      node_id: nodeId("PRR_kwDO", id),
      user: simpleUser(user),
      body: r.body ?? "",
      state: r.state,
      html_url: html,
      pull_request_url: pr,
      author_association: r.author_association ?? defaultAssociation(user),
      _links: { html: { href: html }, pull_request: { href: pr } },
      ...(r.state === "PENDING" ? {} : { submitted_at: r.submitted_at ?? stamp() }),
      commit_id: r.commit_id === undefined ? "0123456789abcdef0123456789abcdef01234567" : r.commit_id,
    };
  }

  function paginate<T>(ctx: Ctx, items: T[]): { page: T[]; link?: string } {
    const perPage = Math.min(100, Math.max(1, int(ctx.url.searchParams.get("per_page")) ?? 30));
    const page = Math.max(1, int(ctx.url.searchParams.get("page")) ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number) => {
      const u = new URL(ctx.url.pathname + ctx.url.search, base);
      u.searchParams.set("page", String(n));
      return `<${u.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1) links.push(`${at(1)}; rel="first"`);
    return { page: items.slice((page - 1) * perPage, page * perPage), link: links.length ? links.join(", ") : undefined };
  }

  function list<T>(ctx: Ctx, items: T[]): Answer {
    const { page, link } = paginate(ctx, items);
    return { status: 200, body: page, headers: link ? { link } : {} };
  }

  function tooLong(resource: string, field: string, value: unknown, docs: string): Answer | undefined {
    if (typeof value !== "string" || [...value].length <= MAX_BODY) return undefined;
    return {
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [
          { resource, code: "custom", field, message: `${field} is too long (maximum is ${MAX_BODY} characters)` },
        ],
        documentation_url: docs,
        status: "422",
      },
    };
  }

  const notFound = (ctx: Ctx): Answer => ({ status: 404, body: error("Not Found", ctx.op!.docsUrl, 404) });

  const findComment = (ctx: Ctx) => {
    const c = fake.comments.get(Number(ctx.params.comment_id));
    return c && sameName(c.owner, ctx.params.owner!) && sameName(c.repo, ctx.params.repo!) ? c : undefined;
  };
  const findIssue = (ctx: Ctx) => {
    const i = fake.issues.get(Number(ctx.params.issue_number));
    return i && sameName(i.owner, ctx.params.owner!) && sameName(i.repo, ctx.params.repo!) ? i : undefined;
  };

  const BUILTIN: Record<string, (r: HandlerRequest, ctx: Ctx) => Answer> = {
    "users/get-authenticated": (_r, ctx) =>
      fake.installationToken
        ? { status: 403, body: error("Resource not accessible by integration", ctx.op!.docsUrl, 403) }
        : { status: 200, body: privateUser(fake.actor) },

    "issues/list-comments": (r, ctx) => {
      const since = r.query.since ? Date.parse(r.query.since) : undefined;
      const items = fake
        .commentsOn(Number(r.params.issue_number), r.params.owner, r.params.repo)
        .filter((c) => since === undefined || Date.parse(c.updated_at) >= since);
      return list(ctx, items.map(renderComment));
    },

    "issues/create-comment": (r, ctx) => {
      const body = (r.body as { body: string }).body;
      const rejected = tooLong("IssueComment", "body", body, ctx.op!.docsUrl);
      if (rejected) return rejected;
      const c = fake.addComment({
        issue_number: Number(r.params.issue_number),
        body,
        owner: r.params.owner!,
        repo: r.params.repo!,
      });
      const out = renderComment(c);
      return { status: 201, body: out, headers: { location: out.url } };
    },

    "issues/update-comment": (r, ctx) => {
      const c = findComment(ctx);
      if (!c) return notFound(ctx);
      const body = (r.body as { body: string }).body;
      const rejected = tooLong("IssueComment", "body", body, ctx.op!.docsUrl);
      if (rejected) return rejected;
      c.body = body;
      c.updated_at = stamp();
      return { status: 200, body: renderComment(c) };
    },

    "issues/delete-comment": (_r, ctx) => {
      const c = findComment(ctx);
      if (!c) return notFound(ctx);
      fake.comments.delete(c.id);
      return { status: 204 };
    },

    "pulls/list-reviews": (r, ctx) => {
      const pull = Number(r.params.pull_number);
      const reviews = fake.reviews.get(pull) ?? [];
      return list(
        ctx,
        reviews.map((x, i) => renderReview(r.params.owner!, r.params.repo!, pull, x, i)),
      );
    },

    "teams/list-members-in-org": (r, ctx) => {
      const members = fake.teamMembers.get(`${r.params.org}/${r.params.team_slug}`) ?? fake.teamMembers.get(r.params.team_slug!);
      if (!members) return notFound(ctx);
      const role = r.query.role ?? "all";
      return list(ctx, role === "maintainer" ? [] : members.map((m) => simpleUser(toUser(m))));
    },

    "issues/list-for-repo": (r, ctx) => {
      const q = r.query;
      const state = q.state ?? "open";
      const labels = (q.labels ?? "").split(",").map((l) => l.trim()).filter(Boolean);
      const since = q.since ? Date.parse(q.since) : undefined;
      const sort = (q.sort ?? "created") as "created" | "updated" | "comments";
      const dir = q.direction === "asc" ? 1 : -1;
      const count = (i: FakeIssue) => fake.commentsOn(i.number, i.owner, i.repo).length;
      const items = [...fake.issues.values()]
        .filter((i) => sameName(i.owner, r.params.owner!) && sameName(i.repo, r.params.repo!))
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => labels.every((l) => i.labels.some((x) => sameName(x, l))))
        .filter((i) => q.creator === undefined || sameName(i.user.login, q.creator))
        .filter((i) =>
          q.assignee === undefined || q.assignee === "*"
            ? q.assignee !== "*" || i.assignees.length > 0
            : q.assignee === "none"
              ? i.assignees.length === 0
              : i.assignees.some((a) => sameName(a, q.assignee!)),
        )
        .filter((i) => since === undefined || Date.parse(i.updated_at) >= since)
        .sort((a, b) => {
          const key =
            sort === "comments"
              ? count(a) - count(b)
              : Date.parse(sort === "updated" ? a.updated_at : a.created_at) -
                Date.parse(sort === "updated" ? b.updated_at : b.created_at);
          return dir * (key || a.number - b.number);
        });
      return list(ctx, items.map(renderIssue));
    },

    "issues/create": (r, ctx) => {
      const b = r.body as { title: string | number; body?: string; labels?: (string | { name?: string })[]; assignees?: string[]; assignee?: string | null };
      const title = String(b.title);
      if (title.trim() === "")
        return {
          status: 422,
          body: {
            message: "Validation Failed",
            errors: [{ resource: "Issue", code: "missing_field", field: "title" }],
            documentation_url: ctx.op!.docsUrl,
            status: "422",
          },
        };
      const rejected = tooLong("Issue", "body", b.body, ctx.op!.docsUrl) ?? tooLongTitle(title, ctx);
      if (rejected) return rejected;
      const issue = fake.addIssue({
        title,
        body: b.body ?? null,
        labels: labelNames(b.labels),
        assignees: [...(b.assignees ?? []), ...(b.assignee ? [b.assignee] : [])],
        owner: r.params.owner!,
        repo: r.params.repo!,
      });
      const out = renderIssue(issue);
      return { status: 201, body: out, headers: { location: out.url } };
    },

    "issues/update": (r, ctx) => {
      const issue = findIssue(ctx);
      if (!issue) return notFound(ctx);
      const b = r.body as {
        title?: string | number | null;
        body?: string | null;
        state?: "open" | "closed";
        state_reason?: FakeIssue["state_reason"];
        labels?: (string | { name?: string })[];
        assignees?: string[];
        assignee?: string | null;
      };
      const rejected =
        tooLong("Issue", "body", b.body, ctx.op!.docsUrl) ??
        (b.title !== undefined && b.title !== null ? tooLongTitle(String(b.title), ctx) : undefined);
      if (rejected) return rejected;
      if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
      if (b.body !== undefined) issue.body = b.body;
      if (b.labels !== undefined) issue.labels = labelNames(b.labels);
      if (b.assignees !== undefined) issue.assignees = [...b.assignees];
      if (b.assignee !== undefined) issue.assignees = b.assignee ? [b.assignee] : [];
      if (b.state !== undefined && b.state !== issue.state) {
        issue.state = b.state;
        if (b.state === "closed") {
          issue.closed_at = stamp();
          issue.closed_by = fake.actor;
          issue.state_reason = b.state_reason ?? "completed";
        } else {
          issue.closed_at = null;
          issue.closed_by = null;
          issue.state_reason = "reopened";
        }
      } else if (b.state_reason !== undefined && issue.state === "closed") {
        issue.state_reason = b.state_reason;
      }
      issue.updated_at = stamp();
      return { status: 200, body: renderIssue(issue) };
    },

    "issues/get": (_r, ctx) => {
      const issue = findIssue(ctx);
      return issue ? { status: 200, body: renderIssue(issue) } : notFound(ctx);
    },
  };

  function tooLongTitle(title: string, ctx: Ctx): Answer | undefined {
    if ([...title].length <= 256) return undefined;
    return {
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [{ resource: "Issue", code: "custom", field: "title", message: "title is too long (maximum is 256 characters)" }],
        documentation_url: ctx.op!.docsUrl,
        status: "422",
      },
    };
  }

  async function close(): Promise<void> {
    for (const res of hanging) res.socket?.destroy();
    hanging.clear();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  (fake as { url: string }).url = base;
  return fake;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

function error(message: string, documentation_url: string, status: number) {
  return { message, documentation_url, status: String(status) };
}

function toUser(u: UserInput): FakeUser {
  const o: { login: string; id?: number; type?: UserType } = typeof u === "string" ? { login: u } : u;
  if (o.login === GITHUB_ACTIONS_BOT.login && o.id === undefined && o.type === undefined) return { ...GITHUB_ACTIONS_BOT };
  const bot = o.login.endsWith("[bot]");
  return { login: o.login, id: o.id ?? (bot ? 100_000_000 : 1_000_000) + hash(o.login), type: o.type ?? (bot ? "Bot" : "User") };
}

function defaultAssociation(u: FakeUser): AuthorAssociation {
  return u.type === "User" ? "MEMBER" : "NONE";
}

function labelNames(labels: (string | { name?: string })[] | undefined): string[] {
  return [...new Set((labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean))];
}

function acceptedPermissions(op: Operation): string {
  if (op.category === "pulls") return "pull_requests=write";
  if (op.category === "issues") return "issues=write; pull_requests=write";
  return `${op.category}=write`;
}

function resourceOf(op: Operation | undefined): string {
  if (!op) return "Resource";
  if (op.operationId.includes("comment")) return "IssueComment";
  if (op.category === "pulls") return "PullRequest";
  if (op.category === "issues") return "Issue";
  return "Resource";
}

function faultMatches(m: FaultMatcher, method: string, path: string, operationId: string | undefined): boolean {
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.operationId && m.operationId !== operationId) return false;
  if (m.path instanceof RegExp) return m.path.test(path);
  if (typeof m.path === "string") return m.path === path || safeDecode(path) === m.path;
  return true;
}

function coerce(value: string, schema: Json): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function int(v: string | null): number | undefined {
  if (v === null || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % 90_000_000;
}

function nodeId(prefix: string, id: number): string {
  return prefix + Buffer.from(`fake:${id}`).toString("base64url");
}

function requestId(): string {
  const h = randomBytes(14).toString("hex").toUpperCase();
  return `${h.slice(0, 4)}:${h.slice(4, 10)}:${h.slice(10, 17)}:${h.slice(17, 24)}:${h.slice(24, 28)}${Date.now().toString(16).slice(-4).toUpperCase()}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
