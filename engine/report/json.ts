// The machine-readable report: the verdict, the counts and every finding, in a fixed shape and key order.
// The register itself is left out; a consumer that needs a record reads the file the finding names.
import pkg from "../../package.json" with { type: "json" };
import type { CheckResult } from "../check.js";
import { fingerprints } from "./fingerprint.js";

export function formatJson(result: CheckResult): string {
  return [...jsonReport(result)].join("");
}

/**
 * The report in pieces, one finding each, exactly as `JSON.stringify(report, null, 2)` writes it whole: a
 * large register's report (40 MB at 100,000 records) is written without ever being one string.
 */
export function* jsonReport(result: CheckResult): Generator<string> {
  const ids = fingerprints(result.findings);
  const head = {
    tool: { name: "ropa", version: pkg.version },
    today: result.today,
    verdict: result.verdict,
    summary: { errors: result.errors, warnings: result.warnings, infos: result.infos, waived: result.waived, records: result.records },
    findings: [],
  };
  const whole = JSON.stringify(head, null, 2);
  if (!result.findings.length) {
    yield whole;
    return;
  }
  yield `${whole.slice(0, -"[]\n}".length)}[`;
  for (const [i, f] of result.findings.entries()) {
    const entry = {
      rule: f.rule,
      title: f.title,
      severity: f.severity,
      message: f.message,
      record: f.record,
      kind: f.kind,
      file: f.file,
      line: f.line,
      col: f.col,
      path: f.path,
      // The finding's identity beside rule and record: the path with list items named by their keys, and
      // what it is about (e.g. the country or segment); a consumer tells findings apart without the message.
      key: f.key,
      subject: f.subject,
      remediation: f.remediation,
      legal: f.legal.map((l) => ({ ref: l.ref, ...(l.url ? { url: l.url } : {}) })),
      ...(f.promise ? { promise: f.promise } : {}),
      ...(f.waived ? { waived: f.waived } : {}),
      // Stable across pushes: the same problem in the same record keeps it when lines move.
      fingerprint: ids[i],
    };
    // Two levels in: JSON text has no raw line break inside a string, so every one is indentation.
    yield `${i ? "," : ""}\n    ${JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ")}`;
  }
  yield "\n  ]\n}";
}
