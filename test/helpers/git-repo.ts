// Real git repositories in a temp dir, with fixed dates so commit ids are reproducible.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./register.js";

export class Repo {
  private tick = 0;
  constructor(readonly dir: string) {}

  static init(): Repo {
    const dir = mkdtempSync(join(tmpdir(), "ropa-repo-"));
    const repo = new Repo(dir);
    repo.git("init", "--quiet", "--initial-branch=main");
    return repo;
  }

  /** A repository holding Dignio's register and the compiled policies, committed on main. */
  static withRegister(): Repo {
    const repo = Repo.init();
    cpSync(join(ROOT, "records"), join(repo.dir, "records"), { recursive: true });
    cpSync(join(ROOT, "policies/build"), join(repo.dir, "policies/build"), { recursive: true });
    repo.commit("Register as on main");
    return repo;
  }

  git(...args: string[]): string {
    const date = `2026-11-0${Math.min(9, 1 + Math.floor(this.tick / 10))}T10:${String(this.tick % 60).padStart(2, "0")}:00Z`;
    return execFileSync("git", args, {
      cwd: this.dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Erin Engineer",
        GIT_AUTHOR_EMAIL: "erin@example.org",
        GIT_COMMITTER_NAME: "Erin Engineer",
        GIT_COMMITTER_EMAIL: "erin@example.org",
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    }).trim();
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { recursive: true, force: true });
    return this;
  }

  commit(message: string): string {
    this.tick++;
    this.git("add", "-A");
    this.git("commit", "--quiet", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  branch(name: string, from = "main"): this {
    this.git("checkout", "--quiet", "-B", name, from);
    return this;
  }
}
