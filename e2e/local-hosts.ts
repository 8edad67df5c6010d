/** The hosts a browser test may reach: the app's own. playwright.config.ts lets the browser resolve only these, and
 * fixtures.ts fails a test whose page asks for any other. */
export const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
