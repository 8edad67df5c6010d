// The Markdown segments of a reply's text blocks that will not change any more, each reported once, as the
// reply streams. The stream worker hands them to the Markdown worker the moment they are cut, so conversion
// keeps pace with the stream rather than with the page's frames: a page starved of CPU draws few frames, and
// asked for hundreds of segments only at the end (bench:stream). The cut is the page's own (segmentMarkdown),
// so the sources are the very strings its views look up.
import type { LiveMessage } from "../stream/accumulate";
import { segmentMarkdown, type SegmentState } from "./segments";

interface BlockCut {
  state?: SegmentState;
  /** How many of the block's segments were reported. */
  reported: number;
  /** The block is complete and all its segments were reported. */
  done?: boolean;
}

export class FinishedSegments {
  private readonly blocks: BlockCut[] = [];

  /** The segments finished since the last call: all but a streaming block's tail, all of a complete block's. */
  take(message: LiveMessage | undefined): string[] {
    const finished: string[] = [];
    message?.content.forEach((block, index) => {
      if (block.type !== "text") return;
      const cut = (this.blocks[index] ??= { reported: 0 });
      if (cut.done || (cut.state?.text === block.text && !block.complete)) return;
      const { state, segments } = segmentMarkdown(block.text ?? "", cut.state);
      cut.state = state;
      const end = block.complete ? segments.length : segments.length - 1;
      for (; cut.reported < end; cut.reported++) finished.push(segments[cut.reported]);
      cut.done = block.complete === true;
    });
    return finished;
  }
}
