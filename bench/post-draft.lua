-- wrk script for the write scenario: members save a draft of this month's self-assessment (POST with
-- the CSRF token of their own session, as htmx does). Each request uses the next signed-in member of
-- the sessions file (one "cookie<TAB>csrf-token" line per member), so no member saves twice in a run.
-- Success is a 200 with the "saved" marker; the successes are counted (ok=) so that bench/run can compare them
-- with the rows written (requests still in flight when wrk stops may be written without being counted). Usage:
--   wrk -t<n> ... -s bench/post-draft.lua <url-without-path> -- <sessions file> <year> <month> <area ids, comma-separated> <n>
local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("id", counter)
    table.insert(threads, thread)
end

function init(args)
    sessions = {}
    for line in io.lines(args[1]) do
        local cookie, token = line:match("([^\t]+)\t([^\t]+)")
        table.insert(sessions, { cookie = cookie, token = token })
    end
    path = "/pledges/my/" .. args[2] .. "/" .. args[3]
    areaFields = ""
    local i = 0
    for area in string.gmatch(args[4], "[^,]+") do
        areaFields = areaFields .. "&areas%5B" .. i .. "%5D.areaId=" .. area .. "&areas%5B" .. i .. "%5D.result=DONE"
        i = i + 1
    end
    -- threads take interleaved members: thread k of n uses members k, k+n, k+2n ...
    stride = tonumber(args[5])
    next_index = id
    bad = 0
    ok = 0
end

function request()
    local session = sessions[next_index]
    next_index = next_index + stride
    if session == nil then
        wrk.thread:stop()
        return wrk.format("GET", "/login")
    end
    local body = "action=draft&nextMonthPlan=K%E1%BA%BF+ho%E1%BA%A1ch" .. areaFields .. "&_csrf=" .. session.token
    return wrk.format("POST", path, {
        ["Cookie"] = session.cookie,
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["HX-Request"] = "true",
    }, body)
end

function response(status, headers, body)
    if status ~= 200 or body == nil or not string.find(body, "text-success", 1, true) then
        bad = bad + 1
    else
        ok = ok + 1
    end
end

function done(summary, latency, requests)
    local failed, succeeded = 0, 0
    for _, thread in ipairs(threads) do
        failed = failed + (thread:get("bad") or 0)
        succeeded = succeeded + (thread:get("ok") or 0)
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d ok=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        failed + errors, succeeded))
end
