/**
 * Chooses between a phrase's wordings. The choice depends only on who writes to whom about what, so a
 * letter is the same every time it is generated, yet two people's letters read differently.
 */
export type Pick = (key: string, count: number) => number;

const fnvOffsetBasis = 0x811c9dc5;

// FNV-1a, 32-bit: tiny, fast and spreads similar names well enough for choosing a wording. It
// reads the text one code unit at a time, so hashing `a + b` is hashing `b` from the state `a`
// left: `from` is that state.
function fnv1a(text: string, from = fnvOffsetBasis): number {
  let hash = from;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser. FNV-1a's low bits hardly mix: its lowest bit is the parity of the text's
 * code units, so every two-way choice of a letter would fall the same way. Mixing makes each key
 * choose on its own.
 */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A chooser seeded by `seed`; each key (one per paragraph) chooses independently of the others. */
export function makePick(seed: string): Pick {
  // The hash of `${seed}\u0000${key}`, with the seed's part worked out once rather than per phrase.
  const seeded = fnv1a(`${seed}\u0000`);
  return (key, count) => mix(fnv1a(key, seeded)) % count;
}
