"use client";
// The local preset library in IndexedDB (via idb): large presets (a 200K-token system prompt,
// images) fit, where localStorage's few megabytes would not.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { copyName, queryLibrary, type LibraryEntry } from "./library-query";
import { NAME_MAX } from "./limits";
import type { Preset } from "./schema";

interface LibrarySchema extends DBSchema {
  presets: { key: string; value: LibraryEntry; indexes: { lastUsedAt: number } };
}

const DB_NAME = "messages-playground";
const DB_VERSION = 1;
let dbPromise: Promise<IDBPDatabase<LibrarySchema>> | null = null;

function db(): Promise<IDBPDatabase<LibrarySchema>> {
  dbPromise ??= openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // One step per schema version, so an old browser database is brought forward in order.
      if (oldVersion < 1) {
        const store = database.createObjectStore("presets", { keyPath: "id" });
        store.createIndex("lastUsedAt", "lastUsedAt");
      }
    },
  });
  return dbPromise;
}

export async function listPresets(query = ""): Promise<LibraryEntry[]> {
  return queryLibrary(await (await db()).getAll("presets"), query);
}

export async function savePreset(preset: Preset, now = Date.now()): Promise<LibraryEntry> {
  const entry: LibraryEntry = { id: crypto.randomUUID(), preset, createdAt: now, updatedAt: now, lastUsedAt: now };
  await (await db()).put("presets", entry);
  return entry;
}

/** Imports every preset in one transaction: all are stored or none is. */
export async function importPresets(presets: Preset[], now = Date.now()): Promise<number> {
  const tx = (await db()).transaction("presets", "readwrite");
  await Promise.all([
    ...presets.map((preset, i) =>
      tx.store.put({ id: crypto.randomUUID(), preset, createdAt: now, updatedAt: now, lastUsedAt: now - i }),
    ),
    tx.done,
  ]);
  return presets.length;
}

async function update(id: string, change: (entry: LibraryEntry) => LibraryEntry): Promise<LibraryEntry | null> {
  const tx = (await db()).transaction("presets", "readwrite");
  const entry = await tx.store.get(id);
  if (!entry) return null;
  const next = change(entry);
  await tx.store.put(next);
  await tx.done;
  return next;
}

export function renamePreset(id: string, name: string): Promise<LibraryEntry | null> {
  const trimmed = name.trim().slice(0, NAME_MAX);
  if (!trimmed) return Promise.resolve(null);
  return update(id, (e) => ({ ...e, preset: { ...e.preset, name: trimmed }, updatedAt: Date.now() }));
}

export function markUsed(id: string): Promise<LibraryEntry | null> {
  return update(id, (e) => ({ ...e, lastUsedAt: Date.now() }));
}

export async function duplicatePreset(id: string): Promise<LibraryEntry | null> {
  const database = await db();
  const entry = await database.get("presets", id);
  if (!entry) return null;
  const names = new Set((await database.getAll("presets")).map((e) => e.preset.name));
  return savePreset({ ...entry.preset, name: copyName(entry.preset.name, names).slice(0, NAME_MAX) });
}

export async function deletePreset(id: string): Promise<void> {
  await (await db()).delete("presets", id);
}
