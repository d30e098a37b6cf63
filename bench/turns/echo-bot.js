// The peer: the official botbuilder-js SDK's echo bot on Node's own http server, no auth (like ReformBot in
// Development without an app id).
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const port = Number(process.argv[2] || 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => console.error('turn error', error);

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new EchoBot();

// botbuilder expects restify/express-like request and response objects.
function wrapResponse(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (body !== undefined && body !== null) {
        if (typeof body === 'object') { res.setHeader('Content-Type', 'application/json'); body = JSON.stringify(body); }
        res.write(String(body));
      }
      return this;
    },
    end() { res.end(); return this; },
  };
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400; res.end(); return;
    }
    await adapter.process(req, wrapResponse(res), (context) => bot.run(context));
  });
}).listen(port, '127.0.0.1', () => console.log(`echo bot on ${port}`));
