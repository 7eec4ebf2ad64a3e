#!/usr/bin/env node
// Fault run (b) client: WATCHERS sockets per node watch the gift recipient's profile; gifts are sent
// through the nodes in turn for DURATION_S seconds. Each acknowledged gift answers the vault's new
// count, which its gift:received event carries: so every event has an id, and each watcher is checked
// for each one: delivered once, more than once, or never. env: BASES, SETUP, DURATION_S, WATCHERS, OUT,
// SETTLE_S (how long to wait for late deliveries after the last gift)
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { io } = require(`${process.env.FRONTEND_MODULES}/socket.io-client`);
const bases = process.env.BASES.split(',');
const setup = JSON.parse(readFileSync(process.env.SETUP, 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const watchersPerNode = Number(process.env.WATCHERS ?? 4);

const watchers = [];
for (const [n, base] of bases.entries()) {
  const where = await (await fetch(`${base}/api/realtime`)).json();
  for (let i = 0; i < watchersPerNode; i++) {
    const s = io(where.url, { path: where.path, transports: ['websocket'], forceNew: true });
    const w = { node: n, got: new Map(), at: new Map(), disconnects: 0 };
    s.on('gift:received', (e) => {
      if (e.gift?.type !== 'rose') return;
      w.got.set(e.count, (w.got.get(e.count) ?? 0) + 1);
      if (!w.at.has(e.count)) w.at.set(e.count, Date.now());
    });
    s.on('disconnect', () => w.disconnects++);
    await new Promise((resolve, reject) => { s.once('connect', resolve); s.once('connect_error', reject); });
    await new Promise((resolve) => { s.once('profile:watching', resolve); s.emit('profile:watch', { userId: setup.giftTo }); });
    w.socket = s;
    watchers.push(w);
  }
}
console.log(`watch: ${watchers.length} sockets on ${bases.length} nodes watching the recipient`);

const sent = []; // { count, node, t }
let failures = 0, i = 0;
const until = Date.now() + Number(process.env.DURATION_S ?? 40) * 1000;
while (Date.now() < until) {
  const node = i % bases.length;
  const u = setup.users[i % setup.users.length];
  i++;
  try {
    const res = await fetch(`${bases[node]}/api/users/${setup.giftTo}/gifts`, {
      method: 'POST', signal: AbortSignal.timeout(10_000),
      headers: { Authorization: `Bearer ${u.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ type: 'rose' }),
    });
    const body = await res.json();
    if (res.status === 200) sent.push({ count: body.count, node, t: Date.now() }); else failures++;
  } catch { failures++; }
  await sleep(Number(process.env.PAUSE_MS ?? 40));
}
await sleep(Number(process.env.SETTLE_S ?? 8) * 1000);
for (const w of watchers) { w.socket.off('disconnect'); w.socket.close(); }

const result = { sent: sent.length, failures, watchers: [] };
for (const w of watchers) {
  let once = 0, dup = 0, lost = 0;
  const lostCounts = [];
  for (const s of sent) {
    const n = w.got.get(s.count) ?? 0;
    if (n === 1) once++; else if (n > 1) dup++; else { lost++; lostCounts.push(s.count); }
  }
  const own = sent.filter((s) => s.node === w.node).length;
  result.watchers.push({ node: w.node, once, duplicated: dup, lost, own, fromOther: sent.length - own, disconnects: w.disconnects,
    extra: [...w.got.keys()].filter((c) => !sent.some((s) => s.count === c)).length });
}
result.sentLog = sent;
result.deliveries = watchers.map((w) => Object.fromEntries(w.at));
writeFileSync(`${process.env.OUT}/watch.json`, JSON.stringify(result));
for (const w of result.watchers) {
  console.log(`watcher on node ${w.node + 1}: ${w.once} once, ${w.duplicated} duplicated, ${w.lost} never` +
    ` (of ${result.sent}: ${w.own} raised through its node, ${w.fromOther} through the other); socket dropped by its node ${w.disconnects} times`);
}
process.exit(0);
