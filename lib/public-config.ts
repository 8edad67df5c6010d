/** The server configuration the page is told about (no secrets). */
export interface PublicConfig {
  mode: "simulator" | "upstream";
  allowUserKeys: boolean;
  accessTokenRequired: boolean;
  /** The proxy records every call for the Traffic view (PLAYGROUND_RECORD_TRAFFIC). */
  recordTraffic: boolean;
}
