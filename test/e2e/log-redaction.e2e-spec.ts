import { addDays, addMonths, todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { Browser } from '../support/browser';
import { graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

/**
 * Whatever goes wrong, no log line holds a password or a registrant's personal data: the API logs at debug level
 * into memory while it is sent passwords and personal data right, wrong-typed, malformed and refused.
 */
describe('What the logs never hold', () => {
  let api: RunningApi;
  const lines: string[] = [];
  const today = todayInJapan();
  const secrets = {
    password: 'Wrong-Passw0rd-4711',
    newPassword: 'New-Secret-Passw0rd-0815',
    name: '記録禁止 花子',
    kana: 'キロクキンシ ハナコ',
    phone: '090-7777-1234',
    email: 'never-logged@example.jp',
    address: '東京都港区記録禁止町9-8-7',
    dateOfBirth: addDays(addMonths(today, -12 * 65), -3),
  };

  beforeAll(async () => {
    api = await startTestApi(
      { LOG_LEVEL: 'debug' },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('logs no password and no personal data, whatever the error', async () => {
    const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
    await graphql(api.url, LOGIN, {
      input: { email: 'consultant@kakehashi.example', password: secrets.password },
    });
    await graphql(api.url, LOGIN, { input: { email: secrets.email, password: [secrets.password] } });
    await graphql(api.url, LOGIN, { input: { email: secrets.email, password: secrets.password, extra: 1 } });
    const token = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    await graphql(
      api.url,
      'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { accessToken } }',
      { input: { currentPassword: secrets.password, newPassword: { value: secrets.newPassword } } },
      token,
    );
    const REGISTER =
      'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }';
    const person = {
      name: secrets.name,
      kana: secrets.kana,
      phone: secrets.phone,
      email: secrets.email,
      address: secrets.address,
      dateOfBirth: secrets.dateOfBirth,
      prefectureCode: '13',
      eligibilityReason: 'MANDATORY_RETIREMENT',
      leftJobOn: addDays(today, 30),
      consent: { givenOn: today, purposeVersion: 'no-such-version', method: 'WRITTEN' },
    };
    for (const input of [
      person,
      { ...person, dateOfBirth: 19600101 },
      { ...person, eligibilityReason: secrets.address },
      { ...person, name: `${secrets.name}\u0000` },
      { ...person, phone: [secrets.phone], unknown: secrets.email },
    ]) {
      await graphql(api.url, REGISTER, { input }, token);
    }
    const everything = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const [field, value] of Object.entries(secrets)) {
      expect({ field, logged: everything.includes(value) }).toEqual({ field, logged: false });
    }
  });

  it('logs no browser session cookie, neither as it is set nor as it comes back', async () => {
    const browser = new Browser(api.url);
    const signIn = await browser.signIn('executive@kakehashi.example', DEMO_PASSWORD);
    expect(signIn.errors).toBeUndefined();
    const secret = browser.cookie!.split('.')[1];
    await browser.graphql('{ me { id } }');
    await browser.graphql('{ me { id } }', {}, { origin: 'https://evil.example' });
    expect(lines.join('\n')).toContain('"set-cookie":"[redacted]"');
    expect(lines.join('\n').includes(secret)).toBe(false);
  });
});
