"use client";

import { useEffect, useState } from "react";

/** The floor of `npm run bench:ui`: a bare hydrated button, marked usable the way the playground's Run is. */
export function FloorRunButton() {
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    performance.mark("run-usable");
    document.documentElement.dataset.runUsable = "true";
  }, []);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      Run {clicks > 0 ? clicks : ""}
    </button>
  );
}
