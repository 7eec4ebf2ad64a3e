#!/usr/bin/env node
// Teezer benchmark (not a test), driven by bench/teezer.sh: a fan's send until Teezer's reply is at
// that fan's own socket. Uses the official socket.io-client v4.
// env: URL, TOKENS (user_id \t username \t token), BANK (the demo reply bank), FRONTEND_MODULES
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(import.meta.url);
const { io } = require(`${process.env.FRONTEND_MODULES}/socket.io-client`);
const URL = process.env.URL;
const rows = readFileSync(process.env.TOKENS, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const lena = rows.find((r) => r[1] === 'benchlena');
const fans = rows.filter((r) => r[1] !== 'benchlena');
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs) => `p50 ${pct(xs, 50).toFixed(0)} ms  p95 ${pct(xs, 95).toFixed(0)} ms  p99 ${pct(xs, 99).toFixed(0)} ms  max ${Math.max(...xs).toFixed(0)} ms  (n=${xs.length})`;
const call = (method, path, token, body, headers = {}) =>
  fetch(`${URL}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers }, body: body && JSON.stringify(body) });

// her reply bank, as a creator would enter it
for (const line of readFileSync(process.env.BANK, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, explicit, prompt, answer] = line.split('\t');
  const res = await call('POST', '/api/users/me/teezer/replies', lena[2], { kind, explicit: explicit === 'true', prompt: prompt.split(/\s*\|\s*/).join('\n'), answer });
  if (res.status !== 201) throw new Error(`entry: ${res.status} ${await res.text()}`);
}

// what fans ask: close to an entry, so no conversation is handed over for low confidence
const QUESTIONS = ['hi!', 'hello Lena', 'when are you live next?', 'what do you stream?', 'where are you from?', 'you look amazing',
  'what is your favourite colour?', 'are you single?', 'any new pictures?', 'good night', 'what music do you like?', 'thanks!',
  'what are you wearing?', 'what do subscribers get?', 'do you speak dutch?'];

async function connect(token) {
  const where = await (await fetch(`${URL}/api/realtime`)).json();
  return new Promise((resolve, reject) => {
    const s = io(where.url, { path: where.path, transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

/** One conversation: `n` messages one after the other, each timed until Teezer's reply to it is at the fan's socket;
 *  `thinkMs` > 0: the fan then reads and types for a random while (exponential, that mean) before the next one. */
async function conversation(fan, n, times, counts, thinkMs = 0) {
  // people do not all start typing in the same millisecond: with think time, each starts within the first one
  if (thinkMs > 0) await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
  const socket = await connect(fan[2]);
  const replies = [];
  let waiting = null;
  socket.on('message:new', (d) => {
    if (d.message.authorKind !== 'teezer') return;
    counts.replies++;
    replies.push(d.message.id);
    if (waiting) { const w = waiting; waiting = null; w(performance.now()); }
  });
  for (let i = 0; i < n; i++) {
    const text = `${QUESTIONS[(i + fan[1].length) % QUESTIONS.length]} (${i})`;
    const got = new Promise((resolve, reject) => {
      waiting = resolve;
      setTimeout(() => reject(new Error(`no reply within 10 s to "${text}"`)), 10_000).unref();
    });
    const start = performance.now();
    const res = await call('POST', `/api/users/${lena[0]}/messages`, fan[2], { text }, { 'Idempotency-Key': randomUUID() });
    if (res.status !== 201) throw new Error(`send failed: ${res.status} ${await res.text()}`);
    counts.sent++;
    times.push((await got) - start);
    if (thinkMs > 0) await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * thinkMs));
  }
  socket.close();
  if (new Set(replies).size !== replies.length) throw new Error('a reply arrived twice');
}

async function run(label, conversations, perConversation, from, thinkMs = 0) {
  const times = [];
  const counts = { sent: 0, replies: 0 };
  const started = performance.now();
  await Promise.all(fans.slice(from, from + conversations).map((fan) => conversation(fan, perConversation, times, counts, thinkMs)));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${fmt(times)}  sent ${counts.sent}, Teezer replies ${counts.replies}, ${(counts.sent / seconds).toFixed(1)} messages/s`);
  if (counts.replies !== counts.sent) throw new Error(`lost or doubled replies: ${counts.sent} sent, ${counts.replies} replies`);
}

await run('warm-up, 1 conversation', 1, 20, 50);
await run('1 conversation', 1, 200, 0);
// 50 fans chatting at once as people do: each reads the answer and types for ~3 s (exponential) before the next message
await run('50 conversations at once, 3 s think time', 50, 12, 1, 3000);
// and the ceiling: 50 fans sending the next message the instant the answer lands (closed loop, no think time)
await run('50 conversations at once, no think time (saturation)', 50, 10, 1);
