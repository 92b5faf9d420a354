#!/usr/bin/env python3
"""
fairdraw_reference.py -- an independent reference implementation of the draw
`fairdraw-draw/1` and `fairdraw-draw/2`, written from docs/draw-spec.md (and the file
formats in apps/cli/README.md) alone, without reading fairdraw's TypeScript code.

Python 3.11, standard library only.

Usage:
    python3 docs/reference/fairdraw_reference.py <vector-folder>
        prints the record's canonical JSON (spec §4.1, §9) and a line feed.
    python3 docs/reference/fairdraw_reference.py --check <vector-folder>
        compares the computed record with <vector-folder>/record.json (both
        canonicalised) and prints "match" (exit 0) or the first difference (exit 1).

A vector folder holds vector.json (the seed; for fairdraw-draw/2 also "algorithm" and
"conflictsSalt"), task.json, and targets / inspectors / conflicts as .csv or .json
(test/vectors/README.md). A vector.json without "algorithm" is fairdraw-draw/1.

Section references (§n) are to docs/draw-spec.md.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import json
import os
import re
import sys
import time
from decimal import Decimal, InvalidOperation

ALGORITHM_1 = "fairdraw-draw/1"
ALGORITHM_2 = "fairdraw-draw/2"
ALGORITHMS = (ALGORITHM_1, ALGORITHM_2)
# §5, §13: both versions key their streams with "fairdraw-draw/1", so they draw alike.
STREAM_ALGORITHM = ALGORITHM_1


class InputError(Exception):
    """An input that cannot be normalised (§3: 'Inputs that cannot be normalised are rejected')."""


class DrawFailure(Exception):
    """No valid team assignment exists (§8.1)."""


# ---------------------------------------------------------------------------
# §2 Notation: dates and code-point order
# ---------------------------------------------------------------------------

_EPOCH = _dt.date(1970, 1, 1)


def day(d: str) -> int:
    """§2: number of days from 1970-01-01 to d (proleptic Gregorian)."""
    return (_dt.date.fromisoformat(d) - _EPOCH).days


def _make_date(y: int, m: int, d: int, raw: str) -> str:
    try:
        return _dt.date(y, m, d).isoformat()  # YYYY-MM-DD
    except ValueError:
        raise InputError(f"not a calendar date: {raw!r}")


# Date spellings accepted from directory files (apps/cli README, vector
# stratified-gb18030: "dates typed as Excel users do"): 2026-03-05, 2026/3/5,
# 2026.3.5, 2025年11月2日.  All are normalised to YYYY-MM-DD (§2).
_DATE_PATTERNS = [
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"),
]


def parse_loose_date(raw: str) -> str:
    s = raw.strip()
    for p in _DATE_PATTERNS:
        m = p.match(s)
        if m:
            return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    raise InputError(f"not a date: {raw!r}")


def parse_strict_date(raw) -> str:
    """§2 / §3.4 referenceDate: a date written YYYY-MM-DD."""
    if not isinstance(raw, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise InputError(f"referenceDate must be YYYY-MM-DD, got {raw!r}")
    return _make_date(int(raw[0:4]), int(raw[5:7]), int(raw[8:10]), raw)


def norm_set(values) -> list:
    """§3.2 / §3.4: a set is an array with duplicates removed, sorted in code-point
    order (Python str comparison is code-point order)."""
    return sorted(set(values))


# ---------------------------------------------------------------------------
# §4.1 Canonical JSON (RFC 8785 restricted to integers)
# ---------------------------------------------------------------------------

def _utf16_key(s: str):
    """Sort key: the string as UTF-16 code units (RFC 8785 §3.2.3)."""
    b = s.encode("utf-16-be", "surrogatepass")
    return [int.from_bytes(b[i:i + 2], "big") for i in range(0, len(b), 2)]


def _escape_string(s: str) -> str:
    """Escape as ECMAScript JSON.stringify does: \" \\ \b \f \n \r \t, other
    code points below U+0020 as \\u00xx (lower-case hex), lone surrogates as
    \\udxxx; everything else (including non-ASCII) verbatim."""
    out = ['"']
    short = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f',
             '\n': '\\n', '\r': '\\r', '\t': '\\t'}
    for ch in s:
        o = ord(ch)
        if ch in short:
            out.append(short[ch])
        elif o < 0x20 or 0xD800 <= o <= 0xDFFF:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical_json(v) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        if abs(v) > 2 ** 53 - 1:
            raise ValueError("integer out of canonical range")
        return str(v)  # no sign for zero: str(0) == "0"
    if isinstance(v, str):
        return _escape_string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(canonical_json(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=_utf16_key)
        return "{" + ",".join(_escape_string(k) + ":" + canonical_json(v[k]) for k in keys) + "}"
    raise TypeError(f"no canonical JSON for {type(v).__name__} (fractional numbers are never used)")


def sha256_hex(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------------------
# Directory files (apps/cli/README.md "Directory files")
# ---------------------------------------------------------------------------

def read_text(path: str) -> str:
    """UTF-8 (with or without BOM) tried strictly first, then GB18030."""
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


# Column names: English (CSV snake_case, JSON camelCase) and Chinese.
TARGET_COLUMNS = {
    "id": ["id", "统一社会信用代码"],
    "name": ["name", "名称"],
    "kind": ["kind", "类型"],
    "region": ["region", "所属区域"],
    "risk": ["risk", "信用风险等级"],
    "status": ["status", "状态"],
    "lastInspected": ["last_inspected", "lastInspected", "最近检查日期"],
}
INSPECTOR_COLUMNS = {
    "id": ["id", "工号"],
    "name": ["name", "姓名"],
    "department": ["department", "单位"],
    "certificate": ["certificate", "执法证号"],
    "fields": ["fields", "执法领域"],
    "active": ["active", "在岗"],
}
CONFLICT_COLUMNS = {
    "inspectorId": ["inspector_id", "inspectorId", "检查人员工号"],
    "targetId": ["target_id", "targetId", "统一社会信用代码"],
    "reason": ["reason", "回避事由"],
}
REQUIRED = {
    "targets": ["id", "name", "kind"],
    "inspectors": ["id", "name", "department", "certificate"],
    "conflicts": ["inspectorId", "targetId"],
}
COLUMNS = {"targets": TARGET_COLUMNS, "inspectors": INSPECTOR_COLUMNS, "conflicts": CONFLICT_COLUMNS}


def _map_row(row: dict, columns: dict) -> dict:
    """Map a row (dict keyed by header / JSON member name) onto the draw's field names;
    unknown columns are dropped (they are 'kept with the record but do not enter the draw')."""
    out = {}
    for field, aliases in columns.items():
        for a in aliases:
            if a in row:
                out[field] = row[a]
                break
    return out


def load_pool_rows(folder: str, pool: str) -> tuple[list[dict], str] | None:
    """Find <pool>.csv or <pool>.json in the folder and return (rows, filename)."""
    for ext in ("csv", "json"):
        p = os.path.join(folder, f"{pool}.{ext}")
        if os.path.exists(p):
            text = read_text(p)
            if ext == "json":
                data = json.loads(text)
                if not isinstance(data, list):
                    raise InputError(f"{p}: a JSON directory is an array of records")
                rows = []
                for r in data:
                    if not isinstance(r, dict):
                        raise InputError(f"{p}: each record must be an object")
                    rows.append(_map_row(r, COLUMNS[pool]))
            else:
                reader = csv.reader(io.StringIO(text, newline=""))
                all_rows = [r for r in reader]
                if not all_rows:
                    raise InputError(f"{p}: empty file")
                header = [h.strip() for h in all_rows[0]]
                rows = []
                for r in all_rows[1:]:
                    if all(c.strip() == "" for c in r):
                        continue  # blank line
                    rows.append(_map_row(dict(zip(header, r)), COLUMNS[pool]))
                missing = [f for f in REQUIRED[pool]
                           if not any(a in header for a in COLUMNS[pool][f])]
                if missing:
                    raise InputError(f"{p}: missing required column(s) {missing}")
            return rows, p
    return None


# Value vocabularies (apps/cli/README.md).
KIND_ZH = {
    "律师事务所": "law_firm",
    "律师事务所分所": "law_firm_branch",
    "公证处": "notary_office",
    "基层法律服务所": "basic_legal_service",
    "司法鉴定机构": "judicial_appraisal",
}
RISK_ZH = {"低": "A", "一般": "B", "较高": "C", "高": "D"}
STATUS_ZH = {
    "正常": "active",
    "停业": "suspended",
    "注销": "deregistered",
    "吊销": "revoked",
    # NOT documented: the README lists only four Chinese statuses followed by "…";
    # these spellings of `closed` are this implementation's guess (see README, gaps).
    "歇业": "closed",
    "关闭": "closed",
    "终止": "closed",
}
STATUSES = ("active", "suspended", "closed", "deregistered", "revoked")
YES = {"是", "在岗", "true", "yes", "y", "1"}
NO = {"否", "不在岗", "false", "no", "n", "0"}

KIND_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _s(v, what: str) -> str | None:
    """A cell as a trimmed string; None when absent."""
    if v is None:
        return None
    if isinstance(v, bool) or isinstance(v, (int, float, Decimal)):
        return str(v).strip()
    if not isinstance(v, str):
        raise InputError(f"{what}: expected text, got {v!r}")
    return v.strip()


def norm_kind(v) -> str:
    s = _s(v, "kind") or ""
    s = KIND_ZH.get(s, s)
    if not KIND_RE.fullmatch(s):
        raise InputError(f"kind: not a kind: {v!r}")
    return s


def _split_list(v) -> list[str]:
    """A `;`/`；`-separated list (CSV) or a JSON array, items trimmed, empties dropped."""
    if v is None:
        return []
    if isinstance(v, list):
        items = [_s(x, "list item") for x in v]
    else:
        items = re.split(r"[;；]", _s(v, "list"))
    return [x.strip() for x in items if x is not None and x.strip() != ""]


# §3.1 统一社会信用代码 (GB 32100-2015)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def norm_credit_code(v) -> str:
    s = (_s(v, "id") or "").upper()
    if len(s) != 18 or any(c not in USCC_ALPHABET for c in s):
        raise InputError(f"id: not a 统一社会信用代码: {v!r}")
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(s[:17], USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    if USCC_ALPHABET[check] != s[17]:
        raise InputError(f"id: wrong check character in {s!r} (expected {USCC_ALPHABET[check]})")
    return s


def _text(v, what: str, lo: int, hi: int, nullable=False, no_controls=False):
    s = _s(v, what)
    if s is None or s == "":
        if nullable:
            return None
        raise InputError(f"{what}: required")
    if not (lo <= len(s) <= hi):
        raise InputError(f"{what}: length must be {lo}-{hi}: {s!r}")
    if no_controls and any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in s):
        raise InputError(f"{what}: control character in {s!r}")
    return s


def norm_target(r: dict) -> dict:
    """§3.1"""
    risk_raw = _s(r.get("risk"), "risk")
    if risk_raw in (None, ""):
        risk = None
    else:
        risk = RISK_ZH.get(risk_raw, risk_raw.upper())
        if risk not in ("A", "B", "C", "D"):
            raise InputError(f"risk: not a risk class: {risk_raw!r}")
    st_raw = _s(r.get("status"), "status")
    if st_raw in (None, ""):
        status = "active"  # default
    else:
        status = STATUS_ZH.get(st_raw, st_raw)
        if status not in STATUSES:
            raise InputError(f"status: not a status: {st_raw!r}")
    return {
        "id": norm_credit_code(r.get("id")),
        "name": _text(r.get("name"), "name", 1, 200, no_controls=True),
        "kind": norm_kind(r.get("kind")),
        "region": _text(r.get("region"), "region", 1, 100, nullable=True),
        "risk": risk,
        "status": status,
        "lastInspected": norm_set(parse_loose_date(d) for d in _split_list(r.get("lastInspected"))),
    }


INSPECTOR_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]*")


def norm_inspector(r: dict) -> dict:
    """§3.2"""
    iid = _s(r.get("id"), "id") or ""
    if not (1 <= len(iid) <= 64 and INSPECTOR_ID_RE.fullmatch(iid)):
        raise InputError(f"inspector id: invalid 工号 {iid!r}")
    a = r.get("active")
    if isinstance(a, bool):
        active = a
    else:
        s = (_s(a, "active") or "")
        if s == "":
            active = True  # default
        elif s.lower() in YES:
            active = True
        elif s.lower() in NO:
            active = False
        else:
            raise InputError(f"active: not yes/no: {a!r}")
    return {
        "active": active,
        "certificate": _text(r.get("certificate"), "certificate", 1, 64),
        "department": _text(r.get("department"), "department", 1, 100),
        "fields": norm_set(_split_list(r.get("fields"))),
        "id": iid,
        "name": _text(r.get("name"), "name", 1, 100),
    }


def load_pools(folder: str):
    """Load and normalise the three pools (§3.1–§3.3), sorted in canonical order (§4.2)."""
    t = load_pool_rows(folder, "targets")
    i = load_pool_rows(folder, "inspectors")
    c = load_pool_rows(folder, "conflicts")
    if t is None or i is None:
        raise InputError("targets and inspectors directories are required")
    targets = [norm_target(r) for r in t[0]]
    inspectors = [norm_inspector(r) for r in i[0]]
    for pool, recs in (("targets", targets), ("inspectors", inspectors)):
        ids = [x["id"] for x in recs]
        if len(ids) != len(set(ids)):
            raise InputError(f"{pool}: repeated id")  # §3.3 last paragraph
    tids = {x["id"] for x in targets}
    iids = {x["id"] for x in inspectors}
    conflicts = []
    for r in (c[0] if c else []):
        iid = _s(r.get("inspectorId"), "inspector_id") or ""
        tid = norm_credit_code(r.get("targetId"))
        if iid not in iids:
            raise InputError(f"conflict names an unknown inspector {iid!r}")  # §3.3
        if tid not in tids:
            raise InputError(f"conflict names an unknown target {tid!r}")
        conflicts.append({"inspectorId": iid, "targetId": tid})  # reason dropped (§3.3)
    if len({(x["inspectorId"], x["targetId"]) for x in conflicts}) != len(conflicts):
        raise InputError("conflicts: repeated pair")
    targets.sort(key=lambda x: x["id"])
    inspectors.sort(key=lambda x: x["id"])
    conflicts.sort(key=lambda x: (x["inspectorId"], x["targetId"]))
    return targets, inspectors, conflicts


# ---------------------------------------------------------------------------
# §4.2 Pool snapshots and digests
# ---------------------------------------------------------------------------

def pool_snapshot(pool: str, records: list[dict]) -> str:
    lines = [canonical_json({"count": len(records), "format": "fairdraw-pool/1", "pool": pool})]
    lines += [canonical_json(r) for r in records]  # records already in canonical order
    return "".join(line + "\n" for line in lines)


def pool_digest(pool: str, records: list[dict]) -> dict:
    snapshot = pool_snapshot(pool, records)
    return {"count": len(records), "digest": "sha256:" + sha256_hex(snapshot.encode("utf-8"))}


def conflicts_digest(algorithm: str, conflicts: list[dict], salt: str | None) -> dict:
    """§9 / §13: the record's pools.conflicts -- plain for /1, salted for /2."""
    if algorithm == ALGORITHM_1:
        if salt is not None:
            raise InputError("fairdraw-draw/1 takes no 回避 salt")
        return pool_digest("conflicts", conflicts)
    if salt is None or not re.fullmatch(r"[0-9a-f]{64}", salt):
        raise InputError("fairdraw-draw/2 needs the 回避 salt: 64 lower-case hex digits")
    snapshot = pool_snapshot("conflicts", conflicts)
    # §13: "sha256:" + hex(SHA-256(salt bytes || UTF-8 snapshot))
    return {"count": len(conflicts),
            "digest": "sha256:" + sha256_hex(bytes.fromhex(salt) + snapshot.encode("utf-8"))}


