-- wrk script: counts the answers served (2xx) and refused (429) over all threads.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  served = 0
  refused = 0
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    served = served + 1
  elseif status == 429 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local s, r = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("served")
    r = r + t:get("refused")
  end
  local seconds = summary.duration / 1000000
  io.write(string.format("served=%d refused=%d seconds=%.1f\n", s, r, seconds))
end
