#!/usr/bin/env node
// Fault-run load client (not a test): a mixed load of profile reads, follow toggles, gifts and unlocks
// against one or more nodes, for DURATION_S seconds. Every request is logged (time, op, status, content
// type, Retry-After); every write the server acknowledged (2xx) is kept for verify.mjs. Each user belongs
// to one worker, so one pair's follow toggles are sequential and its last acknowledged state is known.
// A gift or unlock that was not acknowledged is retried with the same Idempotency-Key, as a client must.
// env: BASES (comma-separated base URLs), SETUP (setup.json), DURATION_S, CONCURRENCY, OUT (a folder),
//      STOP_FILE (stop early once it exists)
import { readFileSync, writeFileSync, createWriteStream, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const bases = process.env.BASES.split(',');
const setup = JSON.parse(readFileSync(process.env.SETUP, 'utf8'));
const duration = Number(process.env.DURATION_S ?? 60) * 1000;
const concurrency = Number(process.env.CONCURRENCY ?? 8);
const out = process.env.OUT;
const log = createWriteStream(`${out}/requests.jsonl`);
const rnd = (xs) => xs[Math.floor(Math.random() * xs.length)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const follows = new Map(); // "user creator" -> { state: true|false|null (unknown), ops: [...] }
const gifts = [];          // acknowledged: { user, key, transactionId, creator }
const unlocks = [];        // acknowledged: { user, content, key }
const unacked = [];        // given up or still pending at the end: { op, user, key, content? }

async function call(op, method, path, token, body, headers = {}) {
  const t = Date.now();
  const base = rnd(bases);
  let status = 0, ctype = '', retryAfter = null, json = null;
  try {
    const res = await fetch(base + path, {
      method, signal: AbortSignal.timeout(10_000),
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    status = res.status;
    ctype = (res.headers.get('content-type') ?? '').split(';')[0];
    retryAfter = res.headers.get('retry-after');
    const text = await res.text();
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  } catch (e) {
    ctype = e.name === 'TimeoutError' ? 'timeout' : (e.cause?.code ?? e.name);
  }
  log.write(JSON.stringify({ t, ms: Date.now() - t, op, write: op !== 'read', status, ctype, retryAfter, node: base }) + '\n');
  return { status, json, refused: ctype === 'ECONNREFUSED' };
}

async function worker(w, until) {
  const mine = setup.users.filter((_, i) => i % concurrency === w);
  const pendingGift = new Map();   // user id -> key not yet acknowledged
  const pendingUnlock = new Map(); // user id -> { key, content }
  const unlocked = new Set();
  while (Date.now() < until && !(process.env.STOP_FILE && existsSync(process.env.STOP_FILE))) {
    const u = rnd(mine);
    const r = Math.random();
    if (r < 0.4) {
      await call('read', 'GET', `/api/users/${rnd(setup.creators)}/profile`, u.token);
    } else if (r < 0.7) {
      const c = rnd(setup.creators);
      const pair = `${u.id} ${c}`;
      const f = follows.get(pair) ?? { state: false, ops: [] };
      follows.set(pair, f);
      const want = f.state === null ? true : !f.state;
      const res = await call('follow', want ? 'PUT' : 'DELETE', `/api/users/${c}/follow`, u.token);
      // 200 = done; a 4xx or a refused connection (never reached a server) changed nothing; anything else
      // (a 5xx, a connection cut mid-request) leaves the pair's state unknown until the next acknowledged toggle
      if (res.status === 200) f.state = want;
      else if (!(res.refused || (res.status >= 400 && res.status < 500))) f.state = null;
      f.ops.push({ want, status: res.status });
    } else if (r < 0.9) {
      const key = pendingGift.get(u.id) ?? randomUUID();
      const c = setup.giftTo;
      const res = await call('gift', 'POST', `/api/users/${c}/gifts`, u.token, { type: 'rose' }, { 'Idempotency-Key': key });
      if (res.status >= 200 && res.status < 300) {
        gifts.push({ user: u.id, key, transactionId: res.json?.transactionId, creator: c });
        pendingGift.delete(u.id);
      } else if (res.status >= 400 && res.status < 500) {
        pendingGift.delete(u.id); // refused (e.g. 402): nothing to retry
      } else {
        pendingGift.set(u.id, key);
      }
    } else {
      let p = pendingUnlock.get(u.id);
      if (!p) {
        const content = setup.locked.find((id) => !unlocked.has(`${u.id} ${id}`));
        if (!content) continue;
        p = { key: randomUUID(), content };
      }
      const res = await call('unlock', 'POST', `/api/content/${p.content}/unlock`, u.token, null, { 'Idempotency-Key': p.key });
      if (res.status >= 200 && res.status < 300) {
        unlocks.push({ user: u.id, content: p.content, key: p.key });
        unlocked.add(`${u.id} ${p.content}`);
        pendingUnlock.delete(u.id);
      } else if (res.status >= 400 && res.status < 500) {
        unlocked.add(`${u.id} ${p.content}`);
        pendingUnlock.delete(u.id);
      } else {
        pendingUnlock.set(u.id, p);
      }
    }
    await sleep(Number(process.env.PAUSE_MS ?? 5));
  }
  for (const [user, key] of pendingGift) unacked.push({ op: 'gift', user, key });
  for (const [user, p] of pendingUnlock) unacked.push({ op: 'unlock', user, key: p.key, content: p.content });
}

const until = Date.now() + duration;
await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w, until)));
await new Promise((r) => log.end(r));
const certain = [...follows].filter(([, f]) => f.state !== null).map(([pair, f]) => ({ pair, following: f.state }));
writeFileSync(`${out}/acks.json`, JSON.stringify({ gifts, unlocks, follows: certain, unknownFollows: follows.size - certain.length, unacked }));
console.log(`load: ${gifts.length} gifts, ${unlocks.length} unlocks acknowledged; ${certain.length} follow pairs with a known state, ${follows.size - certain.length} unknown; ${unacked.length} gifts/unlocks never acknowledged`);