# ---------------------------------------------------------------------------
# §3.4 Task normal form, §7.1 sample rules
# ---------------------------------------------------------------------------

def _int(v, what: str, lo: int, nullable=False):
    if v is None and nullable:
        return None
    if isinstance(v, bool):
        raise InputError(f"{what}: not an integer: {v!r}")
    if isinstance(v, Decimal):
        if v != v.to_integral_value():
            raise InputError(f"{what}: not an integer: {v!r}")
        v = int(v)
    if not isinstance(v, int) or v < lo or v > 2 ** 53 - 1:
        raise InputError(f"{what}: must be an integer >= {lo}: {v!r}")
    return v


def _str_set(v, what: str, at_least_one=False) -> list:
    if not isinstance(v, list) or any(not isinstance(x, str) for x in v):
        raise InputError(f"{what}: must be an array of strings")
    s = norm_set(v)
    if at_least_one and not s:
        raise InputError(f"{what}: at least one required")
    return s


def _check_keys(obj, allowed: set, what: str):
    if not isinstance(obj, dict):
        raise InputError(f"{what}: must be an object")
    extra = set(obj) - allowed
    if extra:
        raise InputError(f"{what}: unknown member(s) {sorted(extra)}")


def canonical_percent(v) -> tuple[str, int]:
    """§7.1: p in [0,100] with at most four decimals; returns (canonical string, ppm = p*10^4)."""
    if isinstance(v, bool):
        raise InputError("percent: not a number")
    if isinstance(v, str):
        if not re.fullmatch(r"\d+(\.\d+)?", v):
            raise InputError(f"percent: not a decimal: {v!r}")
        d = Decimal(v)
    elif isinstance(v, (int, Decimal)):
        d = Decimal(v)
    else:
        raise InputError(f"percent: not a number: {v!r}")
    try:
        scaled = d * 10000
    except InvalidOperation:
        raise InputError(f"percent: not a number: {v!r}")
    if scaled != scaled.to_integral_value():
        raise InputError(f"percent: more than four decimals: {v!r}")
    ppm = int(scaled)
    if not (0 <= ppm <= 100 * 10000):
        raise InputError(f"percent: must be 0..100: {v!r}")
    whole, frac = divmod(ppm, 10000)
    frac_s = ("%04d" % frac).rstrip("0")
    return (str(whole) + ("." + frac_s if frac_s else "")), ppm


