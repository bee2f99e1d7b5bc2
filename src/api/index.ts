/** The API stage's public face: start the GraphQL server, print its SDL. */

export { buildApiSchema, printApiSchema } from "./schema.js";
export { type ApiOptions, type RunningApi, startApi } from "./server.js";
