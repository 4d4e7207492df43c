// A stand-in for `ropa` with only the audit commands, as engine/cli.ts will run them once it calls
// registerAuditCommands: same error handling and exit codes (0 done, 1 tampering found, 2 bad input).
// Run as a real process: `node --import tsx test/helpers/audit-cli.ts <args>`.
import { Command, CommanderError } from "commander";
import { fileURLToPath } from "node:url";
import { registerAuditCommands } from "../../engine/commands/audit.js";
import { RegisterError } from "../../engine/errors.js";
import { formatProblems } from "../../engine/report/index.js";

export async function main(argv: string[]): Promise<number> {
  const program = registerAuditCommands(new Command("ropa").showHelpAfterError().exitOverride());
  try {
    await program.parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof RegisterError) {
      process.stderr.write(formatProblems(e.problems, false) + "\n");
      return 2;
    }
    process.stderr.write(`ropa: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
