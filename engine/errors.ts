/** A mistake in the user's input, at a place in a file, with what to do about it. */
export interface Problem {
  file: string;
  line?: number;
  col?: number;
  message: string;
  hint?: string;
}

/** Raised when the register cannot be judged: the input is wrong. Carries every problem found, not just the first. */
export class RegisterError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "RegisterError";
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return `${where}: ${p.message}${p.hint ? `\n  → ${p.hint}` : ""}`;
}
