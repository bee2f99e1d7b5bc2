/**
 * The page's one way to the server: a GraphQL request to /graphql as a plain POST of a query
 * document and its variables — no schema fetch, so it works where introspection is off.
 */

export class ApiError extends Error {}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("The server cannot be reached.");
  }
  const answer = (await response.json().catch(() => ({}))) as Answer<T>;
  if (answer.errors?.length) throw new ApiError(answer.errors.map((error) => error.message).join("; "));
  if (!response.ok || !answer.data) throw new ApiError(`The server answered ${response.status}.`);
  return answer.data;
}
