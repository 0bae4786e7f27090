// A minimal GraphQL client over fetch, as a browser would call the API.

export class GraphqlClient {
  constructor(
    readonly baseUrl: string,
    private token?: string,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T | null;
      errors?: { message: string; extensions?: unknown }[];
    };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL error (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  }

  async login(email: string, password: string): Promise<void> {
    const data = await this.request<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    this.token = data.login.accessToken;
  }
}
