import type { StateCreator } from "zustand";
import type { CallError } from "@/lib/messages/errors";
import type { Message } from "@/lib/messages/types";
import type { TestCase } from "@/lib/test-cases/test-cases";
import type { BillableUsage } from "@/lib/usage/pricing";
import { applyStep, type Step } from "./steps";
import type { Variant } from "./variants";

export type BatchCallStatus = "queued" | "streaming" | "waiting" | "done" | "error" | "stopped";

/** One call of a batch as the results keep it: small (no event log), so that a grid of many stays cheap. */
export interface BatchCall {
  status: BatchCallStatus;
  /** The run that made its latest attempt (the store's run id, and history's); absent while queued. */
  runId?: string;
  /** How many times it was sent (a 429 or 529 has it sent again after the wait the upstream asks for). */
  attempts: number;
  /** The reply as the API sent it, once the call ended. */
  message?: Message;
  error?: CallError;
  httpStatus?: number;
  usage?: BillableUsage;
  outputEstimated?: boolean;
  /** Its cost in USD at the model's prices; null when a price is unknown. */
  costUsd?: number | null;
  firstTokenMs?: number;
  totalMs?: number;
  /** Waiting for a 429's or 529's retry-after until this time (epoch ms). */
  waitUntil?: number;
}

export const FINISHED: ReadonlySet<BatchCallStatus> = new Set(["done", "error", "stopped"]);

/** A batch: every call one Run started (variants × test cases × repeats), and what it was made of, as it was then. */
export interface Batch {
  id: string;
  /** Run 1, Run 2… on this page. */
  number: number;
  startedAt: number;
  status: "running" | "done" | "stopped";
  variants: Variant[];
  /** The test cases it ran, or null for one row without them. */
  testCases: TestCase[] | null;
  values: Record<string, string>;
  repeats: number;
  /** The calls of each cell, one per repeat, by `cellKey(testCase, variant)`. */
  cells: Record<string, BatchCall[]>;
  total: number;
  /** The calls that ended (done, failed, or stopped in flight); those Stop cancelled before they went out are not. */
  finished: number;
  /** The known cost so far, and how many finished calls have no known price. */
  costUsd: number;
  unknownCost: number;
  /** The calls wait until then for a 429's or 529's retry-after (epoch ms). */
  waitUntil?: number;
}

/** A cell's key: its test case's index (0 without test cases) and its variant's, from 0. */
export const cellKey = (testCase: number, variant: number) => `${testCase}:${variant}`;

export interface BatchSlice {
  /** The latest batch: its results grid or its variants' columns, with its progress. */
  batch: Batch | null;
  batchCount: number;
  /** A run whose worst-case cost is over the threshold, waiting for the user's yes or no. */
  runConfirmation: { calls: number; worstUsd: number; unknownCost: number } | null;
  startBatch: (batch: Omit<Batch, "number">) => void;
  updateBatchCall: (batchId: string, key: string, repeat: number, changes: Partial<BatchCall>) => void;
  setBatchWait: (batchId: string, until: number | undefined) => void;
  finishBatch: (batchId: string, status: Batch["status"]) => void;
  /** Results that came with a preset. */
  showResults: (batch: Batch | null) => void;
  askRunConfirmation: (ask: BatchSlice["runConfirmation"]) => void;
}

/** A change to one call of the batch (see `updateBatchCall`); nothing when that batch is no longer the latest. */
export const batchCallChanged =
  (batchId: string, key: string, repeat: number, changes: Partial<BatchCall>): Step<BatchSlice> =>
  ({ batch }) => {
    const calls = batch?.id === batchId ? batch.cells[key] : undefined;
    const call = calls?.[repeat];
    if (!batch || !calls || !call) return {};
    const next = { ...call, ...changes };
    // A call counts as done once it ended, unless Stop took it out of the queue before it ever went out.
    const ends = !FINISHED.has(call.status) && FINISHED.has(next.status) && (next.status !== "stopped" || next.runId);
    const cost = ends ? next.costUsd : undefined;
    return {
      batch: {
        ...batch,
        cells: { ...batch.cells, [key]: calls.map((c, i) => (i === repeat ? next : c)) },
        finished: batch.finished + (ends ? 1 : 0),
        costUsd: batch.costUsd + (typeof cost === "number" ? cost : 0),
        unknownCost: batch.unknownCost + (ends && cost === null ? 1 : 0),
      },
    };
  };

export const createBatchSlice: StateCreator<BatchSlice, [], [], BatchSlice> = (set, get) => {
  const current = (id: string) => {
    const batch = get().batch;
    return batch?.id === id ? batch : undefined;
  };
  return {
    batch: null,
    batchCount: 0,
    runConfirmation: null,
    startBatch: (batch) => {
      const number = get().batchCount + 1;
      set({ batch: { ...batch, number }, batchCount: number });
    },
    updateBatchCall: (batchId, key, repeat, changes) =>
      applyStep({ getState: get, setState: set }, batchCallChanged(batchId, key, repeat, changes)),
    setBatchWait: (batchId, until) => {
      const batch = current(batchId);
      if (batch && batch.waitUntil !== until) set({ batch: { ...batch, waitUntil: until } });
    },
    finishBatch: (batchId, status) => {
      const batch = current(batchId);
      if (batch) set({ batch: { ...batch, status, waitUntil: undefined } });
    },
    showResults: (batch) => set({ batch }),
    askRunConfirmation: (runConfirmation) => set({ runConfirmation }),
  };
};
