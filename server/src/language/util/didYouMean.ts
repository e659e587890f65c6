/**
 * Suggestions for a mistyped word: candidates within a small edit distance (with
 * transpositions), and any that differ only in case, best first.
 */
export function didYouMean(word: string, candidates: Iterable<string>, maxSuggestions = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) {
      scored.push({ candidate, distance: 0 });
      continue;
    }
    const isPrefix = word.length >= 3 && candidateLower.startsWith(lower);
    if (!isPrefix && Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidateLower, limit);
    if (distance <= limit || isPrefix) scored.push({ candidate, distance: isPrefix ? Math.min(distance, limit) : distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, maxSuggestions).map((entry) => entry.candidate);
}

/** Optimal string alignment distance, giving up early once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
