// "Did you mean …?": the known name nearest to one the user mistyped (a field, a kind, an id).

/** Edit distance with transpositions (optimal string alignment): `legal_nmae` is one step from `legal_name`. */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The candidate nearest to `word`, if it is near enough to be a slip (about one edit in three letters,
 * case ignored); ties go to the first candidate in order. Long words are not compared: a typo is short.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 100) return undefined;
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - w.length) > limit) continue;
    const n = distance(w, c.toLowerCase());
    if (n < bestDistance) [best, bestDistance] = [c, n];
  }
  return best;
}

/** "did you mean `x`?" when a candidate is near enough, else undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const near = closest(word, candidates);
  return near === undefined ? undefined : `did you mean \`${near}\`?`;
}
