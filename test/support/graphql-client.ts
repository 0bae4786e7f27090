export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    fields?: { field: string; message: string }[];
    [key: string]: unknown;
  };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
  headers: Headers;
}

/** A GraphQL call over real HTTP, as a browser or another service would make it. */
export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // Apollo's CSRF prevention wants a non-simple request; JSON content-type already is one.
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const result = await graphql<{ login: { accessToken: string } }>(
    baseUrl,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

/** The first error's code, for compact assertions. */
export function errorCode(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
