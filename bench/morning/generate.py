#!/usr/bin/env python3
"""Province plan generator (reformbot.plan/v1), deterministic.

Default: one plan of a province after the 2025 two-tier reform: 150 units (the provincial People's Committee, 29
departments, 120 communes), 20 officers each (3,000: one head, one coordinator at the Department of Home Affairs,
the rest officers), 12,000 tasks and a monthly report every unit submits. Every officer has a Teams account known in
advance (29:bench-<id>), so the bot can open the 1:1 chat itself. Deadlines are set around the chosen Monday so that
most officers (about 9 in 10) have a reminder due on it at 08:00: due that day, the working day after (last working
day before), three days after or seven days after; the rest fall later in the year. The report is due on the Thursday
of that week, so every unit head also gets its reminder (three working days before) that Monday.

  python3 generate.py [--monday 2027-03-01] [--tasks 12000] [--units 150] [--officers-per-unit 20] [--seed 16] [-o FILE]
  python3 generate.py --tasks 78000 -o big.json      # the large import
"""
import argparse
import datetime as dt
import json
import random
import sys

p = argparse.ArgumentParser()
p.add_argument("--monday", default="2027-03-01")
p.add_argument("--tasks", type=int, default=12000)
p.add_argument("--units", type=int, default=150)
p.add_argument("--officers-per-unit", type=int, default=20)
p.add_argument("--due-share", type=float, default=0.9, help="share of officers with something due on the Monday")
p.add_argument("--seed", type=int, default=16)
p.add_argument("--code", default="16/KH-UBND")
p.add_argument("-o", "--output", default="-")
a = p.parse_args()

rng = random.Random(a.seed)
monday = dt.date.fromisoformat(a.monday)
if monday.weekday() != 0:
    sys.exit(f"{monday} is not a Monday")

units = [{"code": "UBND", "name": "Ủy ban nhân dân tỉnh"}]
departments = max(1, min(29, a.units // 5))
for i in range(1, departments + 1):
    units.append({"code": f"SO-{i:02d}", "name": f"Sở số {i}", "parent": "UBND"})
for i in range(1, a.units - len(units) + 1):
    units.append({"code": f"XA-{i:03d}", "name": f"Ủy ban nhân dân xã số {i}", "parent": "UBND"})
coordinator_unit = "SO-01"  # Sở Nội vụ

officers, by_unit = [], {}
for u in units:
    ids = []
    for n in range(a.officers_per_unit):
        oid = f"{u['code'].lower()}.{n:02d}"
        roles = ["unitHead"] if n == 0 else ["officer"]
        if u["code"] == coordinator_unit and n == 1:
            roles = ["coordinator", "officer"]
        officers.append({"id": oid, "name": f"Cán bộ {n:02d} {u['name']}", "unit": u["code"], "roles": roles,
                         "accounts": [{"channel": "msteams", "id": f"29:bench-{oid}"}]})
        ids.append(oid)
    by_unit[u["code"]] = ids

near = [monday + dt.timedelta(days=d) for d in (0, 1, 3, 7)]  # due day, last working day before, 3 and 7 days before
year_end = dt.date(monday.year, 12, 31)
later_days = (year_end - (monday + dt.timedelta(days=30))).days

# Every officer (heads included) is assigned tasks round-robin; the first task of 9 in 10 officers is due near the Monday.
staff = [o["id"] for o in officers]
unit_of = {o["id"]: o["unit"] for o in officers}
due_first = {oid for oid in staff if rng.random() < a.due_share}
seen = set()
tasks = []
for i in range(a.tasks):
    oid = staff[i % len(staff)]
    if oid in due_first and oid not in seen:
        deadline = rng.choice(near)
    else:
        deadline = monday + dt.timedelta(days=30 + rng.randrange(max(1, later_days)))
    seen.add(oid)
    unit = unit_of[oid]
    task = {"ref": f"{i // 1000 + 1}.{i % 1000 + 1}", "title": f"Nhiệm vụ cải cách hành chính số {i + 1} của {unit}",
            "field": rng.choice(["Cải cách thủ tục hành chính", "Chuyển đổi số", "Cải cách tổ chức bộ máy", "Cải cách tài chính công"]),
            "lead": [unit], "assignees": [oid], "deadline": deadline.isoformat()}
    if i % 5 == 0:
        task["index"] = "PAR_INDEX"
        task["score"] = {"current": 0, "max": round(rng.choice([0.25, 0.5, 1.0]), 2)}
    tasks.append(task)

plan = {
    "format": "reformbot.plan/v1",
    "plan": {"code": a.code, "title": f"Kế hoạch cải cách hành chính tỉnh năm {monday.year} (bench)", "issuer": "UBND",
             "issuedOn": dt.date(monday.year, 1, 5).isoformat(), "year": monday.year, "indices": ["PAR_INDEX"],
             "coordinator": coordinator_unit},
    "units": units,
    "officers": officers,
    "tasks": tasks,
    "reports": [{"code": "BC-THANG", "title": "Báo cáo tình hình thực hiện cải cách hành chính hằng tháng", "cadence": "monthly",
                 "dueDay": (monday + dt.timedelta(days=3)).day, "window": "previous-month",
                 "submitters": [u["code"] for u in units if u["code"] != coordinator_unit], "recipient": coordinator_unit}],
}
out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
json.dump(plan, out, ensure_ascii=False, separators=(",", ":"))
out.write("\n")
if out is not sys.stdout:
    out.close()
    print(f"{a.output}: {len(units)} units, {len(officers)} officers, {len(tasks)} tasks, "
          f"{len(due_first)} officers with a task due near {monday}", file=sys.stderr)
