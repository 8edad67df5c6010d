"use client";

import { useEffect, useState } from "react";

const WRAP_KEY = "playground:editor-wrap";

/** Whether the request editor wraps long lines (a long prompt is one JSON string): off by default, as in code
 * editors, and kept in this browser once chosen. Read after mount: the server render knows nothing of it. */
export function useEditorWrap(): [boolean, (wrap: boolean) => void] {
  const [wrap, setWrap] = useState(false);
  useEffect(() => {
    try {
      setWrap(localStorage.getItem(WRAP_KEY) === "on");
    } catch {
      // storage refused: the default stands
    }
  }, []);
  const choose = (next: boolean) => {
    setWrap(next);
    try {
      localStorage.setItem(WRAP_KEY, next ? "on" : "off");
    } catch {
      // storage refused: the choice lasts for this page
    }
  };
  return [wrap, choose];
}
