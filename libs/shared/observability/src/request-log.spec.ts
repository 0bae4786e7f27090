import { requestForLog, responseForLog } from './request-log';

describe('a request log line', () => {
  it('keeps the id, method, path, client and the credential headers (for their redaction), not the query string', () => {
    const line = requestForLog({
      id: 'r1',
      method: 'GET',
      url: '/statistics/export.csv?officeId=o1&q=山田',
      remoteAddress: '10.0.0.1',
      headers: { authorization: 'Bearer x', 'accept-language': 'ja', 'user-agent': 'Chrome', host: 'api' },
    });
    expect(line).toEqual({
      id: 'r1',
      method: 'GET',
      url: '/statistics/export.csv',
      remoteAddress: '10.0.0.1',
      headers: { authorization: 'Bearer x', 'user-agent': 'Chrome' },
    });
  });

  it('keeps the status, size and a session cookie being set, not the security headers every response carries', () => {
    const line = responseForLog({
      statusCode: 200,
      headers: {
        'content-security-policy': "default-src 'self'",
        'set-cookie': ['s=1'],
        'content-length': '79',
      },
    });
    expect(line).toEqual({ statusCode: 200, headers: { 'content-length': '79', 'set-cookie': ['s=1'] } });
  });
});
