import "server-only";

import type { ServerResponse } from "node:http";
import type { Writable } from "node:stream";

/** An upstream event stream, answered by piping it into the client's response as it arrives. */
export interface StreamedAnswer {
  status: number;
  headers: Headers;
  pipe(sink: Writable): void;
}

/** What the proxy answers: a whole response (errors, JSON, the simulator's own stream) or a passthrough. */
export type ProxyAnswer = Response | StreamedAnswer;

/** Writes an answer to Node's response; a client that goes away cancels what is still being sent. */
export async function sendAnswer(res: ServerResponse, answer: ProxyAnswer): Promise<void> {
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  if (!(answer instanceof Response)) return answer.pipe(res);
  if (!answer.body) return void res.end();
  const reader = answer.body.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  res.once("close", cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    res.destroy();
  } finally {
    res.off("close", cancel);
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done).off("close", done);
      resolve();
    };
    res.once("drain", done).once("close", done);
  });
}
