"use client";

import { useEffect, useState } from "react";
import { whenUsable } from "@/lib/scheduling/when-usable";

/** False until the page's Run works; then true. Parts the first view does not need render (and load) after it. */
export function useUsable(): boolean {
  const [usable, setUsable] = useState(false);
  useEffect(() => {
    let live = true;
    void whenUsable().then(() => live && setUsable(true));
    return () => {
      live = false;
    };
  }, []);
  return usable;
}
