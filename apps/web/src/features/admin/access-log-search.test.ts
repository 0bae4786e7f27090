import { accessLogExportHref, accessLogFilterOf, accessLogSearchSchema } from './access-log-search';

describe('the access log’s search params', () => {
  it('reads days in Japan as the instants the API filters on, the last day included', () => {
    const search = accessLogSearchSchema.parse({ outcome: 'DENIED', from: '2026-12-01', to: '2026-12-06' });
    expect(accessLogFilterOf(search)).toEqual({
      outcome: 'DENIED',
      from: '2026-11-30T15:00:00.000Z',
      to: '2026-12-06T15:00:00.000Z',
    });
  });

  it('drops what is not a real day or a known value, and downloads exactly what the list shows', () => {
    const search = accessLogSearchSchema.parse({ outcome: 'MAYBE', from: '2026-02-31', to: '2026-12-06' });
    expect(search).toEqual({ to: '2026-12-06' });
    expect(accessLogExportHref(search)).toBe('/talent-bank/access-log/export?to=2026-12-06');
    expect(accessLogExportHref(accessLogSearchSchema.parse({}))).toBe('/talent-bank/access-log/export');
  });
});
