// `ropa migrate [dir]`: rewrites a register written for an earlier ropa in the current form, in place, and
// `--check` says what it would change without writing (exit 1 when anything would, for CI). Exit 0 done or
// nothing to do, 2 bad input (printed by the CLI; nothing is written then).
import { Command, Option } from "commander";
import { isAbsolute, resolve } from "node:path";
import type { Run } from "../cli.js";

export function registerMigrateCommand(cli: Command, run: Run): Command {
  cli
    .command("migrate")
    .description("rewrite a register written for an earlier ropa in the current form, in place, keeping comments and layout")
    .argument("[dir]", "folder of the register's YAML records", "records")
    .option("--check", "write nothing: list what would change, and exit 1 if anything would")
    .addOption(new Option("-C, --repo <dir>", "run as if ropa was started in <dir> (the register's repository)"))
    .action(async (given: string, flags: { check?: boolean; repo?: string }) => {
      const [{ readRegisterDir }, { applyMigration, bundledTaxonomy, planMigration }] = await Promise.all([import("../source.js"), import("../migrate.js")]);
      const dir = flags.repo && !isAbsolute(given) ? resolve(flags.repo, given) : given;
      const migration = planMigration(readRegisterDir(dir), dir, bundledTaxonomy());
      const steps = migration.steps.map((s) => `  ${s.file}${s.line ? `:${s.line}` : ""}  ${s.what}`);
      if (!steps.length) {
        run.out(`✔ ${dir} is in the current form: nothing to migrate`);
        return;
      }
      if (flags.check) {
        run.out([`✖ ${dir} is not in the current form; \`ropa migrate\` would change ${migration.writes.size} file${migration.writes.size === 1 ? "" : "s"}:`, ...steps].join("\n"));
        run.code = 1;
        return;
      }
      applyMigration(migration);
      run.out([`✔ ${dir} migrated: ${migration.writes.size} file${migration.writes.size === 1 ? "" : "s"} written`, ...steps].join("\n"));
    });
  return cli;
}