def norm_rule(r, what: str) -> dict:
    """§7.1 sample rule normal form."""
    if not isinstance(r, dict):
        raise InputError(f"{what}: must be an object")
    if "count" in r:
        _check_keys(r, {"count"}, what)
        return {"count": _int(r["count"], what + ".count", 0)}
    if "percent" not in r:
        raise InputError(f"{what}: needs count or percent")
    _check_keys(r, {"percent", "rounding", "minimum", "maximum"}, what)
    p, _ = canonical_percent(r["percent"])
    rounding = r.get("rounding", "up")
    if rounding not in ("up", "down", "half_up"):
        raise InputError(f"{what}.rounding: {rounding!r}")
    lo = _int(r.get("minimum", 0), what + ".minimum", 0)
    hi = _int(r.get("maximum", None), what + ".maximum", lo, nullable=True)
    return {"maximum": hi, "minimum": lo, "percent": p, "rounding": rounding}


def norm_task(t) -> dict:
    """§3.4: fill defaults, normalise sets, validate."""
    _check_keys(t, {"number", "name", "items", "referenceDate", "eligibility", "sample",
                    "stratifyByRisk", "strata", "team"}, "task")
    for f in ("number", "name", "items", "referenceDate", "eligibility", "sample", "team"):
        if f not in t:
            raise InputError(f"task.{f}: required")
    if not isinstance(t["number"], str) or not isinstance(t["name"], str):
        raise InputError("task.number / task.name must be strings")

    e = t["eligibility"]
    _check_keys(e, {"kinds", "regions", "statuses", "excludeInspectedWithinDays",
                    "maxInspectionsPerYear"}, "task.eligibility")
    kinds = _str_set(e.get("kinds"), "eligibility.kinds", at_least_one=True)
    for k in kinds:
        if not KIND_RE.fullmatch(k):
            raise InputError(f"eligibility.kinds: not a kind {k!r}")
    regions = e.get("regions", None)
    if regions is not None:
        regions = _str_set(regions, "eligibility.regions")
    statuses = _str_set(e.get("statuses", ["active"]), "eligibility.statuses")
    for s in statuses:
        if s not in STATUSES:
            raise InputError(f"eligibility.statuses: {s!r}")
    eligibility = {
        "excludeInspectedWithinDays": _int(e.get("excludeInspectedWithinDays"),
                                           "excludeInspectedWithinDays", 1, nullable=True),
        "kinds": kinds,
        "maxInspectionsPerYear": _int(e.get("maxInspectionsPerYear"),
                                      "maxInspectionsPerYear", 1, nullable=True),
        "regions": regions,
        "statuses": statuses,
    }

    stratify = t.get("stratifyByRisk", False)
    if not isinstance(stratify, bool):
        raise InputError("stratifyByRisk must be boolean")
    strata_in = t.get("strata", {})
    _check_keys(strata_in, {"A", "B", "C", "D", "unrated"}, "task.strata")
    strata = {k: norm_rule(v, f"strata.{k}") for k, v in strata_in.items()}
    if strata and not stratify:
        raise InputError("strata given while stratifyByRisk is false")

    team_in = t["team"]
    _check_keys(team_in, {"groups", "maxTargetsPerInspector"}, "task.team")
    groups_in = team_in.get("groups")
    if not isinstance(groups_in, list) or not groups_in:
        raise InputError("team.groups: at least one group")
    groups = []
    for n, g in enumerate(groups_in):
        _check_keys(g, {"department", "size", "requiredFields", "requiredFieldsByKind"},
                    f"team.groups[{n}]")
        dept = g.get("department", None)
        if dept is not None and (not isinstance(dept, str) or dept.strip() == ""):
            raise InputError(f"team.groups[{n}].department")
        if dept is not None:
            dept = dept.strip()
        rbk_in = g.get("requiredFieldsByKind", {})
        if not isinstance(rbk_in, dict):
            raise InputError(f"team.groups[{n}].requiredFieldsByKind")
        groups.append({
            "department": dept,
            "requiredFields": _str_set(g.get("requiredFields", []), "requiredFields"),
            "requiredFieldsByKind": {k: _str_set(v, "requiredFieldsByKind." + k)
                                     for k, v in rbk_in.items()},
            "size": _int(g.get("size"), f"team.groups[{n}].size", 1),
        })
    # §3.4 validity rules
    if sum(g["size"] for g in groups) < 2:
        raise InputError("team: fewer than two inspectors (行政处罚法 Art.42)")
    depts = [g["department"] for g in groups]
    nulls = depts.count(None)
    if nulls > 1 or (nulls == 1 and len(groups) > 1):
        raise InputError("team: groups mix department null with named departments")
    named = [d for d in depts if d is not None]
    if len(named) != len(set(named)):
        raise InputError("team: a department appears in two groups")
    cap = _int(team_in.get("maxTargetsPerInspector"), "maxTargetsPerInspector", 1, nullable=True)

    return {
        "eligibility": eligibility,
        "items": _str_set(t["items"], "items", at_least_one=True),
        "name": t["name"],
        "number": t["number"],
        "referenceDate": parse_strict_date(t["referenceDate"]),
        "sample": norm_rule(t["sample"], "sample"),
        "strata": strata,
        "stratifyByRisk": stratify,
        "team": {"groups": groups, "maxTargetsPerInspector": cap},
    }


