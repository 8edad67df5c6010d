import type { StateCreator } from "zustand";
import { MAX_REPEATS } from "@/lib/presets/limits";
import { MAX_TEST_CASES, type CaseTable, type TestCase } from "@/lib/test-cases/test-cases";

export { MAX_REPEATS };
export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 16;
/** Above this worst-case cost a run asks first (a warning, never a block). */
export const DEFAULT_CONFIRM_ABOVE_USD = 1;

/** What a run is made of besides the variants: the variables' values, the test cases, the repeats, and how it goes. */
export interface CasesSlice {
  /** A value per {{variable}}; a test case's own value wins where it has one. */
  variableValues: Record<string, string>;
  testCases: TestCase[];
  /** How many times each call is made (1–20). */
  repeats: number;
  /** How many calls of a run are in flight at most. */
  concurrency: number;
  /** A run whose worst-case cost is above this asks before it starts. */
  confirmAboveUsd: number;
  setVariableValue: (name: string, value: string) => void;
  /** A new case, with these values (or none). */
  addTestCase: (values?: Record<string, string>) => void;
  setCaseValue: (index: number, name: string, value: string) => void;
  removeTestCase: (index: number) => void;
  /** Imported or pasted cases, after the ones there are or instead of them. */
  importTestCases: (table: CaseTable, replace: boolean) => void;
  setRepeats: (repeats: number) => void;
  setConcurrency: (concurrency: number) => void;
  setConfirmAboveUsd: (usd: number) => void;
}

export const newCaseId = () => `case-${crypto.randomUUID()}`;

/** A whole number within bounds, or the fallback for what is not a number. */
export const clampWhole = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

export const createCasesSlice: StateCreator<CasesSlice, [], [], CasesSlice> = (set, get) => ({
  variableValues: {},
  testCases: [],
  repeats: 1,
  concurrency: DEFAULT_CONCURRENCY,
  confirmAboveUsd: DEFAULT_CONFIRM_ABOVE_USD,
  setVariableValue: (name, value) => {
    if (get().variableValues[name] === value) return;
    set({ variableValues: { ...get().variableValues, [name]: value } });
  },
  addTestCase: (values = {}) => {
    if (get().testCases.length >= MAX_TEST_CASES) return;
    set({ testCases: [...get().testCases, { id: newCaseId(), values: { ...values } }] });
  },
  setCaseValue: (index, name, value) => {
    const cases = get().testCases;
    if (!cases[index] || cases[index].values[name] === value) return;
    set({
      testCases: cases.map((c, i) => (i === index ? { ...c, values: { ...c.values, [name]: value } } : c)),
    });
  },
  removeTestCase: (index) => {
    if (!get().testCases[index]) return;
    set({ testCases: get().testCases.filter((_, i) => i !== index) });
  },
  importTestCases: (table, replace) => {
    const imported = table.rows.map((values) => ({ id: newCaseId(), values }));
    const cases = replace ? imported : [...get().testCases, ...imported];
    set({ testCases: cases.slice(0, MAX_TEST_CASES) });
  },
  setRepeats: (repeats) => {
    const next = clampWhole(repeats, 1, MAX_REPEATS, 1);
    if (next !== get().repeats) set({ repeats: next });
  },
  setConcurrency: (concurrency) => {
    const next = clampWhole(concurrency, 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY);
    if (next !== get().concurrency) set({ concurrency: next });
  },
  setConfirmAboveUsd: (usd) => {
    const next = Number.isFinite(usd) && usd >= 0 ? usd : DEFAULT_CONFIRM_ABOVE_USD;
    if (next !== get().confirmAboveUsd) set({ confirmAboveUsd: next });
  },
});
