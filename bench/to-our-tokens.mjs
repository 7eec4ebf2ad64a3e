#!/usr/bin/env node
// Rewrites the peer's request list (METHOD \t PATH \t JWT) for our server: same requests in the same
// order, each JWT replaced by our session token for the same user (the JWT's "sub").
// usage: node to-our-tokens.mjs <peer-requests.tsv> <tokens.tsv: user_id \t token>  > ours.tsv
import { readFileSync } from 'node:fs';

const [requestsFile, tokensFile] = process.argv.slice(2);
const tokens = new Map(readFileSync(tokensFile, 'utf8').trim().split('\n').map((l) => l.split('\t')));
const out = [];
for (const line of readFileSync(requestsFile, 'utf8').split('\n')) {
  if (!line) continue;
  const [method, path, jwt] = line.split('\t');
  const sub = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).sub;
  const token = tokens.get(sub);
  if (!token) throw new Error(`no session token for ${sub}`);
  out.push(`${method}\t${path}\t${token}`);
}
process.stdout.write(out.join('\n') + '\n');
