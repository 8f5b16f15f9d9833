-- wrk script of bin/bench-gateway. Every request carries the next of many staff tokens (one per line
-- in the file TOKENS), so that no caller exceeds its own rate limit at the gateway. WRITE=complaint
-- makes each request create a complaint (with its own Idempotency-Key), else it is a GET of the URL.
-- At the end it prints one line: RESULT <requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  if #line > 0 then tokens[#tokens + 1] = line end
end
local write = os.getenv("WRITE") == "complaint"
local threads = {}
local counter = 0
local run = tostring(os.time())

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1] }
  if not write then
    return wrk.format(nil, nil, headers)
  end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = "bench-" .. run .. "-" .. id .. "-" .. counter
  local body = string.format('{"customerName":"压测用户%d","customerPhone":"138%08d","channel":"PHONE",'
    .. '"content":"燃气表读数异常（压测 %d-%d）"}', counter % 100, counter % 100000000, id, counter)
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
