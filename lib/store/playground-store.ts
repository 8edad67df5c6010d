"use client";

import { create } from "zustand";
import { createRequestSlice, type RequestSlice } from "./request-slice";
import { createRunSlice, type RunSlice } from "./run-slice";
import { createUsageSlice, type UsageSlice } from "./usage-slice";

export type PlaygroundState = RequestSlice & RunSlice & UsageSlice;

/** The one bound store of the playground, made of slices. */
export const usePlaygroundStore = create<PlaygroundState>()((...a) => ({
  ...createRequestSlice(...a),
  ...createRunSlice(...a),
  ...createUsageSlice(...a),
}));
