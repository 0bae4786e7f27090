import { isSameOriginRequest, type OriginFacts } from './same-origin';

function request(headers: Record<string, string>, protocol = 'http', host = 'localhost:3000'): OriginFacts {
  return { headers, protocol, host };
}

describe('isSameOriginRequest', () => {
  const graphql = { graphql: true };
  const http = { graphql: false };

  it('accepts an Origin equal to the request’s own scheme, host and port', () => {
    expect(isSameOriginRequest(request({ origin: 'http://localhost:3000' }), http)).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'HTTP://LOCALHOST:3000' }), http)).toBe(true);
    // Behind a TLS proxy (trust proxy): the scheme Express reports, with the default port written or not.
    const proxied = request({ origin: 'https://kakehashi.example.jp' }, 'https', 'kakehashi.example.jp:443');
    expect(isSameOriginRequest(proxied, http)).toBe(true);
  });

  it.each([
    ['another host', 'http://evil.example:3000'],
    ['another port', 'http://localhost:3001'],
    ['another scheme', 'https://localhost:3000'],
    ['a parent domain trick', 'http://localhost:3000.evil.example'],
    ['an opaque origin', 'null'],
    ['an empty header', ''],
    ['a URL with a path', 'http://localhost:3000/graphql'],
    ['garbage', 'not a url'],
  ])('refuses an Origin of %s, whatever else the request says', (_, origin) => {
    const headers = { origin, 'sec-fetch-site': 'same-origin', 'x-kakehashi-csrf': '1' };
    expect(isSameOriginRequest(request(headers), graphql)).toBe(false);
  });

  it('without Origin, accepts Sec-Fetch-Site: same-origin only', () => {
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-origin' }), http)).toBe(true);
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect(isSameOriginRequest(request({ 'sec-fetch-site': site }), http)).toBe(false);
    }
  });

  it('accepts the x-kakehashi-csrf header for GraphQL only, and only as "1"', () => {
    expect(isSameOriginRequest(request({ 'x-kakehashi-csrf': '1' }), graphql)).toBe(true);
    expect(isSameOriginRequest(request({ 'x-kakehashi-csrf': '1' }), http)).toBe(false);
    expect(isSameOriginRequest(request({ 'x-kakehashi-csrf': 'yes' }), graphql)).toBe(false);
  });

  it('refuses a request that says nothing of where it comes from, or has no host', () => {
    expect(isSameOriginRequest(request({}), graphql)).toBe(false);
    expect(
      isSameOriginRequest({ headers: { origin: 'http://localhost:3000' }, protocol: 'http' }, http),
    ).toBe(false);
  });
});
