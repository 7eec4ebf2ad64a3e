#!/usr/bin/env node
// Turns the profile statement PostgreSQL logged for one request into a pgbench script: the same SQL,
// its parameters inlined, the target and the viewer drawn at random (1,000 creators, 10,000 viewers).
// usage: node pgbench-script.mjs <statement.log> <sample path> <sample token> <tokens.tsv>
import { readFileSync } from 'node:fs';

const [logFile, samplePath, sampleToken, tokensFile] = process.argv.slice(2);
const targetId = samplePath.split('/')[3];
const viewerId = readFileSync(tokensFile, 'utf8').trim().split('\n').map((l) => l.split('\t')).find(([, t]) => t === sampleToken)[0];
const lines = readFileSync(logFile, 'utf8').split('\n');
const at = lines.findIndex((l) => /execute [^:]*: select/.test(l) && l.includes('"gift_vault"'));
if (at < 0) throw new Error('no profile statement in the log');
let sql = lines[at].replace(/^.*execute [^:]*: /, '');
const detail = lines.slice(at + 1, at + 3).find((l) => /parameters:/i.test(l)) ?? '';
const params = new Map();
for (const m of detail.matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) params.set(Number(m[1]), m[2]);
const replace = (literal) =>
  literal === `'${targetId}'` ? '(SELECT id FROM peer.bench_targets WHERE n = :t)'
    : literal === `'${viewerId}'` ? '(SELECT id FROM peer.bench_viewers WHERE n = :v)'
    : literal;
sql = sql.replace(/\$(\d+)/g, (_, n) => {
  if (!params.has(Number(n))) throw new Error(`no value for $${n}`);
  return replace(params.get(Number(n)));
});
if (!sql.includes(':t')) throw new Error('the target id was not found among the parameters');
process.stdout.write(`\\set t random(1, 1000)\n\\set v random(1, 10000)\n${sql};\n`);
