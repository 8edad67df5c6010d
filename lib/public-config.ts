/** The server configuration the page is told about (no secrets). */
export interface PublicConfig {
  mode: "simulator" | "upstream";
  allowUserKeys: boolean;
  accessTokenRequired: boolean;
}
