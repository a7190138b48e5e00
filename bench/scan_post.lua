-- wrk script: POST /v1/scan with one synthetic, benign text event per request.
-- The token comes from VIGIL_BENCH_TOKEN (a scanner token).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("VIGIL_BENCH_TOKEN") or "")
local n = 0
request = function()
  n = n + 1
  local body = '{"id":"b-' .. n .. '","conversation":"c-' .. (n % 1000) ..
    '","sender":"u1","recipient":"u2","text":"see you at school tomorrow, the game was great"}'
  return wrk.format(nil, "/v1/scan", nil, body)
end
