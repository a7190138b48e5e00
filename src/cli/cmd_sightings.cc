// `vigil sightings ENTRY` and `vigil sightings --top N`: how often known
// list entries re-appeared, from the store.
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/json_writer.h"
#include "core/time_util.h"
#include "vigil/store.h"

namespace vigil::cli {
namespace {

struct SightingsOptions {
  std::string entry;
  std::string store = "sqlite:vigil.db";
  std::string since;
  int top = 0;
};

struct Civil {
  int64_t y;
  unsigned m, d;
};

Civil CivilOf(int64_t days) {
  Civil c;
  CivilFromDays(days, &c.y, &c.m, &c.d);
  return c;
}

std::string DayName(int64_t day) {
  Civil c = CivilOf(day);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04lld-%02u-%02u", static_cast<long long>(c.y), c.m, c.d);
  return buf;
}

// ISO 8601 week ("2026-W18") of a day since the epoch.
std::string IsoWeek(int64_t day) {
  int64_t wd = ((day + 3) % 7 + 7) % 7;  // Monday = 0
  int64_t thursday = day - wd + 3;
  Civil c = CivilOf(thursday);
  int64_t jan1 = DaysFromCivil(c.y, 1, 1);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04lld-W%02lld", static_cast<long long>(c.y),
                static_cast<long long>((thursday - jan1) / 7 + 1));
  return buf;
}

// "" → 0; RFC 3339; a date "YYYY-MM-DD"; or "Nd" (N days before now).
bool ParseSince(const std::string& s, int64_t* ms) {
  if (s.empty()) {
    *ms = 0;
    return true;
  }
  if (ParseRfc3339(s, ms)) return true;
  if (s.size() == 10 && ParseRfc3339(s + "T00:00:00Z", ms)) return true;
  if (s.size() >= 2 && s.back() == 'd' && s.find_first_not_of("0123456789") == s.size() - 1) {
    auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    *ms = now - std::stoll(s.substr(0, s.size() - 1)) * 86400000;
    return true;
  }
  return false;
}

void Emit(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
}

int RunSightings(const SightingsOptions& o) {
  int64_t since = 0;
  if (!ParseSince(o.since, &since)) {
    std::fprintf(stderr, "vigil sightings: --since '%s': expected RFC 3339, YYYY-MM-DD or Nd\n",
                 o.since.c_str());
    return 2;
  }
  if (o.entry.empty() == (o.top <= 0)) {
    std::fprintf(stderr, "vigil sightings: give either ENTRY or --top N\n");
    return 2;
  }
  auto store = Store::Open(o.store);
  if (!store.ok()) {
    std::fprintf(stderr, "vigil sightings: %s\n", store.status().message().c_str());
    return 2;
  }
  std::string line;
  JsonWriter w(&line);
  if (o.top > 0) {
    auto top = (*store)->TopSightings(o.top, since);
    if (!top.ok()) {
      std::fprintf(stderr, "vigil sightings: %s\n", top.status().message().c_str());
      return 2;
    }
    int rank = 0;
    for (const EntryCount& e : *top) {
      line.clear();
      JsonWriter lw(&line);
      lw.BeginObject().Key("rank").Int(++rank).Key("list").String(e.list);
      lw.Key("entry").String(e.entry).Key("category").String(e.category);
      lw.Key("count").Int(e.count).Key("first_seen").String(FormatRfc3339(e.first_ms));
      lw.Key("last_seen").String(FormatRfc3339(e.last_ms)).EndObject();
      Emit(line);
    }
    return 0;
  }
  auto st = (*store)->Sightings(o.entry, since);
  if (!st.ok()) {
    std::fprintf(stderr, "vigil sightings: %s\n", st.status().message().c_str());
    return 2;
  }
  w.BeginObject().Key("entry").String(st->entry).Key("total").Int(st->total);
  w.Key("accounts").Int(st->accounts);
  if (st->total > 0) {
    w.Key("first_seen").String(FormatRfc3339(st->first_ms));
    w.Key("last_seen").String(FormatRfc3339(st->last_ms));
  }
  std::map<std::string, int64_t> weeks;
  w.Key("per_day").BeginArray();
  for (const DayCount& d : st->per_day) {
    w.BeginObject().Key("day").String(DayName(d.day)).Key("count").Int(d.count).EndObject();
    weeks[IsoWeek(d.day)] += d.count;
  }
  w.EndArray().Key("per_week").BeginArray();
  for (const auto& [wk, n] : weeks) {
    w.BeginObject().Key("week").String(wk).Key("count").Int(n).EndObject();
  }
  w.EndArray().EndObject();
  Emit(line);
  return st->total > 0 ? 0 : 1;
}

}  // namespace

void AddSightingsCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<SightingsOptions>();
  auto* cmd = app.add_subcommand(
      "sightings",
      "Re-circulation of known list entries, from the store.\n"
      "  vigil sightings ENTRY      first/last seen, counts per day and ISO week\n"
      "                             (exit status 1 when never seen)\n"
      "  vigil sightings --top N    the N most sighted entries");
  cmd->add_option("entry", o->entry, "List entry id");
  cmd->add_option("--store", o->store, "Store URL: sqlite:PATH or postgresql://...")
      ->capture_default_str();
  cmd->add_option("--since", o->since, "Only sightings since: RFC 3339, YYYY-MM-DD, or Nd");
  cmd->add_option("--top", o->top, "List the N most sighted entries");
  cmd->callback([o, exit_code] { *exit_code = RunSightings(*o); });
}

}  // namespace vigil::cli