# ---------------------------------------------------------------------------
# §5 Seed and streams (RC4-drop[256], keyed as seedrandom 3.0.5 does)
# ---------------------------------------------------------------------------

class Stream:
    def __init__(self, seed: str, label: str, algorithm: str = STREAM_ALGORITHM):
        # §5.1 key = hex(SHA-256(UTF-8(A + "\n" + S + "\n" + L)))
        self.key = sha256_hex((algorithm + "\n" + seed + "\n" + label).encode("utf-8"))
        k = self.key.encode("ascii")  # 64 ASCII codes
        # §5.2 RC4 key schedule
        S = list(range(256))
        j = 0
        for i in range(256):
            j = (j + k[i % 64] + S[i]) % 256
            S[i], S[j] = S[j], S[i]
        self.S, self.i, self.j = S, 0, 0
        for _ in range(256):  # RC4-drop[256]
            self._byte()

    def _byte(self) -> int:
        S = self.S
        self.i = (self.i + 1) % 256
        t = S[self.i]
        self.j = (self.j + t) % 256
        S[self.i] = S[self.j]
        S[self.j] = t
        return S[(S[self.i] + S[self.j]) % 256]

    def word(self) -> int:
        """§5.3: four bytes, big-endian."""
        b0, b1, b2, b3 = self._byte(), self._byte(), self._byte(), self._byte()
        return (b0 << 24) | (b1 << 16) | (b2 << 8) | b3

    def uniform(self, n: int) -> int:
        """§6.1: rejection sampling, 1 <= n <= 2^32."""
        assert 1 <= n <= 2 ** 32
        limit = 2 ** 32 - (2 ** 32 % n)
        while True:
            w = self.word()
            if w < limit:
                return w % n


