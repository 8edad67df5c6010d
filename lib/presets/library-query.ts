// Search and order of the local library, separate from IndexedDB so it is tested as plain logic.
import type { Preset } from "./schema";

export interface LibraryEntry {
  id: string;
  preset: Preset;
  createdAt: number;
  updatedAt: number;
  /** When it was last loaded into the editor (or saved, if never loaded). */
  lastUsedAt: number;
}

/** Entries whose name or description contains every word of the query, most recently used first. */
export function queryLibrary(entries: LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = entries.filter((entry) => {
    const haystack = `${entry.preset.name}\n${entry.preset.description ?? ""}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return matches.sort((a, b) => b.lastUsedAt - a.lastUsedAt || a.preset.name.localeCompare(b.preset.name));
}

/** "Name (copy)", "Name (copy 2)", ... the first one not taken. */
export function copyName(name: string, taken: Set<string>): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, "");
  for (let n = 1; ; n++) {
    const candidate = `${base} (copy${n === 1 ? "" : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}
