"use client";

import { useEffect, useState } from "react";
import { mergeModels, parseUpstreamModels, type ModelChoice } from "@/lib/models/merge-upstream";
import { apiFetch } from "@/lib/client/api-fetch";
import { useModelLookup } from "../hooks/use-model-lookup";

// Asked once per page: the upstream's list rarely changes, and a failure just leaves the catalogue.
let upstreamPromise: Promise<{ id: string; label: string }[]> | null = null;

function loadUpstream() {
  upstreamPromise ??= apiFetch("/api/v1/models")
    .then((response) => (response.ok ? response.json() : null))
    .then(parseUpstreamModels)
    .catch(() => []);
  return upstreamPromise;
}

/** The models to offer: the catalogue with the upstream profile's facts and models, and what /v1/models lists. */
export function useModelChoices(current: string): ModelChoice[] {
  const models = useModelLookup();
  const [upstream, setUpstream] = useState<{ id: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    void loadUpstream().then((list) => live && setUpstream(list));
    return () => {
      live = false;
    };
  }, []);
  return mergeModels(models.all(), upstream, current);
}
