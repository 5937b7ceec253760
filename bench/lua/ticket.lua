-- wrk script: every request logs a different contact (caller, number, person concerned, categories,
-- urgency), as operators do on a busy night. The token comes from -H on the command line.
local family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
local middle = {"Thị", "Văn", "Ngọc", "Minh", "Thu", "Hữu", "Đức", "Thanh"}
local given = {"Hoa", "Lan", "Mai", "Hương", "Tuấn", "Dũng", "Trang", "Linh", "Hải", "Nga", "Thảo", "Yến", "Phương", "Quân"}
local channels = {"PHONE", "PHONE", "PHONE", "ZALO", "FACEBOOK", "SMS"}
local urgencies = {"EMERGENCY", "HIGH", "NORMAL", "NORMAL", "NORMAL", "LOW"}
local categories = {"TRAFFICKING_SUSPECTED", "LABOUR_MIGRATION_ADVICE", "MISSING_PERSON", "RETURNED_VICTIM_SUPPORT",
                    "DOMESTIC_VIOLENCE", "CHILD_ABUSE", "ONLINE_SCAM_RECRUITMENT", "INFORMATION_REQUEST"}
local lines = {"00000000-0000-4000-c000-000000000001", "00000000-0000-4000-c000-000000000001", "00000000-0000-4000-c000-000000000002"}
local summary = "Người gọi cho biết con gái được một người quen trên mạng hứa việc làm phục vụ nhà hàng bên kia biên giới, "
    .. "lương cao, đi từ tuần trước, từ hôm qua không liên lạc được. Đã hướng dẫn gia đình báo công an xã và giữ lại tin nhắn."

local function pick(list) return list[math.random(#list)] end

function setup(thread)
  thread:set("seed", math.random(1, 2^31 - 1))
end

function init(args)
  math.randomseed(seed or os.time())
  wrk.method = "POST"
  wrk.path = "/api/v1/hotline/tickets"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local caller = pick(family) .. " " .. pick(middle) .. " " .. pick(given)
  local person = pick(family) .. " " .. pick(middle) .. " " .. pick(given)
  local body = string.format([[{"lineId":"%s","channel":"%s","direction":"INBOUND","startedAt":"%s",
"caller":{"anonymous":false,"name":"%s","phone":"09%08d","relation":"PARENT","placeCode":"06685"},
"concerned":{"name":"%s","sex":"FEMALE","age":%d,"placeCode":"06685","country":"CN"},
"categories":["%s","%s"],"summary":"%s","urgency":"%s","actions":["COUNSELLING"]}]],
    pick(lines), pick(channels), os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(30, 600)), caller,
    math.random(0, 99999999), person, math.random(12, 30), pick(categories), pick(categories), summary, pick(urgencies))
  return wrk.format(nil, nil, nil, body)
end
