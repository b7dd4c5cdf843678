-- A mixed Lua benchmark for Tandem's real-program set (workloads/real/README.md).
-- usage: lua bench.lua SCALE   (SCALE: a positive integer; the work grows linearly with it)
-- Prints one deterministic line per part. It must never raise an error or yield a coroutine:
-- the Wasm build of Lua has no longjmp, so either would end the program (see the README).

local scale = math.tointeger(tonumber(arg[1] or "")) or 0
if scale < 1 then
  io.stderr:write("usage: lua bench.lua SCALE (a positive integer)\n")
  os.exit(2)
end

-- A 31-bit linear congruential generator: the same sequence everywhere (math.random is seeded
-- from the clock and the address space).
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed % n
end

local function hash(h, v) return (h * 31 + v) & 0xffffffff end

-- 1. Calls: naive recursive Fibonacci.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
do
  local total = 0
  for _ = 1, scale do total = total + fib(22) end
  print(string.format("fib: %d", total))
end

-- 2. Tables: records in arrays, a hash keyed by strings, sorting with a comparator.
do
  local h = 0
  for _ = 1, scale do
    local people = {}
    for i = 1, 1500 do
      people[i] = { id = i, age = rand(90), name = "p" .. rand(1000) }
    end
    table.sort(people, function(a, b)
      if a.age ~= b.age then return a.age < b.age end
      return a.id < b.id
    end)
    local byName = {}
    for i = 1, #people do
      local p = people[i]
      local list = byName[p.name]
      if list then list[#list + 1] = p.id else byName[p.name] = { p.id } end
    end
    local groups, largest = 0, 0
    for _, list in pairs(byName) do -- order-independent: counts only
      groups = groups + 1
      if #list > largest then largest = #list end
    end
    for i = 1, #people, 97 do h = hash(h, people[i].id) end
    h = hash(hash(h, groups), largest)
    local sieve, primes = {}, 0
    for i = 2, 8000 do
      if not sieve[i] then
        primes = primes + 1
        for j = i * i, 8000, i do sieve[j] = true end
      end
    end
    h = hash(h, primes)
  end
  print(string.format("tables: %d", h))
end

-- 3. Strings: formatting, concatenation, pattern matching and substitution.
do
  local h = 0
  for r = 1, scale do
    local parts = {}
    for i = 1, 1000 do
      parts[#parts + 1] = string.format("%d:%s;", i * r, string.rep(string.char(97 + i % 26), 1 + i % 7))
    end
    local s = table.concat(parts)
    local words = 0
    for w in s:gmatch("%a+") do words = words + #w end
    local replaced, n = s:gsub("(%d+):", function(d) return "<" .. (#d) .. ">" end)
    local upper = replaced:upper()
    local acc = ""
    for i = 1, 300 do acc = acc .. tostring(i % 10) end
    h = hash(hash(hash(hash(h, #s), words), n), #upper + #acc)
    h = hash(h, string.byte(upper, #upper // 2))
  end
  print(string.format("strings: %d", h))
end

-- 4. Floating point: the n-body simulation (five bodies, Jupiter to Neptune and the Sun).
do
  local PI = math.pi
  local SOLAR_MASS = 4 * PI * PI
  local DAYS = 365.24
  local bodies = {
    { x = 0, y = 0, z = 0, vx = 0, vy = 0, vz = 0, mass = SOLAR_MASS },
    { x = 4.84143144246472090e+00, y = -1.16032004402742839e+00, z = -1.03622044471123109e-01,
      vx = 1.66007664274403694e-03 * DAYS, vy = 7.69901118419740425e-03 * DAYS,
      vz = -6.90460016972063023e-05 * DAYS, mass = 9.54791938424326609e-04 * SOLAR_MASS },
    { x = 8.34336671824457987e+00, y = 4.12479856412430479e+00, z = -4.03523417114321381e-01,
      vx = -2.76742510726862411e-03 * DAYS, vy = 4.99852801234917238e-03 * DAYS,
      vz = 2.30417297573763929e-05 * DAYS, mass = 2.85885980666130812e-04 * SOLAR_MASS },
    { x = 1.28943695621391310e+01, y = -1.51111514016986312e+01, z = -2.23307578892655734e-01,
      vx = 2.96460137564761618e-03 * DAYS, vy = 2.37847173959480950e-03 * DAYS,
      vz = -2.96589568540237556e-05 * DAYS, mass = 4.36624404335156298e-05 * SOLAR_MASS },
    { x = 1.53796971148509165e+01, y = -2.59193146099879641e+01, z = 1.79258772950371181e-01,
      vx = 2.68067772490389322e-03 * DAYS, vy = 1.62824170038242295e-03 * DAYS,
      vz = -9.51592254519715870e-05 * DAYS, mass = 5.15138902046611451e-05 * SOLAR_MASS },
  }
  local nb = #bodies
  local px, py, pz = 0, 0, 0
  for i = 1, nb do
    local b = bodies[i]
    px, py, pz = px + b.vx * b.mass, py + b.vy * b.mass, pz + b.vz * b.mass
  end
  bodies[1].vx, bodies[1].vy, bodies[1].vz = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS

  local function energy()
    local e = 0
    for i = 1, nb do
      local b = bodies[i]
      e = e + 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
      for j = i + 1, nb do
        local c = bodies[j]
        local dx, dy, dz = b.x - c.x, b.y - c.y, b.z - c.z
        e = e - b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
      end
    end
    return e
  end

  local function advance(dt)
    for i = 1, nb do
      local b = bodies[i]
      local bx, by, bz, bm = b.x, b.y, b.z, b.mass
      local bvx, bvy, bvz = b.vx, b.vy, b.vz
      for j = i + 1, nb do
        local c = bodies[j]
        local dx, dy, dz = bx - c.x, by - c.y, bz - c.z
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * math.sqrt(d2))
        local cm = c.mass * mag
        bvx, bvy, bvz = bvx - dx * cm, bvy - dy * cm, bvz - dz * cm
        local bmm = bm * mag
        c.vx, c.vy, c.vz = c.vx + dx * bmm, c.vy + dy * bmm, c.vz + dz * bmm
      end
      b.vx, b.vy, b.vz = bvx, bvy, bvz
      b.x, b.y, b.z = bx + dt * bvx, by + dt * bvy, bz + dt * bvz
    end
  end

  local before = energy()
  for _ = 1, 8000 * scale do advance(0.01) end
  print(string.format("nbody: %.9f %.9f", before, energy()))
end
