#include "core/json_writer.h"
#include "vigil/jsonl.h"

namespace vigil {
namespace {

void WriteAttr(const Attr& a, JsonWriter& w) {
  w.Key(a.key);
  std::visit(
      [&w](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) w.Bool(v);
        else if constexpr (std::is_same_v<T, int64_t>) w.Int(v);
        else if constexpr (std::is_same_v<T, double>) w.Double(v);
        else w.String(v);
      },
      a.value);
}

void WriteSignal(const Signal& s, JsonWriter& w) {
  w.BeginObject();
  w.Key("type").String(SignalTypeName(s.type));
  w.Key("score").Double(s.score);
  if (s.media >= 0) w.Key("media").Int(s.media);
  if (!s.list.empty()) w.Key("list").String(s.list);
  if (!s.entry.empty()) w.Key("entry").String(s.entry);
  if (!s.hash_type.empty()) w.Key("hash").String(s.hash_type);
  if (s.distance >= 0) w.Key("distance").Int(s.distance);
  if (!s.category.empty()) w.Key("category").String(s.category);
  if (!s.entity.empty()) w.Key("entity").String(s.entity);
  if (s.start >= 0) w.Key("start").Int(s.start);
  if (s.end >= 0) w.Key("end").Int(s.end);
  if (!s.evidence.empty()) {
    w.Key("evidence").BeginArray();
    for (const auto& e : s.evidence) {
      w.BeginObject().Key("start").Int(e.start).Key("end").Int(e.end);
      if (!e.term.empty()) w.Key("term").String(e.term);
      w.EndObject();
    }
    w.EndArray();
  }
  if (!s.explanation.empty()) w.Key("explanation").String(s.explanation);
  for (const auto& a : s.extra) WriteAttr(a, w);
  w.EndObject();
}

void WriteConversation(const ConversationInfo& c, JsonWriter& w) {
  w.BeginObject();
  w.Key("id").String(c.id);
  w.Key("risk").Double(c.risk);
  w.Key("alert").Bool(c.alert);
  if (!c.category.empty()) w.Key("category").String(c.category);
  if (!c.suspect.empty()) w.Key("suspect").String(c.suspect);
  if (!c.stage.empty()) w.Key("stage").String(c.stage);
  w.Key("evidence").BeginArray();
  for (const auto& e : c.evidence) w.String(e);
  w.EndArray();
  w.EndObject();
}

}  // namespace

void AppendVerdictJson(const Verdict& v, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id").String(v.id);
  w.Key("action").String(ActionName(v.action));
  w.Key("signals").BeginArray();
  for (const auto& s : v.signals) WriteSignal(s, w);
  w.EndArray();
  if (!v.rules.empty()) {
    w.Key("rules").BeginArray();
    for (const auto& r : v.rules) w.String(r);
    w.EndArray();
  }
  if (!v.reasons.empty()) {  // one per rule, from a policy file
    w.Key("reasons").BeginArray();
    for (const auto& r : v.reasons) w.String(r);
    w.EndArray();
  }
  if (v.conversation) {
    w.Key("conversation");
    WriteConversation(*v.conversation, w);
  }
  if (v.redacted_text) w.Key("redacted_text").String(*v.redacted_text);
  w.EndObject();
}

}  // namespace vigil
