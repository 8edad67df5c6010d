// Message threads (beta `message-threads-2026-08-12`): the server holds a conversation between turns, so a later
// request sends only its new messages. As the API does it:
//   thread {type: "create"}                          the full request; the conversation and the reply are stored
//                                                    under the reply's id
//   thread {type: "continue", previous_message_id}   only the new messages, without `system` and `tools` (the thread
//                                                    keeps those of its create request); the reply is stored under
//                                                    its own id, and the previous one cannot be continued again
// A thread is best-effort: it expires 5 minutes after its last request (a stored reply restarts the clock), and this
// store also forgets the oldest threads past a bound on their number and size. The rejections carry the SDK's error
// codes, so its thread helper and tool runner recover (a 404 `thread_not_found` replays the conversation).
// The `model` is the thread's fixed field: a continue with another one is refused as a fingerprint mismatch.
import type { ApiErrorType } from "@/lib/messages/types";
import { errorResponse } from "./responses";

export const MESSAGE_THREADS_BETA = "message-threads-2026-08-12";
export const THREAD_TTL_MS = 5 * 60_000;

type Body = Record<string, unknown>;
type Reply = { id: string; role: "assistant"; content: unknown[] };

interface StoredThread {
  /** `system` and `tools` of the create request (absent when it had none). */
  fixed: { system?: unknown; tools?: unknown };
  model: unknown;
  /** The whole conversation, ending with the stored reply. */
  messages: unknown[];
  /** Characters of the stored conversation, for the bound on size. */
  size: number;
  expiresAt: number;
  /** `open`: may be continued; `in_flight`: a continue is being answered; `continued`: it was, once. */
  state: "open" | "in_flight" | "continued";
}

/** A turn being answered: `commit` stores its reply (the whole of it, streamed to the end), `release` stores nothing. */
export interface ThreadTurn {
  commit(reply: Reply): void;
  release(): void;
}

/** The request to answer (rebuilt from the thread on a continue) and the turn to start once it is valid, or a refusal. */
export type ThreadRequest = { refused: Response } | { body: Body; start(): ThreadTurn };

export interface ThreadLimits {
  ttlMs: number;
  maxThreads: number;
  /** Characters of stored conversations, all threads together. */
  maxChars: number;
}

const DEFAULT_LIMITS: ThreadLimits = { ttlMs: THREAD_TTL_MS, maxThreads: 1_000, maxChars: 64 * 1024 * 1024 };

const NO_TURN: ThreadTurn = { commit() {}, release() {} };

function refuse(type: ApiErrorType, message: string, code?: string): { refused: Response } {
  return { refused: errorResponse(type, message, {}, { details: code ? { error_code: code } : null }) };
}

/** The `anthropic-beta` header as a list of names. */
export function betasOf(headers: Headers): string[] {
  return (headers.get("anthropic-beta") ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
}

export class ThreadStore {
  /** In order of last use: the first entry is the one to forget first. */
  private threads = new Map<string, StoredThread>();
  private chars = 0;
  private readonly limits: ThreadLimits;

  constructor(
    private readonly now: () => number = Date.now,
    limits: Partial<ThreadLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Reads the request's `thread`: a request without one passes as it is. Changes nothing until `start()`. */
  prepare(body: Body, betas: readonly string[]): ThreadRequest {
    const thread = typeof body === "object" && body !== null ? body.thread : undefined;
    if (thread === undefined || thread === null) return { body, start: () => NO_TURN };
    if (!betas.includes(MESSAGE_THREADS_BETA))
      return refuse("invalid_request_error", "thread: Extra inputs are not permitted");
    const { thread: _, ...rest } = body;
    const kind = (thread as { type?: unknown }).type;
    if (kind === "create") return { body: rest, start: () => this.creating(rest) };
    if (kind !== "continue")
      return refuse("invalid_request_error", "thread.type: Input should be 'create' or 'continue'");
    const previous = (thread as { previous_message_id?: unknown }).previous_message_id;
    if (typeof previous !== "string")
      return refuse("invalid_request_error", "thread.previous_message_id: Field required");
    return this.continuing(rest, previous);
  }

  private continuing(body: Body, previousId: string): ThreadRequest {
    this.evict();
    const stored = this.threads.get(previousId);
    if (!stored)
      return refuse(
        "not_found_error",
        `No thread state was found for previous_message_id ${previousId}: it expired or was never stored. Replay the full conversation with thread {"type": "create"}.`,
        "thread_not_found",
      );
    if (stored.state === "continued")
      return refuse(
        "invalid_request_error",
        `The response ${previousId} has already been continued, and a response can be continued once. Continue from the thread's most recent response id.`,
        "thread_already_continued",
      );
    if (stored.state === "in_flight")
      return refuse(
        "invalid_request_error",
        `Another request is still continuing from ${previousId}. Wait for it and continue from its response id, or replay the full conversation with thread {"type": "create"}.`,
        "thread_continue_in_flight",
      );
    for (const field of ["system", "tools"] as const) {
      if (field in body)
        return refuse(
          "invalid_request_error",
          `${field}: not allowed when continuing a thread; the thread keeps the system and tools of the request that created it.`,
        );
    }
    if (body.model !== stored.model)
      return refuse(
        "invalid_request_error",
        `model: differs from the model the thread was created with (${String(stored.model)}). Send that model, or replay the full conversation with thread {"type": "create"}.`,
        "thread_fingerprint_mismatch",
      );
    const messages = Array.isArray(body.messages) ? body.messages : [];
    const rebuilt: Body = { ...body, ...stored.fixed, messages: [...stored.messages, ...messages] };
    return {
      body: rebuilt,
      start: () => {
        stored.state = "in_flight";
        const turn = this.creating(rebuilt);
        return {
          commit: (reply) => {
            stored.state = "continued";
            turn.commit(reply);
          },
          release: () => {
            if (stored.state === "in_flight") stored.state = "open";
          },
        };
      },
    };
  }

  /** A turn whose reply is stored as a new thread: the request's conversation followed by the reply. */
  private creating(body: Body): ThreadTurn {
    return {
      commit: (reply) => {
        const fixed: StoredThread["fixed"] = {};
        if (body.system !== undefined) fixed.system = body.system;
        if (body.tools !== undefined) fixed.tools = body.tools;
        const messages = [
          ...(Array.isArray(body.messages) ? body.messages : []),
          { role: reply.role, content: reply.content },
        ];
        this.store(reply.id, {
          fixed,
          model: body.model,
          messages,
          size: JSON.stringify([fixed, messages]).length,
          expiresAt: this.now() + this.limits.ttlMs,
          state: "open",
        });
      },
      release() {},
    };
  }

  private store(id: string, thread: StoredThread): void {
    this.threads.set(id, thread);
    this.chars += thread.size;
    this.evict();
  }

  /** Forgets expired threads, then the least recently stored ones while over the bounds. */
  private evict(): void {
    const now = this.now();
    for (const [id, thread] of this.threads) {
      const over = this.threads.size > this.limits.maxThreads || this.chars > this.limits.maxChars;
      if (thread.expiresAt > now && !over) continue;
      this.threads.delete(id);
      this.chars -= thread.size;
    }
  }

  get size(): number {
    return this.threads.size;
  }
}
