import "server-only";

import type { IncomingMessage, ServerResponse } from "node:http";
import { readConfig } from "../config";
import { log } from "../log";
import { errorResponse } from "../error-response";
import { sendAnswer } from "./answer";
import { TrafficCapture } from "../traffic/capture";
import { reportCall } from "./call-report";
import { forwardToUpstream } from "./forward";
import { fromNodeRequest } from "./proxy-request";

/** The handler of one `/api/v1/…` route: the API path it forwards to is fixed here, as are its methods. */
export function proxyApiRoute(apiPath: string, methods: readonly string[]) {
  return async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const config = readConfig();
    // Every Messages call is recorded for the Traffic view (PLAYGROUND_RECORD_TRAFFIC).
    const capture =
      config.recordTraffic && apiPath === "/v1/messages"
        ? new TrafficCapture(req, apiPath, config.trafficMaxBodyBytes)
        : undefined;
    const report = reportCall(res, apiPath, req.method ?? "GET", config, capture);
    const request = fromNodeRequest(req, res);
    try {
      const answer = methods.includes(request.method)
        ? await forwardToUpstream(request, apiPath, report, config)
        : errorResponse(
            "invalid_request_error",
            `${request.method} is not allowed on ${apiPath}: use ${methods.join(" or ")}.`,
            {
              status: 405,
              headers: { allow: methods.join(", ") },
            },
          );
      await sendAnswer(res, answer);
    } catch (error) {
      // A bug, not a fault of the upstream: say so in the API's shape rather than let the server print a page.
      log("error", `${apiPath}: ${(error as Error)?.name ?? "error"} while answering`, { route: apiPath });
      if (!res.headersSent)
        await sendAnswer(res, errorResponse("api_error", "The playground's proxy failed while answering. Try again."));
      else res.destroy();
    }
  };
}
