/**
 * Chooses between a phrase's wordings. The choice depends only on who writes to whom about what, so a
 * letter is the same every time it is generated, yet two people's letters read differently.
 */
export type Pick = (key: string, count: number) => number;

// FNV-1a, 32-bit: tiny, fast and spreads similar names well enough for choosing a wording.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A chooser seeded by `seed`; each key (one per paragraph) chooses independently of the others. */
export function makePick(seed: string): Pick {
  return (key, count) => fnv1a(`${seed}\u0000${key}`) % count;
}
