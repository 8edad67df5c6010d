import { whenUsable } from "./when-usable";

/**
 * A module the first view does not show, but the first click may: fetched once the page is usable, so that it is
 * there by the time it is needed without competing with what makes Run work. Returns the loader, for next/dynamic.
 */
export function loadAfterUsable<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const once = () => {
    loading ??= load();
    return loading;
  };
  if (typeof document !== "undefined") void whenUsable().then(once);
  return once;
}
