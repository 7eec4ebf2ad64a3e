#!/usr/bin/env node
// After a fault run: every acknowledged write is in the database exactly once, nothing is half-written
// (ledger balanced, balances match their entries and are never negative, counters equal their rows),
// and what the clients saw during the outage (status and content type) and how long recovery took.
// env: OUT (the run's folder: acks.json, requests.jsonl, events.json), PSQL (a psql command line), PG_PORT
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const out = process.env.OUT;
const acks = JSON.parse(readFileSync(`${out}/acks.json`, 'utf8'));
const events = JSON.parse(readFileSync(`${out}/events.json`, 'utf8'));
const requests = readFileSync(`${out}/requests.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const [psql, ...psqlArgs] = process.env.PSQL.split(' ');
const sql = (text) => execFileSync(psql, [...psqlArgs, '-At', '-F', '\t'], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 })
  .trim().split('\n').filter(Boolean).map((l) => l.split('\t'));
const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const values = (rows) => rows.map((r) => `(${r.map(lit).join(',')})`).join(',\n');

let failed = false;
const check = (name, ok, detail) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`); if (!ok) failed = true; };

// 1. acknowledged gifts: the key's stored answer once (it commits with the gift), its ledger transaction and gift row once
const giftRows = acks.gifts.length === 0 ? [] : sql(`
  WITH ack(user_id, key, tx) AS (VALUES ${values(acks.gifts.map((g) => [g.user, g.key, g.transactionId]))})
  SELECT ack.key,
         (SELECT count(*) FROM idempotent_requests i WHERE i.user_id = ack.user_id::uuid AND i.idempotency_key = ack.key),
         (SELECT count(*) FROM ledger_transactions t WHERE t.id = ack.tx::uuid),
         (SELECT count(*) FROM gift_events g WHERE g.transaction_id = ack.tx::uuid)
    FROM ack`);
const giftsLost = giftRows.filter(([, k, t, g]) => k === '0' || t === '0' || g === '0').length;
const giftsDup = giftRows.filter(([, k, t, g]) => Number(k) > 1 || Number(t) > 1 || Number(g) > 1).length;
check('acknowledged gifts present exactly once', giftsLost === 0 && giftsDup === 0,
  `${giftRows.length} checked, ${giftsLost} lost, ${giftsDup} duplicated`);

// 2. acknowledged unlocks: the row once, with its paid ledger transaction
const unlockRows = acks.unlocks.length === 0 ? [] : sql(`
  WITH ack(user_id, content_id, key) AS (VALUES ${values(acks.unlocks.map((u) => [u.user, u.content, u.key]))})
  SELECT ack.key,
         (SELECT count(*) FROM content_unlocks c WHERE c.user_id = ack.user_id::uuid AND c.content_id = ack.content_id::uuid),
         (SELECT count(*) FROM content_unlocks c JOIN ledger_transactions t ON t.id = c.transaction_id
           WHERE c.user_id = ack.user_id::uuid AND c.content_id = ack.content_id::uuid)
    FROM ack`);
const unlocksLost = unlockRows.filter(([, c, t]) => c === '0' || t === '0').length;
check('acknowledged unlocks present exactly once', unlocksLost === 0, `${unlockRows.length} checked, ${unlocksLost} lost, 0 duplicated (primary key)`);

// 3. follows: each pair whose last toggle was acknowledged is in that state
const followRows = acks.follows.length === 0 ? [] : sql(`
  WITH ack(follower, followee, following) AS (VALUES ${values(acks.follows.map((f) => [...f.pair.split(' '), f.following]))})
  SELECT count(*) FILTER (WHERE ack.following::boolean = EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ack.follower::uuid AND f.followee_id = ack.followee::uuid)),
         count(*) FILTER (WHERE ack.following::boolean AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ack.follower::uuid AND f.followee_id = ack.followee::uuid)),
         count(*) FILTER (WHERE NOT ack.following::boolean AND EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ack.follower::uuid AND f.followee_id = ack.followee::uuid))
    FROM ack`);
const [fOk, fLostFollow, fLostUnfollow] = (followRows[0] ?? ['0', '0', '0']).map(Number);
check('acknowledged follow state of every pair', fLostFollow + fLostUnfollow === 0,
  `${acks.follows.length} pairs checked, ${fOk} as acknowledged, ${fLostFollow} acknowledged follows missing, ${fLostUnfollow} acknowledged unfollows undone; ${acks.unknownFollows} pairs left unknown by an unanswered toggle`);

// 4. writes never acknowledged (the client gave up, or the run ended while it retried): applied or not, never twice
const pending = acks.unacked;
const pendingRows = pending.length === 0 ? [] : sql(`
  WITH p(user_id, key) AS (VALUES ${values(pending.map((p) => [p.user, p.key]))})
  SELECT (SELECT count(*) FROM idempotent_requests i WHERE i.user_id = p.user_id::uuid AND i.idempotency_key = p.key) FROM p`);
check('unacknowledged gifts/unlocks applied at most once', pendingRows.every(([n]) => Number(n) <= 1),
  `${pending.length} never acknowledged, ${pendingRows.filter(([n]) => n === '1').length} of them applied (once)`);

