// Immutable snapshots of a streaming message for React. A block that has not changed since the last
// snapshot keeps its identity, so its (memoized) view does not re-render; finished blocks are frozen.
import type { LiveBlock, LiveMessage, MessageAccumulator } from "./accumulate";

export class Snapshotter {
  private copies: LiveBlock[] = [];
  private versions: number[] = [];

  take(accumulator: MessageAccumulator): LiveMessage | undefined {
    const message = accumulator.message;
    if (!message) return undefined;
    const content = message.content.map((block, index) => {
      const version = accumulator.blockVersions[index] ?? 0;
      const previous = this.copies[index];
      if (previous && this.versions[index] === version) return previous;
      const copy = { ...block } as LiveBlock;
      if (copy.complete) Object.freeze(copy);
      this.copies[index] = copy;
      this.versions[index] = version;
      return copy;
    });
    return { ...message, usage: { ...message.usage }, content };
  }
}
