-- wrk script for one GET scenario: every response must be a 200 that contains the page's marker text
-- (a redirect to /login, a 403 or an error page counts as an error). Usage:
--   wrk ... -s bench/check.lua <url> -- "<cookie header>" "<marker>"
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    cookie = args[1]
    marker = args[2]
    bad = 0
    if cookie ~= nil and cookie ~= "" then
        wrk.headers["Cookie"] = cookie
    end
end

function response(status, headers, body)
    if status ~= 200 or body == nil or not string.find(body, marker, 1, true) then
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + (thread:get("bad") or 0)
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        failed + errors))
end
