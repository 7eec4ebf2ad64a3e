#!/usr/bin/env node
// Realtime benchmark (not a test): new_follower latency, profile:live fan-out to 1k/5k/10k sockets,
// and the JVM's memory per connected socket. Uses the official socket.io-client v4.
// env: BASE_URL, FRONTEND_MODULES, TOKENS (user_id \t token), CREATORS (ids), JAVA_PID
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { io } = require(`${process.env.FRONTEND_MODULES}/socket.io-client`);
const BASE = process.env.BASE_URL;
const tokens = new Map(readFileSync(process.env.TOKENS, 'utf8').trim().split('\n').map((l) => l.split('\t')));
const creators = readFileSync(process.env.CREATORS, 'utf8').trim().split('\n');
const fans = [...tokens.keys()].filter((id) => !creators.includes(id));
const where = await (await fetch(`${BASE}/api/realtime`)).json();
const rssKiB = () => Number(execSync(`ps -o rss= -p ${process.env.JAVA_PID}`).toString().trim());
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function connect(token) {
  return new Promise((resolve, reject) => {
    const s = io(where.url, { path: where.path, transports: ['websocket'], reconnection: false, forceNew: true, auth: token ? { token } : undefined });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}
const api = (method, path, token, body) =>
  fetch(`${BASE}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });

// 1. new_follower: from the HTTP answer to the followed user's socket receiving it
const creator = creators[Number(process.env.FOLLOWED_CREATOR ?? 7)]; // not followed by these fans in the last ten minutes (notifications are deduplicated)
const creatorSocket = await connect(tokens.get(creator));
const latencies = [];
const sample = fans.slice(5000, 5200);
for (const fan of sample) await api('DELETE', `/api/users/${creator}/follow`, tokens.get(fan));
for (const fan of sample) {
  const got = new Promise((r) => creatorSocket.once('notification:new', () => r(performance.now())));
  const res = await api('PUT', `/api/users/${creator}/follow`, tokens.get(fan));
  const answered = performance.now();
  if (!res.ok) throw new Error(`follow failed: ${res.status}`);
  const received = await Promise.race([got, sleep(1000).then(() => NaN)]);
  if (!Number.isNaN(received)) latencies.push(Math.max(0, received - answered));
}
console.log(`new_follower latency (HTTP answer → receipt), ${latencies.length} of ${sample.length} notified: p50=${pct(latencies, 50).toFixed(2)} ms p99=${pct(latencies, 99).toFixed(2)} ms`);

// 2 + 3. fan-out of one profile:live to N watchers, and memory per socket
const target = creators[1];
const creatorToken = tokens.get(target);
const watchers = [];
await api('POST', `/api/users/${target}/live`, creatorToken, { live: false });
const rssBefore = rssKiB();
for (const n of [1000, 5000, 10000]) {
  while (watchers.length < n) {
    const batch = await Promise.all(Array.from({ length: Math.min(250, n - watchers.length) }, () => connect(null)));
    for (const s of batch) {
      s.__watching = new Promise((r) => s.once('profile:watching', r));
      s.emit('profile:watch', { userId: target });
      watchers.push(s);
    }
  }
  await Promise.all(watchers.map((s) => s.__watching));
  await sleep(1000);
  const rss = rssKiB();
  for (const live of [true, false, true, false, true]) {
    let count = 0;
    let last = 0;
    const done = new Promise((resolve) => {
      for (const s of watchers) {
        s.once('profile:live', () => {
          count++;
          last = performance.now();
          if (count === watchers.length) resolve();
        });
      }
    });
    const t0 = performance.now();
    await api('POST', `/api/users/${target}/live`, creatorToken, { live });
    await Promise.race([done, sleep(30000)]);
    if (live === true && count > 0) {
      console.log(`profile:live to ${n} sockets: all ${count}/${n} in ${(last - t0).toFixed(1)} ms (from the request)`);
    }
  }
  console.log(`JVM RSS with ${n} sockets: ${(rss / 1024).toFixed(0)} MiB; per socket since the first: ${((rss - rssBefore) / n).toFixed(1)} KiB`);
}
for (const s of watchers) s.close();
creatorSocket.close();
process.exit(0);
