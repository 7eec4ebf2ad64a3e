#!/usr/bin/env node
// Direct-message benchmark (not a test), driven by bench/messages.sh. Sequential requests, so the
// figures are latencies, not throughput. Uses the official socket.io-client v4.
// env: A_URL, B_URL (two nodes sharing PostgreSQL and Redis), TOKENS (user_id \t username \t token), FRONTEND_MODULES
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);
const { io } = require(`${process.env.FRONTEND_MODULES}/socket.io-client`);
const A = process.env.A_URL;
const B = process.env.B_URL;
const rows = readFileSync(process.env.TOKENS, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const lena = rows.find((r) => r[1] === 'benchlena');
const fans = rows.filter((r) => r[1] !== 'benchlena');
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(1)} ms  p99 ${pct(xs, 99).toFixed(1)} ms  (n=${xs.length})`;

async function connect(base, token) {
  const where = await (await fetch(`${base}/api/realtime`)).json();
  return new Promise((resolve, reject) => {
    const s = io(where.url, { path: where.path, transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}
const call = (base, method, path, token, body, headers = {}) =>
  fetch(`${base}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers }, body: body && JSON.stringify(body) });

/** A fan writes (HTTP through `via`); the time until the creator's socket (on `socketBase`) has the message. */
async function sendToSocket(via, socketBase, n) {
  const socket = await connect(socketBase, lena[2]);
  const times = [];
  for (let i = 0; i < n + 20; i++) {
    const fan = fans[i % 200];
    const text = `bench ${i} ${randomUUID()}`;
    const got = new Promise((resolve) => {
      const on = (d) => { if (d.message.text === text) { socket.off('message:new', on); resolve(performance.now()); } };
      socket.on('message:new', on);
    });
    const start = performance.now();
    const res = await call(via, 'POST', `/api/users/${lena[0]}/messages`, fan[2], { text }, { 'Idempotency-Key': randomUUID() });
    if (res.status !== 201) throw new Error(`send failed: ${res.status} ${await res.text()}`);
    const at = await got;
    if (i >= 20) times.push(at - start); // the first 20 warm up
  }
  socket.close();
  return times;
}

async function timed(n, fn) {
  const times = [];
  for (let i = 0; i < n + 10; i++) {
    const start = performance.now();
    await fn(i);
    if (i >= 10) times.push(performance.now() - start);
  }
  return times;
}

await sendToSocket(A, B, 150); // warm-up of both nodes (JIT, pools, statement caches); not counted
console.log(`send -> recipient's socket, same node (HTTP and socket on A):   ${fmt(await sendToSocket(A, A, 300))}`);
console.log(`send -> recipient's socket, across nodes (HTTP on A, socket on B): ${fmt(await sendToSocket(A, B, 300))}`);

const first = await timed(200, async () => {
  const r = await call(A, 'GET', '/api/conversations?limit=50', lena[2]);
  if (r.status !== 200) throw new Error(`inbox: ${r.status}`);
  await r.json();
});
console.log(`inbox, first page of 50 (creator with 10,000 conversations):   ${fmt(first)}`);
// a deep page: the cursor of page 100 (conversations 4,951-5,000)
let cursor = null;
for (let page = 0; page < 99; page++) {
  const r = await (await call(A, 'GET', `/api/conversations?limit=50${cursor ? `&cursor=${cursor}` : ''}`, lena[2])).json();
  cursor = r.nextCursor;
}
const deep = await timed(200, async () => {
  const r = await call(A, 'GET', `/api/conversations?limit=50&cursor=${cursor}`, lena[2]);
  if (r.status !== 200) throw new Error(`inbox: ${r.status}`);
  await r.json();
});
console.log(`inbox, page 100 of 50 (by its cursor):                          ${fmt(deep)}`);
const unread = await timed(200, async () => {
  const r = await call(A, 'GET', '/api/conversations/unread', lena[2]);
  if (r.status !== 200) throw new Error(`unread: ${r.status}`);
  await r.json();
});
console.log(`unread total over 10,000 conversations:                         ${fmt(unread)}`);
process.exit(0);
