// Real git repositories for the audit tests, where each commit says when it was made and by whom
// (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE), so histories, periods and commit ids are reproducible.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseDocument, type Document } from "yaml";
import { ROOT } from "./register.js";

export interface Who {
  name: string;
  email: string;
}

export const ERIN: Who = { name: "Erin Engineer", email: "erin@example.org" };
export const SAM: Who = { name: "Sam Developer", email: "sam@example.org" };
export const DANA: Who = { name: "Dana DPO", email: "dpo@example.org" };

export interface CommitOptions {
  /** ISO date-time, e.g. 2026-01-05T10:00:00Z; the author and committer date. */
  at: string;
  by?: Who;
  /** Sign with the repository's SSH key. */
  sign?: boolean;
}

export class AuditRepo {
  /** An SSH key the repository trusts (gpg.ssh.allowedSignersFile), for signed commits. */
  private key?: string;

  constructor(readonly dir: string) {}

  static init(): AuditRepo {
    const dir = mkdtempSync(join(tmpdir(), "ropa-audit-"));
    const repo = new AuditRepo(dir);
    repo.git({ at: "2026-01-01T00:00:00Z" }, "init", "--quiet", "--initial-branch=main");
    repo.git({ at: "2026-01-01T00:00:00Z" }, "config", "commit.gpgsign", "false");
    return repo;
  }

  git(opts: CommitOptions, ...args: string[]): string {
    const by = opts.by ?? ERIN;
    return execFileSync("git", args, {
      cwd: this.dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: by.name,
        GIT_AUTHOR_EMAIL: by.email,
        GIT_COMMITTER_NAME: by.name,
        GIT_COMMITTER_EMAIL: by.email,
        GIT_AUTHOR_DATE: opts.at,
        GIT_COMMITTER_DATE: opts.at,
        GIT_CONFIG_NOSYSTEM: "1",
      },
    }).trim();
  }

  /** Copies Dignio's register (and, unless told not to, the compiled policies) into the work tree. */
  withRegister(policies = true): this {
    cpSync(join(ROOT, "records"), join(this.dir, "records"), { recursive: true });
    if (policies) this.withPolicies();
    return this;
  }

  /** Copies the compiled policies, with `editData` applied to their reference data. */
  withPolicies(editData?: (data: { reference: Record<string, any> }) => void): this {
    cpSync(join(ROOT, "policies/build"), join(this.dir, "policies/build"), { recursive: true });
    if (editData) {
      const file = join(this.dir, "policies/build/data.json");
      const data = JSON.parse(readFileSync(file, "utf8"));
      editData(data);
      writeFileSync(file, JSON.stringify(data, null, 1) + "\n");
    }
    return this;
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), "utf8");
  }

  /** A file as it is at a revision. */
  show(rev: string, path: string): string {
    return execFileSync("git", ["show", `${rev}:${path}`], { cwd: this.dir, encoding: "utf8" });
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  /** Edits a YAML record keeping its comments and layout. */
  edit(path: string, change: (doc: Document) => void): this {
    const doc = parseDocument(this.read(path));
    change(doc);
    return this.write(path, doc.toString());
  }

  commit(message: string, opts: CommitOptions): string {
    this.git(opts, "add", "-A");
    const sign = opts.sign ? ["-c", "gpg.format=ssh", "-c", `user.signingkey=${this.signingKey()}`] : [];
    this.git(opts, ...sign, "commit", "--quiet", "--allow-empty", ...(opts.sign ? ["-S"] : ["--no-gpg-sign"]), "-m", message);
    return this.head();
  }

  head(): string {
    return this.git({ at: "2026-01-01T00:00:00Z" }, "rev-parse", "HEAD");
  }

  checkout(branch: string, from?: string): this {
    this.git({ at: "2026-01-01T00:00:00Z" }, "checkout", "--quiet", ...(from ? ["-B", branch, from] : [branch]));
    return this;
  }

  /** A merge commit (`--no-ff`), as GitHub's "Create a merge commit" makes it. */
  merge(branch: string, message: string, opts: CommitOptions): string {
    this.git(opts, "merge", "--quiet", "--no-ff", "--no-gpg-sign", "-m", message, branch);
    return this.head();
  }

  /** A merge with a change of its own made before committing it (a conflict resolution, or an "evil merge"). */
  mergeWithEdit(branch: string, message: string, opts: CommitOptions, edit: () => void): string {
    try {
      this.git(opts, "merge", "--quiet", "--no-ff", "--no-commit", branch);
    } catch {
      // A conflict: `edit` resolves it.
    }
    edit();
    this.git(opts, "add", "-A");
    this.git(opts, "commit", "--quiet", "--no-gpg-sign", "-m", message);
    return this.head();
  }

  /** One commit with the branch's changes, as GitHub's "Squash and merge" makes it. */
  squash(branch: string, message: string, opts: CommitOptions): string {
    this.git(opts, "merge", "--quiet", "--squash", branch);
    return this.commit(message, opts);
  }

  private signingKey(): string {
    if (!this.key) {
      const key = join(this.dir, ".git", "ropa-test-key");
      execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", ERIN.email, "-f", key]);
      const allowed = join(this.dir, ".git", "allowed-signers");
      writeFileSync(allowed, `${ERIN.email} ${readFileSync(`${key}.pub`, "utf8")}`);
      this.git({ at: "2026-01-01T00:00:00Z" }, "config", "gpg.ssh.allowedSignersFile", allowed);
      this.key = `${key}.pub`;
    }
    return this.key;
  }
}
