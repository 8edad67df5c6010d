import type { PersistStorage, StorageValue } from "zustand/middleware";

/**
 * localStorage for the persisted draft, written only when the draft itself changed (run updates arrive
 * every frame while streaming and must not re-serialize a request full of images), and never throwing:
 * a full quota or a browser that refuses storage must not break editing.
 *
 * Nothing is written before the saved draft has been read: the store starts from the default request and reads the
 * draft after hydration (`skipHydration`), and zustand's persist writes on every change, so any change in between (a
 * link's preset offered, a run's state) would otherwise replace the saved draft with the default one.
 */
export function draftStorage<S extends object>(): PersistStorage<S> {
  let last: S | null = null;
  let read = false;
  const unchanged = (state: S) =>
    last !== null && Object.keys(state).every((key) => state[key as keyof S] === last![key as keyof S]);
  return {
    getItem: (name) => {
      read = true;
      try {
        const text = localStorage.getItem(name);
        return text === null ? null : (JSON.parse(text) as StorageValue<S>);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      if (!read || unchanged(value.state)) return;
      last = value.state;
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch (error) {
        console.warn("The draft could not be saved:", (error as Error).message);
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // nothing to remove
      }
    },
  };
}
