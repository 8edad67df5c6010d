// The page's two workers, started once and linked: the stream worker hands the Markdown worker each segment a reply
// finishes (finished-segments.ts). The transcript starts them when the page is idle, so that they warm up before the
// first reply; a call started sooner (Run in the first seconds after load) starts them itself, as a call that began
// before the link would leave every conversion to its views.
import { openConverterPort, warmConverter } from "@/lib/markdown/converter";
import { sendFinishedSegmentsTo, warmCallWorker } from "./call-in-worker";

let started = false;

export function startPageWorkers(): void {
  if (started) return; // a second link would leave the Markdown worker listening on a port nobody writes to
  started = true;
  warmConverter();
  warmCallWorker();
  const port = openConverterPort();
  if (port) sendFinishedSegmentsTo(port);
}
