// The preset's limits as plain numbers: the page's controls (names, variants, repeats) read them without loading the
// preset's schema, which is needed only to check a preset coming in or going out.

/** A comparison holds at most this many variants (the store's limit too). */
export const MAX_VARIANTS = 8;
export const NAME_MAX = 200;
/** Each call is made at most this many times in a run (the store's limit too). */
export const MAX_REPEATS = 20;
