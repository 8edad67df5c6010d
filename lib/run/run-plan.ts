// What Run will send: every call of the run (each test case × each variant × each repeat, or the variants alone), each
// request with its {{variables}} filled in; why Run is refused, if it is; and what the whole run may cost at worst.
// One variant with no test cases and one repeat is one call, as Run has always made.
import type { RequestBody } from "@/lib/messages/types";
import type { ModelLookup } from "@/lib/models/lookup";
import { cellKey } from "@/lib/store/batch-slice";
import type { Variant } from "@/lib/store/variants";
import { variantLabel } from "@/lib/store/variants";
import type { TestCase } from "@/lib/test-cases/test-cases";
import { longestTtl } from "@/lib/usage/cache-breakpoints";
import { estimateInputTokens } from "@/lib/usage/estimate";
import { worstCaseCost } from "@/lib/usage/pricing";
import { fillRequest, findAllVariables, missingValues, type VariableValues } from "@/lib/variables/variables";
import { issuesOf } from "./request-issues";

export interface PlannedCall {
  /** Indices from 0: the variant, the test case (0 without test cases) and the repeat. */
  variant: number;
  testCase: number;
  repeat: number;
  /** The results' cell it belongs to. */
  key: string;
  variantId: string;
  /** The request as sent (variables filled in) and as edited. */
  request: RequestBody;
  template: RequestBody;
  betas: string[];
}

export interface PlanInput {
  variants: Variant[];
  variableValues: VariableValues;
  testCases: TestCase[];
  repeats: number;
}

export interface RunPlan extends PlanInput {
  /** Every call, test case by test case, each repeat of a case before the next case, variants side by side. */
  calls: PlannedCall[];
  variables: string[];
  /** One call, as Run made before variants: the transcript shows it, nothing else changes. */
  single: boolean;
}

/** More calls than this in one run are refused: the grid would be no place to read them. */
export const MAX_CALLS = 10_000;

// A request filled with the same values is the same object each time: validation and the token estimate are kept by
// request object, and the panel asks for them on every render. One template is filled with each test case's values.
const filled = new WeakMap<RequestBody, WeakMap<VariableValues, RequestBody>>();

/** The request as it will be sent with these values. */
export function sentRequest(template: RequestBody, values: VariableValues): RequestBody {
  let byValues = filled.get(template);
  if (!byValues) filled.set(template, (byValues = new WeakMap()));
  let request = byValues.get(values);
  if (!request) byValues.set(values, (request = fillRequest(template, values)));
  return request;
}

// A case's merged values are the same object while neither the case nor the Variables change, so that its requests
// stay the same objects too (above): a key typed in one variant then fills, checks and prices only that variant's calls.
const merged = new WeakMap<TestCase, { values: VariableValues; merged: VariableValues }>();

/** A test case's values: its own where it has one, the Variables' where it leaves one empty. */
export function caseValues(values: VariableValues, testCase: TestCase | undefined): VariableValues {
  if (!testCase) return values;
  const kept = merged.get(testCase);
  if (kept?.values === values) return kept.merged;
  const own = Object.entries(testCase.values).filter(([, value]) => value !== "");
  const result = own.length === 0 ? values : { ...values, ...Object.fromEntries(own) };
  merged.set(testCase, { values, merged: result });
  return result;
}

let last: { input: PlanInput; plan: RunPlan } | null = null;

export function planRun(input: PlanInput): RunPlan {
  if (
    last &&
    last.input.variants === input.variants &&
    last.input.variableValues === input.variableValues &&
    last.input.testCases === input.testCases &&
    last.input.repeats === input.repeats
  )
    return last.plan;
  const { variants, testCases, repeats } = input;
  const rows = testCases.length ? testCases : [undefined];
  const calls: PlannedCall[] = [];
  const total = rows.length * variants.length * repeats;
  // A plan past the limit is refused anyway: it lists none of its calls rather than build thousands for nothing.
  if (total <= MAX_CALLS)
    rows.forEach((testCase, row) => {
      const values = caseValues(input.variableValues, testCase);
      for (let repeat = 0; repeat < repeats; repeat++)
        variants.forEach((variant, index) =>
          calls.push({
            variant: index,
            testCase: row,
            repeat,
            key: cellKey(row, index),
            variantId: variant.id,
            request: sentRequest(variant.request, values),
            template: variant.request,
            betas: variant.betas,
          }),
        );
    });
  const plan: RunPlan = {
    ...input,
    calls,
    variables: findAllVariables(variants.map((v) => v.request)),
    single: variants.length === 1 && testCases.length === 0 && repeats === 1,
  };
  last = { input, plan };
  return plan;
}

