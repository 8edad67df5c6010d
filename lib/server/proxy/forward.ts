import "server-only";

import { handleSimulatorRequest } from "@/lib/simulator/handler";
import { FAULT_HEADER as SIMULATOR_FAULT_HEADER } from "@/lib/simulator/faults";
import { USER_KEY_HEADER } from "@/lib/proxy-headers";
import { chooseUpstream, readConfig } from "../config";
import { upstreamModels } from "../upstream-profile";
import { guardApiRequest } from "../access";
import { errorResponse } from "../error-response";
import type { ProxyAnswer } from "./answer";
import type { CallReport } from "./call-report";
import { clientResponseHeaders, simulatorRequestHeaders } from "./headers";
import type { ProxyRequest } from "./proxy-request";
import { readJsonBody } from "./read-body";
import { callUpstream } from "./upstream-call";

/**
 * One API call (`/v1/...` path, fixed by the route): access checks, body limits, then the configured
 * upstream with the chosen key, or the simulator in-process.
 */
export async function forwardToUpstream(
  request: ProxyRequest,
  apiPath: string,
  report: CallReport = {},
  config = readConfig(),
): Promise<ProxyAnswer> {
  const refused = await guardApiRequest(request, config);
  if (refused) return refused;
  let body: Awaited<ReturnType<typeof readJsonBody>>;
  try {
    body = await readJsonBody(request, config.maxBodyBytes);
  } catch {
    return new Response(null, { status: 499 }); // the client went away while sending
  }
  report.capture?.request(body.bytes, body.ok ? body.model : undefined);
  if (!body.ok) return body.response;
  report.model = body.model;

  const started = performance.now();
  const choice = chooseUpstream(config, request.headers.get(USER_KEY_HEADER) ?? undefined);
  switch (choice.source) {
    case "none":
      return errorResponse(
        "authentication_error",
        config.allowUserKeys
          ? 'No API key: enter your own under "Your API key", or set ANTHROPIC_API_KEY on the server.'
          : "No API key is configured on the server (ANTHROPIC_API_KEY).",
      );
    case "simulator":
      return callSimulator(request, apiPath, body.bytes, started);
    default:
      return callUpstream({
        request,
        apiPath,
        body: body.bytes,
        key: choice.key,
        source: choice.source,
        config,
        started,
      });
  }
}

async function callSimulator(
  request: ProxyRequest,
  apiPath: string,
  body: Uint8Array | undefined,
  started: number,
): Promise<Response> {
  const simulatorHeaders = simulatorRequestHeaders(request);
  // Fault injection for demos and tests: only the simulator reads this header, so it goes nowhere else.
  const fault = request.headers.get(SIMULATOR_FAULT_HEADER);
  if (fault) simulatorHeaders.set(SIMULATOR_FAULT_HEADER, fault);
  const simulated = new Request(`http://simulator${apiPath}${request.search}`, {
    method: request.method,
    headers: simulatorHeaders,
    body: body as BodyInit | undefined,
    signal: request.signal,
  });
  // The simulator answers as the configured upstream would: its profile's limits, models and errors.
  const response = await handleSimulatorRequest(simulated, { models: await upstreamModels() });
  const headers = clientResponseHeaders(response.headers, {
    source: "simulator",
    attempts: 1,
    upstreamMs: performance.now() - started,
  });
  return new Response(response.body, { status: response.status, headers });
}
