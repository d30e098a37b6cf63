// A fast stand-in for the Bot Connector: answers every reply at once and counts them.
// GET /count answers {"replies": N}. Listens on 127.0.0.1 only.
'use strict';
const http = require('http');

const port = Number(process.argv[2] || 3990);
let replies = 0;
let next = 0;

http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/count') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ replies }));
    return;
  }
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url)) {
      replies++;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: `r${++next}` }));
  });
}).listen(port, '127.0.0.1', () => console.log(`fake connector on ${port}`));
