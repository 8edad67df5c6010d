// A comparison's results, saved with a preset when the user asks: what ran (the variants as they were, the values,
// the test cases) and each call's summary (its reply, usage, cost, timing; no event log). Read from links and files,
// so loosely typed where the API's own shapes go (a reply's blocks) and strict where ours do.
import { z } from "zod";
import { MessageRequestSchema } from "@/lib/messages/request-schema";
import type { RequestBody } from "@/lib/messages/types";

import { MAX_REPEATS } from "./limits";

export { MAX_REPEATS };

const Values = z.record(z.string().max(200), z.string().max(1_000_000));

const SavedCallSchema = z.looseObject({
  status: z.enum(["queued", "streaming", "waiting", "done", "error", "stopped"]),
  attempts: z.number().int().min(0).max(100),
  runId: z.string().max(100).optional(),
  /** The reply as the API sent it: its blocks are shown by the transcript's components, as text or sanitized. */
  message: z.looseObject({ content: z.array(z.looseObject({ type: z.string().max(100) })) }).optional(),
  error: z.looseObject({ type: z.string().max(200), message: z.string().max(100_000) }).optional(),
  httpStatus: z.number().int().optional(),
  usage: z.looseObject({}).optional(),
  outputEstimated: z.boolean().optional(),
  costUsd: z.number().nullable().optional(),
  firstTokenMs: z.number().optional(),
  totalMs: z.number().optional(),
});

export const SavedResultsSchema = z.strictObject({
  number: z.number().int().min(1),
  startedAt: z.number(),
  variants: z
    .array(
      z.strictObject({
        id: z.string().max(200),
        name: z.string().max(200),
        request: MessageRequestSchema,
        betas: z.array(z.string().max(200)).max(100).optional(),
      }),
    )
    .min(1)
    .max(8),
  testCases: z
    .array(z.strictObject({ id: z.string().max(200), values: Values }))
    .max(500)
    .nullable(),
  values: Values,
  repeats: z.number().int().min(1).max(MAX_REPEATS),
  cells: z.record(z.string().regex(/^\d+:\d+$/), z.array(SavedCallSchema).max(MAX_REPEATS)),
});

type Parsed = z.infer<typeof SavedResultsSchema>;
export type SavedResults = Omit<Parsed, "variants"> & {
  variants: (Omit<Parsed["variants"][number], "request"> & { request: RequestBody })[];
};