// 4b. nothing more than that: the run's users have exactly the gifts and unlocks accounted for above
const appliedPending = (op) => pending.filter((p, i) => p.op === op && pendingRows[i]?.[0] === '1').length;
const users = [...new Set([...acks.gifts.map((g) => g.user), ...acks.unlocks.map((u) => u.user), ...acks.follows.map((f) => f.pair.split(' ')[0])])];
if (users.length > 0) {
  const [[giftCount, unlockCount]] = sql(`
    WITH u(id) AS (VALUES ${values(users.map((id) => [id]))})
    SELECT (SELECT count(*) FROM gift_events g WHERE g.sender_id IN (SELECT id::uuid FROM u)),
           (SELECT count(*) FROM content_unlocks c WHERE c.user_id IN (SELECT id::uuid FROM u))`);
  const wantGifts = acks.gifts.length + appliedPending('gift');
  const wantUnlocks = acks.unlocks.length + appliedPending('unlock');
  check('no gift or unlock more than acknowledged (+ applied unacknowledged)', Number(giftCount) === wantGifts && Number(unlockCount) === wantUnlocks,
    `gifts ${giftCount} stored / ${wantGifts} accounted for, unlocks ${unlockCount} / ${wantUnlocks}`);
}

// 5. no partial write anywhere
const [inv] = sql(`
  SELECT (SELECT coalesce(sum(amount), 0) FROM ledger_entries),
         (SELECT count(*) FROM (SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING sum(amount) <> 0) x),
         (SELECT count(*) FROM ledger_transactions t WHERE NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.transaction_id = t.id)),
         (SELECT count(*) FROM wallets w WHERE w.balance <> (SELECT coalesce(sum(amount), 0) FROM ledger_entries e WHERE e.wallet_id = w.id)),
         (SELECT count(*) FROM wallets WHERE kind = 'user' AND balance < 0),
         (SELECT count(*) FROM user_stats s WHERE s.follower_count <> (SELECT count(*) FROM follows f WHERE f.followee_id = s.user_id)
                                               OR s.following_count <> (SELECT count(*) FROM follows f WHERE f.follower_id = s.user_id)),
         (SELECT count(*) FROM gift_events g WHERE g.transaction_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = g.transaction_id)),
         (SELECT count(*) FROM content_unlocks c WHERE NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.transaction_id = c.transaction_id))`);
const [sum, unbalanced, empty, walletDrift, negative, counterDrift, orphanGifts, orphanUnlocks] = inv.map(Number);
check('ledger sums to zero, every transaction balanced and not empty', sum === 0 && unbalanced === 0 && empty === 0,
  `sum ${sum}, ${unbalanced} unbalanced, ${empty} without entries`);
check('every balance equals its entries, none negative', walletDrift === 0 && negative === 0, `${walletDrift} drifted, ${negative} negative`);
check('follower/following counters equal their rows', counterDrift === 0, `${counterDrift} users drifted`);
check('gifts and unlocks all paid', orphanGifts === 0 && orphanUnlocks === 0, `${orphanGifts} unpaid gifts, ${orphanUnlocks} unpaid unlocks`);

// 6. what the clients saw during the outage, and the recovery
// until the failed part is back (a) or, for a restarted app, until it is ready (c)
const windowEnd = events.readyAt ?? events.restoredAt;
const during = requests.filter((r) => r.t >= events.faultAt && r.t < windowEnd);
const by = {};
for (const r of during) { const k = `${r.status || 'no answer'} ${r.ctype}`.trim(); by[k] = (by[k] ?? 0) + 1; }
console.log(`requests started between the fault and ${events.readyAt ? 'the new start being ready' : 'the restart'} (${((windowEnd - events.faultAt) / 1000).toFixed(1)} s): ${during.length}`);
for (const [k, n] of Object.entries(by).sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
const unavailable = during.filter((r) => r.status === 503);
const problem503 = unavailable.filter((r) => r.ctype === 'application/problem+json' && r.retryAfter);
if (events.expect503) {
  // a request may also wait for its connection through the end of the outage and be served: a 2xx
  const failures = during.filter((r) => !(r.status >= 200 && r.status < 300));
  check('every failed answer during the outage a 503 problem+json with Retry-After', unavailable.length > 0 && problem503.length === failures.length,
    `${problem503.length} of ${failures.length} failed answers (${during.length - failures.length} served)`);
}
const firstWrite = requests.filter((r) => r.write && r.t >= events.faultAt && r.status >= 200 && r.status < 300 && r.t + r.ms >= events.restoredAt)
  .map((r) => r.t + r.ms).sort((a, b) => a - b)[0];
const firstRequestAfter = requests.filter((r) => r.t >= events.faultAt && r.status >= 200 && r.status < 300 && r.t + r.ms >= events.restoredAt)
  .map((r) => r.t + r.ms).sort((a, b) => a - b)[0];
console.log(`recovery: fault -> first acknowledged write ${firstWrite ? ((firstWrite - events.faultAt) / 1000).toFixed(2) : '—'} s` +
  ` (restart of the failed part at +${((events.restoredAt - events.faultAt) / 1000).toFixed(2)} s;` +
  ` its restart -> first 2xx ${firstRequestAfter ? ((firstRequestAfter - events.restoredAt) / 1000).toFixed(2) : '—'} s)`);
const total = {}; for (const r of requests) total[r.op] = (total[r.op] ?? 0) + 1;
console.log(`whole run: ${requests.length} requests (${Object.entries(total).map(([k, v]) => `${k} ${v}`).join(', ')})`);
process.exit(failed ? 1 : 0);
