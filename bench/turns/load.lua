-- wrk script: Bot Framework message activities ("giúp") spread over CONVERSATIONS linked officers, each with a unique
-- activity id (a durable inbox drops repeats). Prints one JSON line with the latency percentiles and refusals.
local conversations = tonumber(os.getenv("CONVERSATIONS") or "12")
local serviceUrl = os.getenv("SERVICE_URL") or "http://127.0.0.1:3990/"
local run = os.getenv("RUN_ID") or "run"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local c = counter % conversations
  local body = string.format(
    '{"type":"message","id":"%s-%d-%d","channelId":"msteams","serviceUrl":"%s",' ..
    '"from":{"id":"bench-user-%d","name":"Bench %d"},"recipient":{"id":"bench-bot","name":"ReformBot"},' ..
    '"conversation":{"id":"bench-conv-%d","conversationType":"personal"},"text":"giúp",' ..
    '"timestamp":"2026-12-01T01:00:00Z"}', run, tid, counter, serviceUrl, c, c, c)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local refused = summary.errors.status
  io.write(string.format(
    '{"requests":%d,"refused":%d,"socketErrors":%d,"p50ms":%.2f,"p99ms":%.2f,"seconds":%.2f}\n',
    summary.requests, refused, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.duration / 1e6))
end
