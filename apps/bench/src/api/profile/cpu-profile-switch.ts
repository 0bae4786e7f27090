// Loaded into the API with `-r` when `npm run bench:api` profiles it: SIGWINCH (ignored by default, and not one of
// the signals Nest's shutdown hooks take) starts V8's sampling profiler, the next
// SIGWINCH stops it and writes the profile to $KAKEHASHI_CPU_PROFILE (a .cpuprofile that Chrome's DevTools open), so
// the profile covers one measured run and nothing of the start-up. Idle otherwise.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env['KAKEHASHI_CPU_PROFILE'];
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      fs.writeFileSync(file, error ? '' : JSON.stringify(result.profile));
    });
  });
}
