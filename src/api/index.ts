/** The API stage's public face: start the GraphQL server, print its SDL. */

export { BROWSER_GUIDE_PATH } from "./browser-guide.js";
export { EXPLORE_PATH } from "./explore-page.js";
export { buildApiSchema, printApiSchema } from "./schema.js";
export { type ApiOptions, type RunningApi, startApi } from "./server.js";
