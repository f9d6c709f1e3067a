/**
 * Whether a secret looks random enough to sign cookies in production. Length alone says
 * little: 32 × "a" is 32 characters and no secret at all. This estimates the entropy from the
 * characters' frequencies and refuses repeated patterns and runs like "abcd…"; it cannot prove
 * randomness, only catch what a person types instead of generating.
 */

/** Fewest estimated bits a production secret must carry (32 random hex digits estimate 95 or more). */
const MIN_SECRET_BITS = 80;

/** Why a secret is too predictable for production, or null when it looks random. */
export function weakSecretReason(secret: string): string | null {
  const chars = [...secret];
  if (periodOf(chars) !== null) return 'it repeats a shorter pattern';
  if (mostlySequential(chars)) return 'it runs through neighbouring characters (like "abcd" or "1234")';
  const bits = estimatedBits(chars);
  if (bits < MIN_SECRET_BITS) {
    return `it carries about ${Math.floor(bits)} bits of randomness (at least ${MIN_SECRET_BITS} needed)`;
  }
  return null;
}

// Shannon entropy of the character frequencies, times the length.
function estimatedBits(chars: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * chars.length;
}

// The shortest period p <= half the length with chars[i] === chars[i + p] everywhere, or null.
function periodOf(chars: readonly string[]): number | null {
  for (let p = 1; p <= chars.length / 2; p++) {
    let periodic = true;
    for (let i = 0; i + p < chars.length && periodic; i++) periodic = chars[i] === chars[i + p];
    if (periodic) return p;
  }
  return null;
}

// More than half the neighbouring pairs one code point apart, up or down.
function mostlySequential(chars: readonly string[]): boolean {
  let steps = 0;
  for (let i = 1; i < chars.length; i++) {
    const delta = (chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0);
    if (Math.abs(delta) === 1) steps++;
  }
  return steps * 2 > chars.length - 1;
}
