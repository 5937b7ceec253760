-- wrk script: every request receives a different person (name, birth date, ID number, phone), so
-- that the duplicate checks and indexes see realistic data. The token comes from -H on the command line.
local family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
local middle = {"Thị", "Văn", "Ngọc", "Minh", "Thu", "Hữu", "Đức", "Thanh"}
local given = {"Hoa", "Lan", "Mai", "Hương", "Tuấn", "Dũng", "Trang", "Linh", "Hải", "Nga", "Thảo", "Yến", "Phương", "Quân"}
local channels = {"POLICE_HANDOVER", "BORDER_GUARD_HANDOVER", "HOTLINE", "NGO", "OUTREACH", "REPATRIATION_FROM_ABROAD"}
local narrative = "Được Đồn Biên phòng bàn giao sau khi trở về qua cửa khẩu. Người này cho biết đã bị hứa hẹn việc làm "
    .. "lương cao bên kia biên giới, bị giữ giấy tờ và ép làm việc nhiều tháng không được trả lương. Sức khỏe yếu, "
    .. "cần hỗ trợ y tế và tâm lý ban đầu."

local function pick(list) return list[math.random(#list)] end

function setup(thread)
  thread:set("seed", math.random(1, 2^31 - 1))
end

function init(args)
  math.randomseed(seed or os.time())
  wrk.method = "POST"
  wrk.path = "/api/v1/intakes"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local name = pick(family) .. " " .. pick(middle) .. " " .. pick(given) .. " " .. pick(given)
  local body = string.format([[{"channel":"%s","receivedAt":"%s","placeFoundDescription":"Cửa khẩu quốc tế Móng Cái",
"category":"PRESUMED_VICTIM","narrative":"%s","person":{"fullName":"%s","sex":"%s","birthDate":"%04d-%02d-%02d",
"nationality":"VN","stateless":false,"idDocumentType":"CITIZEN_ID","idDocumentNumber":"0%02d%09d","homePlaceCode":"06685",
"phone":"09%08d","languages":["vi"]}}]],
    pick(channels), os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(60, 36000)), narrative, name,
    math.random(2) == 1 and "FEMALE" or "MALE", math.random(1970, 2007), math.random(12), math.random(28),
    math.random(1, 95), math.random(0, 999999999), math.random(0, 99999999))
  return wrk.format(nil, nil, nil, body)
end
