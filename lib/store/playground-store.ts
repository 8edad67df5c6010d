"use client";

import { create } from "zustand";
import { createRequestSlice, type RequestSlice } from "./request-slice";
import { createRunSlice, type RunSlice } from "./run-slice";
import { createUsageSlice, type UsageSlice } from "./usage-slice";
import { createPresetsSlice, type PresetsSlice } from "./presets-slice";

export type PlaygroundState = RequestSlice & RunSlice & UsageSlice & PresetsSlice;

/** The one bound store of the playground, made of slices. */
export const usePlaygroundStore = create<PlaygroundState>()((...a) => ({
  ...createRequestSlice(...a),
  ...createRunSlice(...a),
  ...createUsageSlice(...a),
  ...createPresetsSlice(...a),
}));
