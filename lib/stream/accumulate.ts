// Accumulates Messages stream events into a Message the way the official SDK does:
// text and thinking deltas append, `signature_delta` replaces, `input_json_delta` appends to a
// buffer that is parsed when the block stops (tool_use, server_tool_use, or any block that streams its input),
// unknown events and deltas are ignored.
import type { ApiErrorBody, ContentBlock, Message, RefusalStopDetails, StopReason, Usage } from "@/lib/messages/types";

/** A content block while it streams; `partialJson` is the raw tool input received so far. */
export type LiveBlock = ContentBlock & { partialJson?: string; complete?: boolean };

export interface LiveMessage {
  id: string;
  model: string;
  role: "assistant";
  content: LiveBlock[];
  stop_reason: StopReason | null;
  stop_sequence: string | null;
  /** Why a refusal stopped the reply (category, explanation). */
  stop_details?: RefusalStopDetails | null;
  /** The code execution container the reply ran in. */
  container?: unknown;
  usage: Partial<Usage> & { input_tokens: number; output_tokens: number };
}

export type StreamEvent = { type: string; [key: string]: unknown };

export class MessageAccumulator {
  message: LiveMessage | undefined;
  error: ApiErrorBody | undefined;
  /** Increments on every change so views can skip work when nothing moved. */
  version = 0;
  /** Per block, increments on each change: a snapshot copies only the blocks that moved. */
  blockVersions: number[] = [];
  /** Characters of text, thinking and tool input received: the basis of the live token estimate. */
  outputChars = 0;
  /** True once `message_delta` has given the real cumulative output token count. */
  finalUsage = false;

  apply(event: StreamEvent): void {
    switch (event.type) {
      case "message_start": {
        const m = event.message as Message;
        this.message = {
          id: m.id,
          model: m.model,
          role: "assistant",
          content: [],
          stop_reason: m.stop_reason ?? null,
          stop_sequence: m.stop_sequence ?? null,
          usage: { ...(m.usage as Usage) },
        };
        break;
      }
      case "content_block_start": {
        const msg = this.require();
        const block = { ...(event.content_block as ContentBlock) } as LiveBlock;
        if (block.type === "tool_use") block.partialJson = "";
        msg.content[event.index as number] = block;
        this.touch(event.index as number);
        break;
      }
      case "content_block_delta":
        this.applyDelta(event.index as number, event.delta as { type: string; [k: string]: unknown });
        this.touch(event.index as number);
        break;
      case "content_block_stop": {
        const block = this.require().content[event.index as number];
        if (block) finishBlock(block);
        this.touch(event.index as number);
        break;
      }
      case "message_delta": {
        const msg = this.require();
        const delta = event.delta as {
          stop_reason?: StopReason | null;
          stop_sequence?: string | null;
          stop_details?: RefusalStopDetails | null;
          container?: unknown;
        };
        if (delta?.stop_reason !== undefined) msg.stop_reason = delta.stop_reason;
        if (delta?.stop_sequence !== undefined) msg.stop_sequence = delta.stop_sequence;
        if (delta?.stop_details !== undefined) msg.stop_details = delta.stop_details;
        if (delta?.container != null) msg.container = delta.container;
        // Newer servers repeat input and cache counts here: keep the non-null ones.
        for (const [key, value] of Object.entries((event.usage as Record<string, unknown>) ?? {})) {
          if (value !== null && value !== undefined) (msg.usage as Record<string, unknown>)[key] = value;
        }
        if (typeof (event.usage as { output_tokens?: unknown } | undefined)?.output_tokens === "number")
          this.finalUsage = true;
        break;
      }
      case "error":
        this.error = event as unknown as ApiErrorBody;
        break;
      default:
        return; // ping, message_stop and unknown events change nothing
    }
    this.version++;
  }

  private applyDelta(index: number, delta: { type: string; [k: string]: unknown }) {
    const block = this.require().content[index] as unknown as Record<string, unknown> | undefined;
    if (!block || !delta) return;
    switch (delta.type) {
      case "text_delta":
        block.text = ((block.text as string) ?? "") + (delta.text as string);
        this.outputChars += (delta.text as string)?.length ?? 0;
        break;
      case "thinking_delta":
        block.thinking = ((block.thinking as string) ?? "") + (delta.thinking as string);
        this.outputChars += (delta.thinking as string)?.length ?? 0;
        break;
      case "signature_delta":
        block.signature = delta.signature;
        break;
      case "input_json_delta":
        block.partialJson = ((block.partialJson as string) ?? "") + (delta.partial_json as string);
        this.outputChars += (delta.partial_json as string)?.length ?? 0;
        break;
      case "citations_delta":
        block.citations = [...((block.citations as unknown[]) ?? []), delta.citation];
        break;
    }
  }

  /**
   * Output tokens so far: the server's count once `message_delta` gave it, else an estimate from the
   * characters received (about 4 per token), never below what `message_start` reported.
   */
  outputTokens(): { tokens: number; estimated: boolean } {
    const reported = this.message?.usage.output_tokens ?? 0;
    if (this.finalUsage) return { tokens: reported, estimated: false };
    return { tokens: Math.max(reported, Math.round(this.outputChars / 4)), estimated: true };
  }

  private touch(index: number) {
    this.blockVersions[index] = (this.blockVersions[index] ?? 0) + 1;
  }

  private require(): LiveMessage {
    if (!this.message) throw new Error("stream event before message_start");
    return this.message;
  }
}

function finishBlock(block: LiveBlock) {
  block.complete = true;
  // Any block that streamed input_json_delta; a server_tool_use called from code brings its input whole, with none.
  if (block.partialJson !== undefined) {
    // An empty buffer means a tool called with no arguments.
    try {
      (block as { input?: unknown }).input = block.partialJson === "" ? {} : JSON.parse(block.partialJson);
    } catch {
      // Left unparsed: the view shows the raw JSON, as the API sent it.
    }
  }
}

/** A non-streaming reply as the view takes a finished stream: every block complete. */
export function fromMessage(message: Message): LiveMessage {
  return {
    ...message,
    usage: { ...message.usage },
    content: message.content.map((block) => ({ ...block, complete: true }) as LiveBlock),
  } as LiveMessage;
}

/** The final Message: live-only fields removed, shaped as the non-streaming reply. */
export function toMessage(live: LiveMessage): Message {
  return {
    ...live,
    type: "message",
    content: live.content.map(({ partialJson: _p, complete: _c, ...block }) => block as ContentBlock),
  } as unknown as Message;
}
