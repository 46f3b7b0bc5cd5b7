-- Vote and withdraw through the HTTP API: each request is a PUT (vote) or DELETE (withdraw) on
-- /api/v1/cities/{city}/ideas/{id}/vote by one of the signed-in bench participants (bearer tokens
-- in WRK_TOKENS, idea ids in WRK_IDEAS, city slug in WRK_CITY), alternately, on random pairs.
local tokens, ideas = {}, {}
for line in io.lines(os.getenv("WRK_TOKENS")) do tokens[#tokens + 1] = line end
for line in io.lines(os.getenv("WRK_IDEAS")) do ideas[#ideas + 1] = line end
local city = os.getenv("WRK_CITY") or "helsinki"
local n = 0

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

function request()
  n = n + 1
  local method = (n % 2 == 1) and "PUT" or "DELETE"
  local path = "/api/v1/cities/" .. city .. "/ideas/" .. ideas[math.random(#ideas)] .. "/vote"
  return wrk.format(method, path, { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)], ["Content-Length"] = "0" })
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "errors": %d, "bytes": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.bytes))
end
