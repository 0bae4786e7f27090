#!/usr/bin/env node
// Run after `npm install` changes package-lock.json: `node .ci/complete-lockfile.cjs`.
//
// Why: the package registry this project is built against mirrors only some platforms' prebuilt binaries. When
// npm cannot fetch an optional platform package (e.g. @swc/core-darwin-arm64, @unrs/resolver-binding-win32-x64-msvc),
// `npm install` skips it without recording it, and `npm ci` then refuses the lockfile as out of sync. This adds the
// missing optional entries with the os/cpu/libc their names state, so `npm ci` skips them on other platforms as it
// should, and fetches them (from a registry that has them) on the platform they are for.
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'netbsd', 'openbsd'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'loong64', 'riscv64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OSES.includes(p));
  const cpu = parts.find((p) => CPUS.includes(p));
  if (!os || !cpu) return null;
  const tail = parts[parts.length - 1];
  const libc = /^gnu/.test(tail) ? ['glibc'] : /^musl/.test(tail) ? ['musl'] : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[base] || lock.packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[`node_modules/${name}`] = {
      version: String(range).replace(/^[\^~=]/, ''),
      cpu: platform.cpu,
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      os: platform.os,
    };
    added.push(name);
  }
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
process.stdout.write(
  added.length ? `Added ${added.length} platform entries: ${added.join(', ')}\n` : 'Lockfile complete.\n',
);
