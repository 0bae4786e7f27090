// The page on the API's origin: deep links and unknown paths reach the app's router (index.html), hashed assets are
// cached for a year, a missing asset is a 404 (never the page), and /graphql and /health are untouched.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { NO_WEB_BUILD, startTestApi, type RunningApi } from '../support/test-api';

const INDEX = '<!doctype html><html lang="ja"><body><div id="root"></div></body></html>';

describe('the web app served by the API', () => {
  let api: RunningApi;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'export const built = true;');
    api = await startTestApi({ WEB_DIST_DIR: webDir });
  });

  afterAll(async () => {
    await api?.stop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it.each(['/', '/cases/00000000-0000-0000-0000-000000000000', '/no-such-page'])(
    'answers %s with the page, revalidated on every load',
    async (url) => {
      const response = await request(api.url).get(url).expect(200);
      expect(response.text).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('caches a hashed asset for a year and answers a missing one with 404', async () => {
    const asset = await request(api.url).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request(api.url).get('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<div id="root">');
  });

  it('leaves every HTTP controller’s paths to the API (an unknown one there is the API’s 404, not the page)', async () => {
    const prefixes = [...api.app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.values()].flatMap((wrapper) =>
        wrapper.metatype ? [Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string] : [],
      ),
    );
    expect(prefixes.length).toBeGreaterThanOrEqual(2);
    for (const prefix of prefixes) {
      const response = await request(api.url).get(`/${prefix}/no-such-route`);
      expect({ prefix, page: response.text.includes('<div id="root">') }).toEqual({ prefix, page: false });
    }
  });

  it('leaves the API’s own paths to the API', async () => {
    await request(api.url).get('/health').expect(200);
    const graphql = await request(api.url).post('/graphql').send({ query: '{ __typename }' }).expect(200);
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the API without a built web app', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi({ WEB_DIST_DIR: NO_WEB_BUILD });
  });

  afterAll(() => api?.stop());

  it('still serves the API, and no page', async () => {
    await request(api.url).get('/health').expect(200);
    await request(api.url).get('/').expect(404);
  });
});
