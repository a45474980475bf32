-- wrk script for scripts/test-serve-load: rotates over the site's pages (one path per line in
-- the file given after `--`), counts 5xx answers and HTML bodies that do not end in </html>.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  index = math.random(#paths)
  server_errors = 0
  truncated = 0
  html = 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
  for name, value in pairs(headers) do
    if name:lower() == "content-type" and value:find("text/html", 1, true) then
      html = html + 1
      if not body:find("</html>%s*$") then truncated = truncated + 1 end
    end
  end
end

function done(summary, latency, requests)
  local errors, short, pages = 0, 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("server_errors")
    short = short + thread:get("truncated")
    pages = pages + thread:get("html")
  end
  io.write(string.format("RESULT requests=%d server_errors=%d html=%d truncated=%d\n",
    summary.requests, errors, pages, short))
end
