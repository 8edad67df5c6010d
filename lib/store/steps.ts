/** A change of the store's state as a function of it: an action applies one alone; `inOneUpdate` applies several in one
 * update, which the store's listeners (every view's selectors) hear once. */
export type Step<S> = (state: S) => Partial<S>;

/** Several steps as one: each sees the state the ones before it left. */
export const inOneUpdate =
  <S>(...steps: (Step<S> | undefined)[]): Step<S> =>
  (state) => {
    let next = state;
    const changes: Partial<S> = {};
    for (const step of steps) {
      if (!step) continue;
      const change = step(next);
      next = { ...next, ...change };
      Object.assign(changes, change);
    }
    return changes;
  };

/** Applies a step to a store; one that changes nothing leaves the store, and every view listening to it, alone. */
export function applyStep<S>(
  store: { getState: () => S; setState: (change: Partial<S>) => void },
  step: Step<S>,
): void {
  const change = step(store.getState());
  if (Object.keys(change).length > 0) store.setState(change);
}
