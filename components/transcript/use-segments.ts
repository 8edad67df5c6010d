"use client";

import { useRef } from "react";
import { segmentMarkdown, type SegmentState } from "@/lib/markdown/segments";

/** Markdown segments of a growing text, cut incrementally from the previous frame's cut. */
export function useSegments(text: string): string[] {
  const state = useRef<{ state?: SegmentState; text?: string; segments: string[] }>({ segments: [] });
  if (state.current.text !== text) {
    const next = segmentMarkdown(text, state.current.state);
    state.current = { state: next.state, text, segments: next.segments };
  }
  return state.current.segments;
}