/** Where a reason to refuse Run points: a request path (of a variant, when it is not the selected one), the JSON
 * editor, or a variable's value (in a test case, or the Variables). */
export type BlockerTarget =
  | { path: string; variant?: number }
  | { json: true }
  | { variable: string; testCase?: number };

export interface RunBlocker {
  reason: string;
  /** A step still to take (write a message, give a value), not a mistake to fix. */
  hint: boolean;
  target: BlockerTarget;
}

/** A message left empty is not written yet rather than wrong: Run says what to write. Its index, or undefined. */
export function unwrittenMessage(issue: { path: string }, request: RequestBody): number | undefined {
  const match = /^messages\.(\d+)\.content$/.exec(issue.path);
  if (!match) return undefined;
  const index = Number(match[1]);
  const content = (request.messages[index] as { content?: unknown } | undefined)?.content;
  return content === "" || (Array.isArray(content) && content.length === 0) ? index : undefined;
}

/** Why Run is refused, or undefined when every call may be sent. The selected variant speaks first, as it is the one
 * in view; with one variant and no variables the reasons are exactly those of a single request. */
export function planBlocker(
  plan: RunPlan,
  selected: number,
  models: ModelLookup,
  jsonError: string | null,
): RunBlocker | undefined {
  if (jsonError) return { reason: "The request JSON is invalid", hint: false, target: { json: true } };
  const several = plan.variants.length > 1;
  const order = [selected, ...plan.variants.keys()].filter((v, i, all) => all.indexOf(v) === i && plan.variants[v]);
  const firstValues = caseValues(plan.variableValues, plan.testCases[0]);
  for (const index of order) {
    const variant = plan.variants[index];
    const request = sentRequest(variant.request, firstValues);
    const issue = issuesOf(request, models)[0];
    if (!issue) continue;
    const label = several ? `${variantLabel(variant, index)}: ` : "";
    const target = { path: issue.path, ...(index === selected ? {} : { variant: index }) };
    const unwritten = unwrittenMessage(issue, request);
    if (unwritten !== undefined) return { reason: `${label}Write message ${unwritten + 1} to run`, hint: true, target };
    return { reason: `${label}${issue.message}`, hint: false, target };
  }
  if (plan.testCases.length === 0) {
    const missing = missingValues(plan.variables, plan.variableValues)[0];
    if (missing) return { reason: `Give {{${missing}}} a value to run`, hint: true, target: { variable: missing } };
  } else {
    for (const [row, testCase] of plan.testCases.entries()) {
      const missing = missingValues(plan.variables, caseValues(plan.variableValues, testCase))[0];
      if (missing)
        return {
          reason: `Test case ${row + 1} has no value for {{${missing}}}`,
          hint: true,
          target: { variable: missing, testCase: row },
        };
    }
  }
  const total = Math.max(1, plan.testCases.length) * plan.variants.length * plan.repeats;
  if (total > MAX_CALLS)
    return {
      reason: `A run makes at most ${MAX_CALLS.toLocaleString("en-US")} calls; this one would make ${total.toLocaleString("en-US")}`,
      hint: false,
      target: { path: "" },
    };
  return undefined;
}

export interface WorstCase {
  usd: number;
  /** Calls whose model has no known price: the worst case leaves them out and says so. */
  unknownCalls: number;
}

const worstOfCall = new WeakMap<RequestBody, { models: ModelLookup; usd: number | null }>();

/** The most the whole run can cost: each call's input at its dearest rate and its reply running to max_tokens (the
 * input estimated locally: counting each call's tokens upstream would itself be a run of calls). */
export function worstCaseOfPlan(plan: RunPlan, models: ModelLookup): WorstCase {
  let usd = 0;
  let unknownCalls = 0;
  for (const call of plan.calls) {
    let kept = worstOfCall.get(call.request);
    if (kept?.models !== models) {
      const maxTokens = Number.isInteger(call.request.max_tokens) ? call.request.max_tokens : 0;
      const cost = worstCaseCost(
        estimateInputTokens(call.request),
        maxTokens,
        models.prices(call.request.model),
        longestTtl(call.request),
      );
      kept = { models, usd: cost.known ? cost.usd : null };
      worstOfCall.set(call.request, kept);
    }
    if (kept.usd === null) unknownCalls++;
    else usd += kept.usd;
  }
  return { usd, unknownCalls };
}
