// Identifiers in the API's shapes. Ids are unique per call (never part of "same request → same reply").
let counter = 0;
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789";

export function newId(prefix: "msg" | "req" | "toolu" | "srvtoolu"): string {
  counter = (counter + 1) % 1e9;
  let tail = "";
  let n = Date.now() * 1000 + counter;
  while (tail.length < 14) {
    tail += ALPHABET[n % ALPHABET.length];
    n = Math.floor(n / ALPHABET.length) + counter * 7919 + tail.length;
  }
  return `${prefix}_01sim${tail}${counter.toString(36)}`;
}

/** FNV-1a: the seed of everything "deterministic by content". */
export function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A small seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Opaque base64-looking data (signatures, redacted thinking), derived from a seed. */
export function opaqueBase64(seed: number, length: number): string {
  const random = seededRandom(seed);
  let out = "";
  for (let i = 0; i < length; i++) out += B64[Math.floor(random() * 64)];
  return out + "=".repeat((4 - (length % 4)) % 4);
}
