// One finished call as history keeps it: a summary for the table and the CSV, and the details
// (request, reply, events) kept apart so listing a long history never loads every request.
import type { CallError } from "@/lib/messages/errors";
import type { RequestBody } from "@/lib/messages/types";
import { EventLog, unpackEvents, type PackedEvents, type RawEvent, type SseText } from "@/lib/stream/event-log";
import type { BillableUsage } from "@/lib/usage/pricing";

export type CallStatus = "done" | "error" | "stopped";

/** Where a call stands in a run of many (variants, test cases, repeats): the run (a batch of calls started by one Run),
 * the variant (by position then, and its name), the test case and the repeat, each from 1; and the attempt, when a 429
 * or 529 had the call sent again. */
export interface CallTags {
  batch: string;
  /** The batch's number on this page (Run 1, Run 2…), for people; `batch` is what identifies it. */
  batchNumber: number;
  variant: number;
  variantName?: string;
  testCase?: number;
  repeat?: number;
  attempt?: number;
}

export interface CallSummary {
  id: string;
  /** Epoch milliseconds when the call was sent. */
  startedAt: number;
  model: string;
  status: CallStatus;
  httpStatus?: number;
  requestId?: string;
  keySource?: string;
  attempts?: number;
  stopReason: string | null;
  usage: BillableUsage;
  /** The output tokens are estimated from the text received: the stream ended before the API reported them. */
  outputEstimated?: boolean;
  firstTokenMs?: number;
  totalMs?: number;
  errorMessage?: string;
  /** The cache breakpoints the request carried (paths), so the table can say a call used caching. */
  breakpoints: number;
  /** Set for a call of a run of many (variants, test cases, repeats). */
  tags?: CallTags;
}

export type RecordedEvent = RawEvent;

export interface CallDetails {
  id: string;
  request: RequestBody;
  /** The beta features it was sent with (the `anthropic-beta` header); absent when none, or recorded before betas. */
  betas?: string[];
  /** The reply as accumulated (a Message), absent when the call failed before `message_start`. */
  reply?: unknown;
  error?: CallError;
  /** The stream's text as it arrived (a few strings to store, not an object per event); records saved before
   * have the events packed, or, older still, listed. */
  events: SseText | PackedEvents | RecordedEvent[];
}

/** Events kept as the stream's text (the form saved now), not packed or listed (records from before). */
export function isSseText(events: CallDetails["events"]): events is SseText {
  return !Array.isArray(events) && !("ends" in events);
}

/** The events of a stored call, whichever form it was saved in. */
export function recordedEvents(details: CallDetails): RecordedEvent[] {
  const events = details.events;
  if (isSseText(events)) return EventLog.from(events).list();
  return Array.isArray(events) ? events : unpackEvents(events);
}

export interface CallRecord {
  summary: CallSummary;
  details: CallDetails;
}
