-- Prints one JSON line after a wrk run: requests/s and latency percentiles in milliseconds.
-- Optional: a file of request paths (one a line, WRK_PATHS) to pick from at random.
local paths = nil
local path_file = os.getenv("WRK_PATHS")
if path_file and path_file ~= "" then
  paths = {}
  for line in io.lines(path_file) do paths[#paths + 1] = line end
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end

function request()
  if paths then
    return wrk.format("GET", paths[math.random(#paths)])
  end
  return wrk.format()
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "errors": %d, "bytes": %d}\n',
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.bytes))
end
