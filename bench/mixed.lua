-- wrk: each connection asks for the paths in BENCH_PATHS (separated by spaces) in turn, so one run
-- warms every hot page's code at once (bench/run's warm-up).
local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end