class PositionSampler:
    """§6.2: partial Fisher–Yates over m positions, storing only moved entries."""

    def __init__(self, stream: Stream, m: int):
        self.stream, self.m, self.r, self.a = stream, m, 0, {}

    def next(self) -> int | None:
        if self.r >= self.m:
            return None
        r = self.r
        j = r + self.stream.uniform(self.m - r)
        ar, aj = self.a.get(r, r), self.a.get(j, j)
        self.a[r], self.a[j] = aj, ar
        self.r += 1
        return aj


# ---------------------------------------------------------------------------
# §7 Targets
# ---------------------------------------------------------------------------

def requested_size(rule: dict, n: int) -> int:
    """§7.1, exact integer arithmetic."""
    if "count" in rule:
        return rule["count"]
    _, ppm = canonical_percent(rule["percent"])
    x, M = n * ppm, 10 ** 6
    if rule["rounding"] == "down":
        v = x // M
    elif rule["rounding"] == "up":
        v = -((-x) // M)
    else:  # half_up
        v = (x + M // 2) // M
    v = max(rule["minimum"], v)
    if rule["maximum"] is not None:
        v = min(rule["maximum"], v)
    return v


def exclusion_reason(t: dict, task: dict) -> str | None:
    """§7.2, checks in order; returns the first failing reason or None if eligible."""
    e = task["eligibility"]
    if t["kind"] not in e["kinds"]:
        return "kind"
    if e["regions"] is not None and (t["region"] is None or t["region"] not in e["regions"]):
        return "region"
    if t["status"] not in e["statuses"]:
        return "status"
    ref = task["referenceDate"]
    D = e["excludeInspectedWithinDays"]
    if D is not None and any(day(ref) - day(d) < D for d in t["lastInspected"]):
        return "inspectedRecently"
    N = e["maxInspectionsPerYear"]
    if N is not None and not (sum(1 for d in t["lastInspected"] if d[:4] == ref[:4]) < N):
        return "inspectedTooOften"
    return None


# ---------------------------------------------------------------------------
# §8 Teams: feasibility by maximum flow (any correct existence test is allowed, §8.2)
# ---------------------------------------------------------------------------

class MaxFlow:
    def __init__(self):
        self.adj: dict = {}

    def add(self, u, v, c):
        if c <= 0:
            return
        self.adj.setdefault(u, {}).setdefault(v, 0)
        self.adj.setdefault(v, {}).setdefault(u, 0)
        self.adj[u][v] += c

    def run(self, s, t) -> int:
        """Edmonds–Karp (BFS augmenting paths)."""
        flow = 0
        while True:
            parent = {s: None}
            queue = [s]
            for u in queue:
                if u == t:
                    break
                for v, c in self.adj.get(u, {}).items():
                    if c > 0 and v not in parent:
                        parent[v] = u
                        queue.append(v)
            if t not in parent:
                return flow
            # bottleneck
            b, v = None, t
            while parent[v] is not None:
                u = parent[v]
                b = self.adj[u][v] if b is None else min(b, self.adj[u][v])
                v = u
            v = t
            while parent[v] is not None:
                u = parent[v]
                self.adj[u][v] -= b
                self.adj[v][u] += b
                v = u
            flow += b


class TeamProblem:
    def __init__(self, task, drawn, inspectors, conflicts):
        self.groups = task["team"]["groups"]
        self.cap = task["team"]["maxTargetsPerInspector"]
        self.drawn = drawn
        self.inspectors = inspectors  # canonical order
        self.conf = {(c["inspectorId"], c["targetId"]) for c in conflicts}
        # may[(ti, gi)] = set of inspector ids who may fill a slot of drawn[ti] in group gi (§8.1)
        self.may = {}
        for ti, t in enumerate(drawn):
            for gi, g in enumerate(self.groups):
                need = set(g["requiredFields"]) | set(g["requiredFieldsByKind"].get(t["kind"], []))
                self.may[(ti, gi)] = {
                    i["id"] for i in inspectors
                    if i["active"]
                    and (g["department"] is None or g["department"] == i["department"])
                    and need <= set(i["fields"])
                    and (i["id"], t["id"]) not in self.conf
                }

    def feasible(self, chosen: list[list[tuple[int, str]]]) -> bool:
        """Does a valid assignment (§8.1) exist that agrees with `chosen`
        (chosen[ti] = list of (group index, inspector id) already fixed for drawn target ti)?
        Network: source -> (t,g) [remaining slots] -> (t,i) [1] -> i [remaining cap] -> sink."""
        n_targets = len(self.drawn)
        used = {}
        for ti in range(n_targets):
            for _, iid in chosen[ti]:
                used[iid] = used.get(iid, 0) + 1
        if self.cap is not None and any(u > self.cap for u in used.values()):
            return False
        mf = MaxFlow()
        need = 0
        for ti in range(n_targets):
            taken = {iid for _, iid in chosen[ti]}
            for gi, g in enumerate(self.groups):
                rem = g["size"] - sum(1 for gg, _ in chosen[ti] if gg == gi)
                if rem < 0:
                    return False
                if rem == 0:
                    continue
                need += rem
                mf.add("src", ("tg", ti, gi), rem)
                for iid in self.may[(ti, gi)]:
                    if iid not in taken:
                        mf.add(("tg", ti, gi), ("ti", ti, iid), 1)
                        mf.add(("ti", ti, iid), ("i", iid), 1)
        for ins in self.inspectors:
            iid = ins["id"]
            capacity = (n_targets if self.cap is None else self.cap) - used.get(iid, 0)
            mf.add(("i", iid), "sink", capacity)
        return mf.run("src", "sink") == need


def assign_teams(task, seed, drawn, inspectors, conflicts) -> list[list[dict]]:
    """§8.2"""
    prob = TeamProblem(task, drawn, inspectors, conflicts)
    chosen: list[list[tuple[int, str]]] = [[] for _ in drawn]
    if not prob.feasible(chosen):
        raise DrawFailure("no valid team assignment exists for the drawn targets (§8.1)")
    by_id = {i["id"]: i for i in inspectors}
    teams = []
    for ti, t in enumerate(drawn):  # drawn targets by order
        stream = Stream(seed, "team:" + t["id"])  # one stream per target
        for gi, g in enumerate(prob.groups):  # groups in task order
            for _ in range(g["size"]):  # slots in turn
                taken = {iid for _, iid in chosen[ti]}
                cands = [i["id"] for i in inspectors  # canonical order
                         if i["id"] in prob.may[(ti, gi)] and i["id"] not in taken]
                sampler = PositionSampler(stream, len(cands))
                while True:
                    q = sampler.next()
                    if q is None:
                        raise DrawFailure("internal: no candidate accepted")
                    c = cands[q]
                    chosen[ti].append((gi, c))
                    if prob.feasible(chosen):
                        break
                    chosen[ti].pop()
        teams.append([{k: by_id[iid][k] for k in ("id", "name", "department", "certificate")}
                      for _, iid in chosen[ti]])  # §8.3 slot order
    return teams


# ---------------------------------------------------------------------------
# §7 + §9 The draw and the record
# ---------------------------------------------------------------------------

def draw(task_in: dict, seed: str, targets, inspectors, conflicts,
         algorithm: str = ALGORITHM_1, conflicts_salt: str | None = None) -> dict:
    if algorithm not in ALGORITHMS:
        raise InputError(f"unknown algorithm {algorithm!r}")
    if not re.fullmatch(r"[0-9a-f]{64}", seed):
        raise InputError("seed must be 64 lower-case hex digits")
    conflicts_pool = conflicts_digest(algorithm, conflicts, conflicts_salt)
    task = norm_task(task_in)

    # §7.2 eligibility
    excluded = {"kind": 0, "region": 0, "status": 0, "inspectedRecently": 0, "inspectedTooOften": 0}
    eligible = []
    for t in targets:  # canonical order
        reason = exclusion_reason(t, task)
        if reason is None:
            eligible.append(t)
        else:
            excluded[reason] += 1

    # §7.3 strata
    if not task["stratifyByRisk"]:
        strata = [("all", task["sample"], eligible)]
    else:
        strata = []
        for s in ("A", "B", "C", "D", "unrated"):
            risk = None if s == "unrated" else s
            strata.append((s, task["strata"].get(s, task["sample"]),
                           [t for t in eligible if t["risk"] == risk]))

    # §7.4 selection
    strata_rec, drawn, drawn_stratum = [], [], []
    for name, rule, E in strata:
        req = requested_size(rule, len(E))
        k = min(req, len(E))
        strata_rec.append({"eligible": len(E), "requested": req, "size": k, "stratum": name})
        if k > 0:
            sampler = PositionSampler(Stream(seed, "targets:" + name), len(E))
            for _ in range(k):
                drawn.append(E[sampler.next()])
                drawn_stratum.append(name)

    # §8 teams
    teams = assign_teams(task, seed, drawn, inspectors, conflicts)

    # §9 record
    return {
        "algorithm": algorithm,
        "eligibility": {"eligible": len(eligible), "excluded": excluded, "pool": len(targets)},
        "pools": {
            "conflicts": conflicts_pool,
            "inspectors": pool_digest("inspectors", inspectors),
            "targets": pool_digest("targets", targets),
        },
        "seed": seed,
        "selected": [
            {"order": n + 1, "stratum": drawn_stratum[n],
             "target": {"id": t["id"], "kind": t["kind"], "name": t["name"]},
             "team": teams[n]}
            for n, t in enumerate(drawn)
        ],
        "strata": strata_rec,
        "task": task,
    }


def canonical_bytes(record: dict) -> bytes:
    """§9: canonical JSON followed by one line feed."""
    return (canonical_json(record) + "\n").encode("utf-8")


def draw_vector(folder: str) -> dict:
    vector = json.loads(read_text(os.path.join(folder, "vector.json")))
    task = json.loads(read_text(os.path.join(folder, "task.json")), parse_float=Decimal)
    targets, inspectors, conflicts = load_pools(folder)
    return draw(task, vector["seed"], targets, inspectors, conflicts,
                vector.get("algorithm", ALGORITHM_1), vector.get("conflictsSalt"))


# ---------------------------------------------------------------------------
# --check: first difference
# ---------------------------------------------------------------------------

def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: expected {canonical_json(b)}, got {canonical_json(a)}"
    if isinstance(a, dict):
        # "id" first, so that a different team member or target is named by its id
        for k in sorted(set(a) | set(b), key=lambda k: (k != "id", _utf16_key(k))):
            if k not in a:
                return f"{path}.{k}: missing (expected {canonical_json(b[k])})"
            if k not in b:
                return f"{path}.{k}: unexpected (got {canonical_json(a[k])})"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        for n in range(min(len(a), len(b))):
            d = first_difference(a[n], b[n], f"{path}[{n}]")
            if d:
                return d
        if len(a) != len(b):
            return f"{path}: length {len(a)}, expected {len(b)}"
        return None
    if a != b:
        return f"{path}: expected {canonical_json(b)}, got {canonical_json(a)}"
    return None


def _self_test():
    """§5 known answer."""
    s = Stream("0" * 63 + "1", "targets:all")
    assert s.key == "e3ac9f91171d2346f1295db9d09d502cf0bf98bd6da62251ef76271e1ce82878", s.key
    words = [s.word() for _ in range(5)]
    assert words == [2741536603, 3173094050, 933494689, 1653335960, 3510873359], words


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    if len(args) != 1 or flags - {"--check", "--time"}:
        print(__doc__, file=sys.stderr)
        return 2
    folder = args[0]
    _self_test()
    t0 = time.perf_counter()
    try:
        record = draw_vector(folder)
    except InputError as e:
        print(f"invalid input: {e}", file=sys.stderr)
        return 3
    except DrawFailure as e:
        print(f"no valid draw: {e}", file=sys.stderr)
        return 4
    elapsed = time.perf_counter() - t0
    if "--time" in flags:
        print(f"draw took {elapsed * 1000:.1f} ms", file=sys.stderr)
    if "--check" in flags:
        expected = json.loads(read_text(os.path.join(folder, "record.json")))
        mine = json.loads(canonical_json(record))
        if canonical_bytes(mine) == canonical_bytes(expected):
            print("match")
            return 0
        print("mismatch")
        print(first_difference(mine, expected) or "canonical bytes differ")
        return 1
    sys.stdout.buffer.write(canonical_bytes(record))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
