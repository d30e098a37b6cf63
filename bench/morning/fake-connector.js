// A fast stand-in for the Bot Connector for the province-morning bench. Listens on 127.0.0.1 only.
//   node fake-connector.js PORT [LIMIT]
// POST /v3/conversations creates a 1:1 chat (answers its id); POST /v3/conversations/{id}/activities is a message.
// With LIMIT > 0, requests above LIMIT per second (a sliding one-second window, as Teams throttles per app and tenant)
// get 429 with Retry-After: 1 and are not counted.
// GET /count answers {"messages", "created", "throttled", "first", "last", "conversations"}: first/last are the
// epoch milliseconds of the first and last accepted message.
'use strict';
const http = require('http');

const port = Number(process.argv[2] || 3991);
const limit = Number(process.argv[3] || 0);
let messages = 0, created = 0, throttled = 0, first = 0, last = 0, next = 0;
const conversations = new Map();
const window = [];

function allowed(now) {
  if (limit <= 0) return true;
  while (window.length && window[0] <= now - 1000) window.shift();
  if (window.length >= limit) return false;
  window.push(now);
  return true;
}

http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/count') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ messages, created, throttled, first, last, conversations: conversations.size }));
    return;
  }
  const chunks = [];
  req.on('data', c => chunks.push(c));
  req.on('end', () => {
    const now = Date.now();
    if (req.method === 'POST' && !allowed(now)) {
      throttled++;
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'throttled' } }));
      return;
    }
    const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url);
    if (req.method === 'POST' && m) {
      messages++;
      if (!first) first = now;
      last = now;
      const id = decodeURIComponent(m[1]);
      conversations.set(id, (conversations.get(id) || 0) + 1);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `r${++next}` }));
      return;
    }
    if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url)) {
      created++;
      let member = `c${created}`;
      try { member = JSON.parse(Buffer.concat(chunks).toString()).members[0].id; } catch { /* keep the counter */ }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `a:${member}`, activityId: `a${created}` }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{}');
  });
}).listen(port, '127.0.0.1', () => console.log(`fake connector on ${port}, limit ${limit || 'none'}`));
