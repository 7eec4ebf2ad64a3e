#!/usr/bin/env node
// Fault-run set-up: USERS new members, each topped up with tokens by the staff demo account, plus the
// demo creators and their live locked posts (from the database, CREATORS / LOCKED files). Writes setup.json.
// env: BASE, USERS, TOKENS, CREATORS (file: one id a line), LOCKED (file), OUT
import { readFileSync, writeFileSync } from 'node:fs';

const BASE = process.env.BASE;
const post = async (path, token, body) => {
  const res = await fetch(BASE + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const lines = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean);
const staff = (await post('/api/auth/login', null, { username: 'sofie', password: 'demo-password' })).token;
const run = Date.now().toString(36);
const users = [];
for (let i = 0; i < Number(process.env.USERS ?? 24); i++) {
  const r = await post('/api/auth/register', null, { username: `fault_${run}_${i}`, password: 'fault-password-1' });
  await post('/api/wallet/topups', staff, { user: r.user.id, amount: Number(process.env.TOKENS ?? 20000), reference: 'fault run' });
  users.push({ id: r.user.id, token: r.token });
}
const creators = lines(process.env.CREATORS);
const lena = (await (await fetch(`${BASE}/api/users/lovelylena/profile`)).json()).user.id;
writeFileSync(process.env.OUT, JSON.stringify({ users, creators, giftTo: lena, locked: lines(process.env.LOCKED) }));
console.log(`setup: ${users.length} members with tokens, ${creators.length} creators, ${lines(process.env.LOCKED).length} locked posts`);
