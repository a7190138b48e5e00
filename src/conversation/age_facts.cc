#include "conversation/age_facts.h"

#include <array>
#include <cstdint>
#include <string>

namespace vigil::conversation {
namespace {

// ASCII lower case, full-width ASCII folded to ASCII, curly apostrophes to '.
std::string Fold(std::string_view s) {
  std::string out(s.size(), '\0');  // folding never lengthens the text
  char* o = out.data();
  size_t k = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      o[k++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    // U+FF01..U+FF5E (EF BC 81 .. EF BD 9E) → ASCII.
    if (c == 0xEF && i + 2 < s.size()) {
      unsigned b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      unsigned cp = ((c & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        char a = static_cast<char>(cp - 0xFEE0);
        o[k++] = a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a;
        i += 2;
        continue;
      }
    }
    // U+2019 (E2 80 99) → '
    if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99') {
      o[k++] = '\'';
      i += 2;
      continue;
    }
    o[k++] = static_cast<char>(c);
  }
  out.resize(k);
  return out;
}

// A 4096-bit set of the (hashed) byte pairs of one message. A key with a
// pair that is not in the set cannot occur in the message, nor in any part
// of it, so most of the ~150 key searches below end after a few bit tests
// instead of a memchr/memcmp scan. Exact: it only skips searches that would
// find nothing.
class PairFilter {
 public:
  explicit PairFilter(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) Set(Hash(s[i], s[i + 1]));
  }
  bool MayContain(std::string_view key) const {
    for (size_t i = 0; i + 1 < key.size(); ++i) {
      if (!Test(Hash(key[i], key[i + 1]))) return false;
    }
    return true;
  }
  // s.find(key, pos), for s the filtered message or a part of it.
  size_t Find(std::string_view s, std::string_view key, size_t pos = 0) const {
    return MayContain(key) ? s.find(key, pos) : std::string_view::npos;
  }

 private:
  static unsigned Hash(char a, char b) {
    const unsigned x = (unsigned(static_cast<unsigned char>(a)) << 8) | static_cast<unsigned char>(b);
    return (x * 0x9E3779B1u) >> 20;  // 12 bits
  }
  void Set(unsigned h) { bits_[h >> 6] |= uint64_t{1} << (h & 63); }
  bool Test(unsigned h) const { return (bits_[h >> 6] >> (h & 63)) & 1; }
  uint64_t bits_[64] = {};
};

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// True when `word` occurs in s at a word boundary (ASCII words).
bool HasWord(const PairFilter& pf, std::string_view s, std::string_view word, size_t* at = nullptr) {
  for (size_t p = pf.Find(s, word); p != std::string_view::npos; p = s.find(word, p + 1)) {
    bool left = p == 0 || !IsAlnum(s[p - 1]);
    size_t e = p + word.size();
    bool right = e >= s.size() || !IsAlnum(s[e]);
    if (left && right) {
      if (at) *at = p;
      return true;
    }
  }
  return false;
}

bool Has(const PairFilter& pf, std::string_view s, std::string_view sub) {
  return pf.Find(s, sub) != std::string_view::npos;
}

constexpr std::array<std::string_view, 20> kEnNumberWords = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"};

// Parses an ASCII number (digits or an English word) at s[p]; returns -1 when none.
int ParseEnNumber(std::string_view s, size_t p, size_t* end) {
  size_t q = p;
  int v = 0;
  while (q < s.size() && s[q] >= '0' && s[q] <= '9' && q - p < 3) v = v * 10 + (s[q++] - '0');
  if (q > p) {
    if (q < s.size() && s[q] >= '0' && s[q] <= '9') return -1;  // 4+ digits: not an age
    *end = q;
    return v;
  }
  for (int i = static_cast<int>(kEnNumberWords.size()) - 1; i >= 0; --i) {
    auto w = kEnNumberWords[i];
    if (s.substr(p, w.size()) == w && (p + w.size() >= s.size() || !IsAlnum(s[p + w.size()]))) {
      *end = p + w.size();
      return i;
    }
  }
  for (auto [w, v2] : {std::pair<std::string_view, int>{"twenty", 20}, {"thirty", 30},
                       {"forty", 40}, {"fifty", 50}}) {
    if (s.substr(p, w.size()) == w) {
      *end = p + w.size();
      return v2;
    }
  }
  return -1;
}

// After a number: reject units that make it a time, distance, price or count.
bool LooksLikeAgeTail(std::string_view s, size_t e) {
  if (e < s.size() && (s[e] == ':' || s[e] == '\'' || s[e] == '"' || s[e] == '%' || s[e] == '$' ||
                       s[e] == 'k' || s[e] == 'x' || s[e] == '.'))
    return e + 1 < s.size() && s[e] == '.' ? !(s[e + 1] >= '0' && s[e + 1] <= '9') : s[e] == '.';
  size_t w = e;
  while (w < s.size() && s[w] == ' ') ++w;
  size_t we = w;
  while (we < s.size() && IsAlnum(s[we])) ++we;
  std::string_view next = s.substr(w, we - w);
  static constexpr std::string_view kUnits[] = {
      "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "sec", "secs", "seconds",
      "km", "miles", "mi", "ft", "feet", "am", "pm", "bucks", "dollars", "usd", "points", "pts",
      "days", "day", "weeks", "months", "times", "percent", "kg", "lbs", "cm", "robux", "vbucks",
      "people", "of", "more", "in", "th", "st", "nd", "rd"};
  for (auto u : kUnits) {
    if (next == u) return false;
  }
  return true;
}

int GradeToAge(int grade) { return grade + 6; }

// Whether an age/grade found at byte p is said about the addressee: a
// second-person word earlier in the same clause, or a question/guess
// ending. Clauses end at punctuation (and, for Chinese, at spaces).
// The clause before byte p: back to punctuation (and, for Chinese, a space).
std::string_view ClauseBefore(std::string_view s, size_t p, bool zh) {
  size_t b = p;
  while (b > 0) {
    char c = s[b - 1];
    if (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || (zh && c == ' ')) break;
    if (b >= 3) {
      std::string_view t = s.substr(b - 3, 3);
      if (t == "，" || t == "。" || t == "！" || t == "？" || t == "；") break;
    }
    --b;
  }
  return s.substr(b, p - b);
}

bool AboutAddressee(const PairFilter& pf, std::string_view s, size_t p, bool zh) {
  std::string_view clause = ClauseBefore(s, p, zh);
  if (zh) {
    // The nearest pronoun before the age decides: 我…妳讀哪間國小 is about 妳.
    size_t me = clause.rfind("我");
    size_t you = std::max(clause.rfind("你") == std::string_view::npos ? 0 : clause.rfind("你") + 1,
                          clause.rfind("妳") == std::string_view::npos ? 0 : clause.rfind("妳") + 1);
    size_t me1 = me == std::string_view::npos ? 0 : me + 1;
    if (you > me1) return true;
    if (me1 > 0) return false;
    if (Has(pf, clause, "猜")) return true;
  } else {
    for (std::string_view w : {"you", "u", "ur", "your", "you're", "youre", "ya"}) {
      if (HasWord(pf, clause, w)) return true;
    }
    if (Has(pf, clause, "for a ") || clause.ends_with("for ")) return true;
  }
  // A guess or question about the other: "…初三吧", "…高一的吗", "in high school?"
  std::string_view tail = s.substr(p);
  size_t cut = tail.find_first_of(",.!;\n");
  if (cut != std::string_view::npos) tail = tail.substr(0, cut);
  if (zh) {
    size_t sp = tail.find(' ');
    if (sp != std::string_view::npos) tail = tail.substr(0, sp);
    return Has(pf, tail, "吧") || Has(pf, tail, "吗") || Has(pf, tail, "嗎") || Has(pf, tail, "?") || Has(pf, tail, "？");
  }
  return Has(pf, tail, "?");
}

// A clause that points at other people just before a grade: "那些國二的",
// "those 8th graders", "the other 7th graders".
bool OthersNamed(std::string_view clause) {
  for (std::string_view w : {"那些", "这些", "那群", "这群", "those ", "these ", "the other ", "all the "}) {
    if (clause.size() >= w.size() && clause.substr(clause.size() - std::min(clause.size(), w.size() + 6)).find(w) !=
                                         std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// A level followed by a subject or a textbook part names a syllabus ("初二几何
// 都这样", "高一数学", "初三上册"), as a tutor or a teacher writes: no one's age.
// Not "初二的题好难": a pupil says that of her own homework.
bool CurriculumAfter(std::string_view rest) {
  static constexpr std::string_view kSubjects[] = {
      "几何", "幾何", "数学", "數學", "语文", "語文", "英语", "英語", "物理", "化学", "化學",
      "生物", "历史", "歷史", "地理", "政治", "上册", "上冊", "下册", "下冊", "课本", "課本",
      "教材", "知识点", "知識點", "课程", "課程"};
  for (std::string_view w : kSubjects) {
    if (rest.starts_with(w)) return true;
  }
  return false;
}

// A level followed by "能", "会" or a word for pupils, with no 我 before it in
// its clause, is said of pupils at that level in general ("初二能把顶点式用这么
// 熟的不多", "初二学生都这样"), as a tutor writes: no one's age. Not "我初二能…".
bool GenericPupilsAfter(std::string_view clause, std::string_view rest) {
  static constexpr std::string_view kAfter[] = {"能", "會", "会", "的学生", "的學生", "学生", "學生",
                                                "的孩子", "的小孩", "小孩"};
  if (clause.find("我") != std::string_view::npos) return false;
  for (std::string_view w : kAfter) {
    if (rest.starts_with(w)) return true;
  }
  return false;
}

// Hong Kong and Macau secondary forms: 中一 .. 中六 (ages 12 .. 17). "中" ends
// many words ("其中一个", "集中一下", "期中一定", "高中一年级", "中二病"), so a
// form counts only after a character that does not make such a word and
// before the end, a non-Han byte or a word that follows a form ("我先中三",
// "中二學生", "中一嘅").
void HongKongForms(const PairFilter& pf, std::string_view s, AgeFacts* f);

// Whether a school grade or level at byte p is plainly the sender's own: a
// first-person word earlier in its clause ("我才五年级", "i'm in 7th grade"),
// or a short message that is little more than the answer ("國一 13歲",
// "7th grade lol"). Otherwise it is implicit: a child's "freshman year is so
// much", but also a prober's praise "才五年级？比我见过的初中生还懂事"
// (the tracker tells them apart by who asked; see AddAgeFacts).
bool SelfStated(const PairFilter& pf, std::string_view s, size_t p, bool zh) {
  constexpr size_t kShortReply = 24;  // bytes: ~8 Han characters or a few words
  std::string_view clause = ClauseBefore(s, p, zh);
  if (OthersNamed(clause)) return false;
  if (s.size() <= kShortReply) return true;
  if (zh) {
    // 我 right before the grade, with only copula-like words between:
    // 我初二, 我是初中生, 我今年上初一, 我才五年级 (not 比我见过的初中生).
    size_t me = clause.rfind("我");
    if (me == std::string_view::npos) return false;
    std::string_view between = clause.substr(me + 3);
    static constexpr std::string_view kGlue[] = {"是", "今年", "才", "都", "已经", "已經", "在", "读",
                                                 "讀", "上", "念", "刚", "剛", "也", "现在", "現在"};
    while (!between.empty()) {
      bool ate = false;
      for (auto g : kGlue) {
        if (between.starts_with(g)) {
          between.remove_prefix(g.size());
          ate = true;
          break;
        }
      }
      if (!ate) return false;
    }
    return true;
  }
  for (std::string_view w : {"i", "i'm", "im", "me", "my", "i am"}) {
    if (HasWord(pf, clause, w)) return true;
  }
  return false;
}

void Record(AgeFacts* f, int age, bool grade, bool other) {
  if (other) {
    f->other_age = age;
    return;
  }
  f->self_age = age;
  f->from_grade = grade;
}

// A grade or level: recorded for the addressee, or for the sender (marked
// implicit unless SelfStated).
void RecordGrade(const PairFilter& pf, std::string_view s, size_t p, bool zh, int age, AgeFacts* f) {
  if (OthersNamed(ClauseBefore(s, p, zh))) return;  // about third parties
  const bool other = AboutAddressee(pf, s, p, zh);
  Record(f, age, true, other);
  if (!other) {
    f->implicit_grade = !SelfStated(pf, s, p, zh);
    f->self_stated = !f->implicit_grade;
  }
}

// Roles that make the sender or the addressee an adult whatever ages they
// mention: a sender introducing themself as a named child's parent ("我是王子轩
// 妈妈", "我是轩轩的家长", "i'm maya's mum", "leo's dad here"; not "我是你妈妈",
// which is kinship), and the honorific 您, which is said to adults.
void FindRoles(const PairFilter& pf, std::string_view s, AgeFacts* f) {
  f->honorific = Has(pf, s, "您");
  static constexpr std::string_view kParent[] = {"妈妈", "媽媽", "爸爸", "家长", "家長", "奶奶",
                                                 "爷爷", "爺爺", "外婆", "外公", "姥姥", "妈", "媽", "爸"};
  for (size_t p = pf.Find(s, "我是"); p != std::string_view::npos; p = s.find("我是", p + 1)) {
    std::string_view after = s.substr(p + 6, 24);  // a name of up to ~6 characters, then the role
    if (after.starts_with("你") || after.starts_with("妳")) continue;  // "我是你妈妈": kinship
    for (auto w : kParent) {
      size_t at = after.find(w);
      if (at == std::string_view::npos || at < 3) continue;  // a name must come first
      std::string_view name = after.substr(0, at);
      if (name.find_first_of(" ,.!?:;") != std::string_view::npos || name.find("，") != std::string_view::npos ||
          name.find("。") != std::string_view::npos) {
        continue;
      }
      f->parent_role = true;
    }
  }
  for (std::string_view w : {"作为家长", "作為家長", "身为家长", "身為家長"}) f->parent_role |= Has(pf, s, w);
  static constexpr std::string_view kEnParent[] = {"mum", "mom", "dad", "mother", "father", "parent",
                                                   "grandma", "grandpa", "gran", "nan", "guardian"};
  for (size_t p = pf.Find(s, "'s "); p != std::string_view::npos; p = s.find("'s ", p + 1)) {
    size_t e = 0;
    for (auto w : kEnParent) {
      if (s.compare(p + 3, w.size(), w) == 0 && (p + 3 + w.size() >= s.size() || !IsAlnum(s[p + 3 + w.size()]))) {
        e = p + 3 + w.size();
      }
    }
    if (e == 0) continue;
    size_t word = p;  // start of the child's name
    while (word > 0 && IsAlnum(s[word - 1])) --word;
    std::string_view before = s.substr(0, word);
    const bool intro = before.ends_with("i'm ") || before.ends_with("im ") || before.ends_with("i am ") ||
                       before.ends_with("this is ") || before.ends_with("it's ");
    if (intro || s.substr(e).starts_with(" here")) f->parent_role = true;
  }
  for (std::string_view w : {"as a parent", "as his mum", "as her mum", "as his mom", "as her mom",
                             "as his dad", "as her dad"}) {
    f->parent_role |= Has(pf, s, w);
  }
}

// "lily's" before a kin word (someone else's mum), not "it's" or "that's"
// ("it's aunt rosie" introduces the sender).
bool NameGenitive(std::string_view before) {
  size_t q = before.size() >= 2 && before.ends_with("'s") ? before.size() - 2
             : before.ends_with("\xE2\x80\x99s")      ? before.size() - 4
                                                        : std::string_view::npos;
  if (q == std::string_view::npos) return false;
  size_t w = q;
  while (w > 0 && IsAlnum(before[w - 1])) --w;
  std::string_view word = before.substr(w, q - w);
  for (std::string_view c : {"it", "that", "here", "there", "he", "she", "who", "what", "let", "this"}) {
    if (word == c) return false;
  }
  return !word.empty();
}

void ExtractEnglish(const PairFilter& pf, std::string_view s, bool digit, AgeFacts* f) {
  // "i'm 12", "im 12", "i am 12", "turning 13", "just turned 13"
  for (std::string_view lead : {"i'm ", "im ", "i am ", "iam ", "turning ", "just turned ", "finally ",
                                "i turned ",
                                "i'm only ", "im only ", "i am only ", "i'm just ", "im just ",
                                "i'm almost ", "im almost ", "ill be ", "i'll be ", "i will be "}) {
    for (size_t p = pf.Find(s, lead); p != std::string_view::npos; p = s.find(lead, p + 1)) {
      if (p > 0 && IsAlnum(s[p - 1])) continue;
      size_t e = 0;
      int v = ParseEnNumber(s, p + lead.size(), &e);
      if (v >= 5 && v <= 99 && LooksLikeAgeTail(s, e)) {
        f->self_age = v;
        f->self_stated = true;
      }
    }
  }
  // "ur 24", "you're 24": the addressee's age as the sender states it.
  for (std::string_view lead : {"ur ", "you're ", "youre ", "you are ", "u r ", "ure "}) {
    for (size_t p = pf.Find(s, lead); p != std::string_view::npos; p = s.find(lead, p + 1)) {
      if (p > 0 && IsAlnum(s[p - 1])) continue;
      size_t e = 0;
      int v = ParseEnNumber(s, p + lead.size(), &e);
      if (v >= 5 && v <= 99 && LooksLikeAgeTail(s, e)) f->other_age = v;
    }
  }
  // "12 yo", "12 y/o", "12 years old", "12yo" (each starts at a digit)
  for (size_t p = 0; digit && p < s.size(); ++p) {
    if (!(s[p] >= '0' && s[p] <= '9') || (p > 0 && IsAlnum(s[p - 1]))) continue;
    size_t e = 0;
    int v = ParseEnNumber(s, p, &e);
    if (v < 0) continue;
    std::string_view rest = s.substr(e);
    while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.starts_with("yo") || rest.starts_with("y/o") || rest.starts_with("years old") ||
        rest.starts_with("yrs old") || rest.starts_with("year old")) {
      if (v >= 5 && v <= 99 && f->self_age < 0) {
        const bool other = AboutAddressee(pf, s, p, false);
        Record(f, v, false, other);
        if (!other) f->self_stated = SelfStated(pf, s, p, false);
      }
    }
    // "6th grade", "7th gr"
    if (rest.starts_with("th grade") || rest.starts_with("st grade") ||
        rest.starts_with("nd grade") || rest.starts_with("rd grade") || rest.starts_with("grade")) {
      if (v >= 1 && v <= 12) RecordGrade(pf, s, p, false, GradeToAge(v), f);
    }
    p = e;
  }
  for (std::string_view lead : {"grade ", "year ", "yr "}) {
    size_t at = 0;
    for (size_t p = pf.Find(s, lead); p != std::string_view::npos; p = s.find(lead, p + 1)) {
      if (p > 0 && IsAlnum(s[p - 1])) continue;
      size_t e = 0;
      int v = ParseEnNumber(s, p + lead.size(), &e);
      if (v < 1 || v > 13) continue;
      if (e < s.size() && IsAlnum(s[e])) continue;
      // "year 6" (UK): age = year + 5; "grade 7": age = grade + 6.
      bool uk = lead != "grade ";
      if (uk && !(HasWord(pf, s, "in", &at) || p == 0 || Has(pf, s, "i'm") || Has(pf, s, "im "))) continue;
      RecordGrade(pf, s, p, false, uk ? v + 5 : GradeToAge(v), f);
    }
  }
  struct Level { std::string_view word; int age; };
  static constexpr Level kLevels[] = {{"middle school", 12}, {"elementary", 9},
                                      {"junior high", 13},   {"freshman", 14},
                                      {"sophomore", 15},     {"primary school", 9},
                                      {"in high school", 16}, {"in hs", 16}};
  bool college = HasWord(pf, s, "college") || HasWord(pf, s, "uni") || HasWord(pf, s, "university");
  for (const auto& l : kLevels) {
    size_t at = pf.Find(s, l.word);
    if (at != std::string_view::npos && !college && f->self_age < 0) RecordGrade(pf, s, at, false, l.age, f);
  }
  static constexpr std::string_view kAsks[] = {
      "how old", "ur age", "your age", "asl", "what grade", "which grade", "wat grade",
      "what year are you", "what yr", "which school", "what school", "wat school",
      "where do you go to school", "where u go to school", "wat age", "what age"};
  for (auto a : kAsks) {
    if (Has(pf, s, a)) f->asks_age = true;
  }
  static constexpr std::string_view kThird[] = {
      "my son", "my daughter", "my kid", "my child", "my brother", "my sister", "my nephew",
      "my niece", "my cousin", "she's", "he's", "shes", "hes", "she is", "he is", "my boy",
      "my girl", "my little"};
  for (auto t : kThird) {
    if (HasWord(pf, s, t)) f->third_party = true;
  }
  // Kinship only when addressing or introducing: "hi grandma", "yes mom",
  // "it's aunt rosie", or the kin word ending the message.
  static constexpr std::string_view kKin[] = {"mom", "mum", "mommy", "mama", "dad", "daddy",
                                              "grandma", "grandpa", "granny", "nana", "auntie",
                                              "aunty", "aunt", "gran", "papa"};
  static constexpr std::string_view kLead[] = {"hi", "hey", "hello", "bye", "thanks", "thank you",
                                               "ty", "yes", "yeah", "ok", "okay", "love you",
                                               "night", "know", "sorry", "this is", "it's", "its"};
  for (auto k : kKin) {
    size_t at = 0;
    if (!HasWord(pf, s, k, &at)) continue;
    std::string_view before = s.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool lead = false;
    for (auto l : kLead) {
      if (before.ends_with(l) && (before.size() == l.size() || !IsAlnum(before[before.size() - l.size() - 1])))
        lead = true;
    }
    std::string_view after = s.substr(at + k.size());
    bool last = true;
    for (char c : after) {
      if (IsAlnum(c)) last = false;
    }
    // Someone's kin, not the addressee's: "your mum", "lily's mum", "the mum".
    bool possessive = before.ends_with("your") || before.ends_with("ur") ||
                      before.ends_with("my") || before.ends_with("his") || before.ends_with("her") ||
                      before.ends_with("their") || before.ends_with(" the") || before == "the" ||
                      NameGenitive(before);
    // Opening the message by addressing: "mom im 12 not 5", "dad, can i…"
    // (not "mom said no", which talks about her).
    bool vocative = false;
    if (before.empty()) {
      for (std::string_view a : {",", " i ", " im ", " i'm ", " can i", " pls", " please", " where", " when",
                                 " what", " are you", " r u ", " u ", " thx", " thanks", " ok"}) {
        vocative = vocative || after.starts_with(a);
      }
    }
    // "yes mum has work till 8", "ok mum says thanks": after the lead word the
    // kin word is the subject of a verb, talked about, not addressed (a comma
    // keeps the address: "yes mum, i will").
    bool subject = false;
    for (std::string_view v : {" has", " had", " said", " says", " is ", " was ", " will", " wants",
                               " works", " can", " cant", " can't", " doesnt", " doesn't", " didnt",
                               " didn't", " did ", " thinks", " knows", " gets", " got ", " went",
                               " goes", " lets", " let ", " told", " asked", " asks", " needs",
                               " made", " makes", " would", " should", " isnt", " isn't", "'s "}) {
      subject = subject || after.starts_with(v);
    }
    if (!possessive && ((lead && !subject) || vocative || (last && !before.empty()))) {
      f->kinship = true;
    }
  }
}

void HongKongForms(const PairFilter& pf, std::string_view s, AgeFacts* f) {
  static constexpr std::string_view kForms[] = {"中一", "中二", "中三", "中四", "中五", "中六"};
  static constexpr std::string_view kNotAfter[] = {
      "其", "高", "初", "集", "当", "當", "之", "途", "期", "空", "心", "命", "打", "看", "选",
      "選", "猜", "射", "击", "擊", "考", "国", "國", "家", "手", "口", "眼", "水", "城", "市",
      "区", "區", "场", "場", "正", "暗", "无", "無", "意", "梦", "夢", "雨", "海", "山", "林"};
  static constexpr std::string_view kNext[] = {
      "学", "學", "生", "嘅", "的", "级", "級", "班", "女", "男", "仔", "妹", "咋", "啦",
      "呀", "喇", "咗", "喎", "吖", "呢", "囉", "啊", "了", "嗰", "果", "那", "时", "時"};
  for (size_t k = 0; k < 6; ++k) {
    std::string_view w = kForms[k];
    for (size_t p = pf.Find(s, w); p != std::string_view::npos; p = s.find(w, p + 1)) {
      bool bad_before = false;
      for (std::string_view b : kNotAfter) bad_before = bad_before || (p >= b.size() && s.substr(p - b.size(), b.size()) == b);
      if (bad_before) continue;
      std::string_view rest = s.substr(p + w.size());
      bool ok_after = rest.empty() || static_cast<unsigned char>(rest[0]) < 0x80 ||
                      rest.starts_with("，") || rest.starts_with("。") || rest.starts_with("！") ||
                      rest.starts_with("？") || rest.starts_with("…");
      for (std::string_view n : kNext) ok_after = ok_after || rest.starts_with(n);
      if (!ok_after) continue;
      const int age = 12 + static_cast<int>(k);
      bool other = AboutAddressee(pf, s, p, true);
      if (!other && f->self_age >= 0) return;
      if (other && f->other_age >= 0) return;
      if (OthersNamed(ClauseBefore(s, p, true))) return;
      Record(f, age, true, other);
      if (!other) f->implicit_grade = !SelfStated(pf, s, p, true);
      return;
    }
  }
}

// Chinese numerals 一..九十九 and ASCII digits at s[p]; -1 when none.
int ParseZhNumber(std::string_view s, size_t p, size_t* end) {
  static constexpr std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五",
                                                 "六", "七", "八", "九"};
  auto digit_at = [&](size_t q, size_t* len) -> int {
    for (int i = 0; i < 10; ++i) {
      if (s.substr(q, kDigits[i].size()) == kDigits[i]) {
        *len = kDigits[i].size();
        return i;
      }
    }
    if (s.substr(q, 3) == "两" || s.substr(q, 3) == "兩") {
      *len = 3;
      return 2;
    }
    return -1;
  };
  if (p < s.size() && s[p] >= '0' && s[p] <= '9') {
    size_t e = 0;
    int v = ParseEnNumber(s, p, &e);
    *end = e;
    return v;
  }
  size_t q = p, len = 0;
  int v = 0;
  int d = digit_at(q, &len);
  if (d >= 0) {
    v = d;
    q += len;
  }
  if (s.substr(q, 3) == "十") {
    v = (d >= 0 ? d : 1) * 10;
    q += 3;
    int d2 = digit_at(q, &len);
    if (d2 > 0) {
      v += d2;
      q += len;
    }
  } else if (d < 0) {
    return -1;
  }
  *end = q;
  return v;
}

void ExtractChinese(const PairFilter& pf, std::string_view s, AgeFacts* f) {
  static constexpr std::string_view kThird[] = {"我儿子", "我女儿", "我兒子", "我女兒", "我弟",
                                                "我妹", "他", "她", "孩子", "小孩", "我家",
                                                "我侄", "我外甥"};
  for (auto t : kThird) {
    if (Has(pf, s, t)) f->third_party = true;
  }
  static constexpr std::string_view kAsks[] = {
      "几岁", "幾歲", "多大", "几年级", "幾年級", "哪个学校", "哪個學校", "哪间学校", "哪間學校",
      "读哪", "讀哪", "念哪", "上几年", "念幾年", "讀幾年", "读几年", "几年级", "國幾", "国几",
      "初几", "高几"};
  for (auto a : kAsks) {
    if (Has(pf, s, a)) f->asks_age = true;
  }
  // N岁 / N歲
  for (std::string_view unit : {"岁", "歲"}) {
    for (size_t p = pf.Find(s, unit); p != std::string_view::npos; p = s.find(unit, p + 1)) {
      // Walk back over a number of up to 3 CJK numerals or 2 digits.
      if (s.substr(p + unit.size(), 6) == "生日") continue;  // someone's birthday
      for (size_t back = std::min<size_t>(9, p); back >= 1; --back) {  // longest number first
        size_t e = 0;
        int v = ParseZhNumber(s, p - back, &e);
        if (v >= 5 && v <= 99 && e == p) {
          const bool other = AboutAddressee(pf, s, p - back, true);
          Record(f, v, false, other);
          if (!other) f->self_stated = SelfStated(pf, s, p - back, true);
          break;
        }
      }
    }
  }
  // 我12 / 我今年13 / 我才十二
  for (std::string_view lead : {"我今年", "我才", "我已经", "我已經", "我都", "我快", "我"}) {
    for (size_t p = pf.Find(s, lead); p != std::string_view::npos; p = s.find(lead, p + 1)) {
      size_t e = 0;
      int v = ParseZhNumber(s, p + lead.size(), &e);
      if (v >= 5 && v <= 99 && f->self_age < 0) {
        bool unit_follows = e >= s.size() || s.substr(e, 3) == "岁" || s.substr(e, 3) == "歲" ||
                            s[e] == ' ' || s[e] == ',' || s.substr(e, 3) == "，" ||
                            s.substr(e, 3) == "了" || s.substr(e, 3) == "啦";
        if (unit_follows) {
          f->self_age = v;
          f->self_stated = true;
        }
      }
    }
  }
  // N年级 / N年級 (grade N, age N+6)
  for (std::string_view unit : {"年级", "年級"}) {
    for (size_t p = pf.Find(s, unit); p != std::string_view::npos; p = s.find(unit, p + 1)) {
      for (size_t back : {3, 1, 6}) {
        if (back > p) continue;
        size_t e = 0;
        int v = ParseZhNumber(s, p - back, &e);
        if (v >= 1 && v <= 9 && e == p) {
          // 高中一年级 / 初中二年级: a year of senior or junior secondary school.
          const size_t q = p - back;
          const auto before = [&](std::string_view w) {
            return q >= w.size() && s.substr(q - w.size(), w.size()) == w;
          };
          int age = v <= 6 ? GradeToAge(v) : v + 6;
          if (v <= 3 && before("高中")) age = 14 + v;
          if (v <= 3 && (before("初中") || before("国中") || before("國中"))) age = 11 + v;
          RecordGrade(pf, s, q, true, age, f);
          break;
        }
      }
    }
  }
  struct Level { std::string_view word; int age; std::string_view not_after; };
  static constexpr Level kLevels[] = {
      {"初一", 12, "年"}, {"初二", 13, "年"}, {"初三", 14, "年"},  {"国一", 12, ""},
      {"国二", 13, ""},   {"国三", 14, ""},   {"國一", 12, ""},    {"國二", 13, ""},
      {"國三", 14, ""},   {"高一", 15, "提"}, {"高二", 16, "提"},  {"高三", 17, "提"},
      {"小一", 7, ""},    {"小二", 8, ""},    {"小三", 9, ""},     {"小四", 10, ""},
      {"小五", 11, ""},   {"小六", 12, ""},   {"初中", 13, ""},    {"国中", 13, ""},
      {"國中", 13, ""},   {"小学", 9, ""},    {"小學", 9, ""},     {"国小", 9, ""},
      {"國小", 9, ""},    {"大一", 18, ""},   {"大二", 19, ""},    {"大三", 20, ""},
      {"大四", 21, ""},   {"研究生", 23, ""}};
  for (const auto& l : kLevels) {
    size_t p = pf.Find(s, l.word);
    if (p == std::string_view::npos) continue;
    if (!l.not_after.empty() && p >= 3 && s.substr(p - 3, 3) == l.not_after) continue;
    if (CurriculumAfter(s.substr(p + l.word.size()))) continue;  // 初二几何: a syllabus, not a person
    if (GenericPupilsAfter(ClauseBefore(s, p, true), s.substr(p + l.word.size()))) continue;
    bool other = AboutAddressee(pf, s, p, true);
    if (!other && f->from_grade && l.age <= 9) continue;  // 國小五年級: the grade is more precise
    if (!other && f->self_age >= 0 && !f->from_grade) continue;  // a stated age wins
    if (other && f->other_age >= 0) continue;
    if (OthersNamed(ClauseBefore(s, p, true))) continue;  // about third parties
    Record(f, l.age, true, other);
    if (!other) f->implicit_grade = !SelfStated(pf, s, p, true);
  }
  HongKongForms(pf, s, f);
  // Kinship: "我是小姨", "谢谢奶奶", "知道啦妈妈", "小姨好", "小姨给你…".
  // Simplified and Traditional forms (this text is not folded to Simplified).
  static constexpr std::string_view kKin[] = {"妈妈", "媽媽", "奶奶", "爷爷", "爺爺", "外婆", "外公",
                                              "阿嬷", "阿嬤", "阿公", "姑姑", "小姨", "姥姥", "老妈",
                                              "老媽", "爸爸", "舅妈", "舅媽", "姨妈", "姨媽", "阿姨"};
  static constexpr std::string_view kBefore[] = {"我是", "谢谢", "謝謝", "知道啦", "知道了", "好的",
                                                 "嗯", "拜拜", "晚安"};
  static constexpr std::string_view kAfter[] = {"好", "!", "！", ",", "，", "我们", "我們", "给你",
                                                "給你", "帮你", "幫你", "带你", "帶你", "接你", "陪你",
                                                "去接", "记下", "記下", "知道"};
  // A teacher or coach writing "妈妈，…您…" addresses a pupil's parent with the
  // honorific, not their own mother (grandparents are addressed with 您 too).
  const bool polite = Has(pf, s, "您");
  for (auto k : kKin) {
    if (polite && (k == "妈妈" || k == "媽媽" || k == "爸爸" || k == "老妈" || k == "老媽")) continue;
    for (size_t p = pf.Find(s, k); p != std::string_view::npos; p = s.find(k, p + 1)) {
      std::string_view before = s.substr(0, p);
      std::string_view after = s.substr(p + k.size());
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      // After "谢谢"/"嗯"…, the kin word must be what is addressed ("嗯 奶奶",
      // "谢谢奶奶！"), not the subject of what follows ("嗯 奶奶有时候来").
      bool addressed = after.empty();
      for (std::string_view a : {" ", "!", "！", ",", "，", "~", ".", "。"}) addressed = addressed || after.starts_with(a);
      for (auto a : kAfter) addressed = addressed || after.starts_with(a);
      bool kin = false;
      for (auto b : kBefore) kin = kin || (before.ends_with(b) && addressed);
      if (before.empty() || before.ends_with("好") || before.ends_with(" ")) {
        for (auto a : kAfter) kin = kin || after.starts_with(a);
      }
      // Opening the message and then a pause before "I"/"you": "妈妈 我到家了"
      // (not "妈妈上班去了", which talks about her).
      if (before.empty()) {
        for (std::string_view a : {" 我", " 你", " 妳"}) kin = kin || after.starts_with(a);
      }
      // 阿姨 is also what a child calls any adult woman ("谢谢阿姨" to a
      // stranger who says she scouts child models): only the sender's own
      // word for themself counts, as below.
      if (k == "阿姨") kin = false;
      // "我是美华阿姨": an introduction with a name between.
      size_t intro = before.rfind("我是");
      if (intro != std::string_view::npos && before.size() - intro <= 3 + 9) kin = true;
      // "给阿姨看看" (the sender's own title), not "不要给阿嬤看到" (hiding it from her).
      if ((before.ends_with("给") || before.ends_with("給")) && after.starts_with("看")) {
        std::string_view b = before.substr(0, before.size() - 3);
        bool hidden = false;
        for (std::string_view n : {"不要", "别", "別", "不", "不能", "不可以", "不准", "不許"}) hidden = hidden || b.ends_with(n);
        if (!hidden) kin = true;
      }
      bool end = true;
      for (char c : after) {
        if (c != ' ' && c != '!' && c != '~' && c != '.') end = false;
      }
      // At the end of a message only after a pause: "好 妈妈", "知道啦妈妈".
      if (end && !before.empty() && (s.substr(0, p).ends_with(" ") || before.ends_with("，") ||
                                     before.ends_with(",") || before.ends_with("啦")))
        kin = true;
      if (kin) f->kinship = true;
    }
  }
  // A reply ending in a bare 妈/爸 after a particle: "知道了妈", "好的爸".
  std::string_view t = s;
  while (!t.empty() && (t.back() == ' ' || t.back() == '!' || t.back() == '~' || t.back() == '.'))
    t.remove_suffix(1);
  for (std::string_view k : {"妈", "媽", "爸"}) {
    if (!t.ends_with(k) || t.ends_with("妈妈") || t.ends_with("媽媽") || t.ends_with("爸爸")) continue;
    std::string_view before = t.substr(0, t.size() - k.size());
    for (std::string_view b : {"了", "啦", "的", "嗯", "好", "哦", "喔"}) {
      if (before.ends_with(b)) f->kinship = true;
    }
  }
}

// A message that is just a number ("12", "12!", "十二", "13岁").
int BareNumber(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
  size_t e = 0;
  int v = ParseZhNumber(s, b, &e);
  if (v < 0) return -1;
  std::string_view rest = s.substr(e);
  for (std::string_view u : {"岁", "歲", "yo", "y/o"}) {
    if (rest.starts_with(u)) rest.remove_prefix(u.size());
  }
  // "14 but ill be 15 in august", "13, almost 14": the answer leads.
  for (std::string_view c : {" but ", ", ", " and ", " almost ", " going on ", " turning ", " 但", "，"}) {
    if (rest.starts_with(c)) return v;
  }
  for (char c : rest) {
    if (IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80) return rest.size() <= 12 ? v : -1;
  }
  return v;
}

}  // namespace

// A message that speaks to the other about their school day ("放学了吗",
// "先写作业", "did you hand in the form?", "月考加油"): a parent, teacher or
// tutor talking to a pupil, not a pupil talking of themself.
bool AddressesTheOther(const PairFilter& pf, std::string_view s) {
  static constexpr std::string_view kZh[] = {"你", "妳", "您", "吗", "嗎", "?", "？", "记得", "記得",
                                             "先写", "先寫", "先做", "加油", "不累", "了没", "了沒"};
  static constexpr std::string_view kEn[] = {"you", "your", "u", "ur", "you're", "youre", "ya",
                                             "before", "don't forget", "dont forget"};
  for (auto k : kZh) {
    if (Has(pf, s, k)) return true;
  }
  for (auto k : kEn) {
    if (HasWord(pf, s, k)) return true;
  }
  return false;
}

// The sender's own school life: a pupil's routine and a parent's rules, said
// by the pupil (the caller drops it when the message speaks of someone
// else's child or the sender is a parent). Adults say some of these too
// (a student at "school", a parent on "homework"), so the conversation model
// reads it only from two or more messages of the same participant, as a
// weaker sign than a stated age.
bool SchoolLife(const PairFilter& pf, std::string_view s, bool high) {
  static constexpr std::string_view kZh[] = {
      "放学", "放學", "月考", "小考", "段考", "期中考", "期末考", "模拟考", "模擬考", "补习班",
      "補習班", "补课", "補課", "晚自习", "晚自習", "早自习", "早自習", "班主任", "班导", "班導",
      "校庆", "校慶", "家长会", "家長會", "写作业", "寫作業", "做作业", "做作業", "作业没", "作業沒",
      "老师骂", "老師罵", "我们老师", "我們老師", "上学", "上學", "课间", "課間", "没收手机",
      "沒收手機", "我妈不让", "我媽不讓", "我爸不让", "我爸不讓", "爸妈不让", "爸媽不讓", "我妈会骂",
      "我媽會罵", "我妈骂", "我媽罵", "我媽一直罵", "我妈一直骂", "被我妈", "被我媽", "问我妈",
      "問我媽", "问问我妈", "問問我媽", "我妈的手机", "我媽的手機", "零花钱", "零用钱", "零用錢",
      "压岁钱", "壓歲錢", "网课", "網課", "家长签名", "家長簽名", "运动会", "運動會", "校运会",
      "校運會", "期中", "期末"};
  static constexpr std::string_view kEn[] = {
      "homework", "my teacher", "after school", "at school", "recess", "detention", "tuition",
      "school trip", "field trip", "report card", "grounded", "bedtime", "pocket money",
      "school concert", "class trip", "math test", "spelling test", "my school", "my mom wont let",
      "my mom won't let", "my mum won't let", "my mum wont let", "my dad won't let",
      "my dad wont let", "my parents won't let", "my parents wont let", "my mom checks",
      "my mum checks", "ask my mom", "ask my mum", "ask my parents", "my mom's phone",
      "my mum's phone"};
  bool found = false;
  for (size_t i = 0; high && !found && i < std::size(kZh); ++i) found = Has(pf, s, kZh[i]);
  for (size_t i = 0; !found && i < std::size(kEn); ++i) found = HasWord(pf, s, kEn[i]);
  return found && !AddressesTheOther(pf, s);
}

AgeFacts ExtractAgeFacts(std::string_view text) {
  AgeFacts f;
  if (text.empty()) return f;
  std::string s = Fold(text.substr(0, 4096));
  const PairFilter pf(s);
  // Cheap gates: most messages mention no number, grade, school or kin.
  bool digit = false, high = false;
  for (char ch : s) {
    digit |= ch >= '0' && ch <= '9';
    high |= static_cast<unsigned char>(ch) >= 0x80;
  }
  static constexpr std::string_view kEnKeys[] = {
      "old", "grade", "year", "yr", "age", "asl", "school", "een", "ten", "eleven", "twelve",
      "twenty", "thirty", "forty", "fifty", "freshman", "sophomore", "elementary", "mom", "mum",
      "dad", "gran", "nana", "aunt", "papa", "mama", "hs"};
  bool en = digit;
  for (size_t i = 0; !en && i < std::size(kEnKeys); ++i) en = Has(pf, s, kEnKeys[i]);
  if (en) ExtractEnglish(pf, s, digit, &f);
  if (high) ExtractChinese(pf, s, &f);
  f.bare_number = BareNumber(s);
  FindRoles(pf, s, &f);
  // "我也是 都初一了", "我们都国二了", "me too, 7th grade": the addressee is the same age.
  if (f.self_age >= 0 && f.other_age < 0 &&
      (Has(pf, s, "我也") || Has(pf, s, "我们都") || Has(pf, s, "我們都") || Has(pf, s, "咱们都") ||
       HasWord(pf, s, "me too") || HasWord(pf, s, "same"))) {
    f.other_age = f.self_age;
  }
  if (f.self_age < 0 || !f.from_grade) f.implicit_grade = false;
  // "妳讀國中了嗎", "ur in middle school?": guessing the other's age as a question asks it.
  if (f.other_age >= 0 && (Has(pf, s, "?") || Has(pf, s, "？") || Has(pf, s, "吗") || Has(pf, s, "嗎"))) {
    f.asks_age = true;
  }
  if (f.self_age < 0) f.self_stated = false;
  f.school_life = !f.third_party && !f.parent_role && SchoolLife(pf, s, high);
  if (f.third_party) {
    f.implicit_grade = false;
    f.self_stated = false;
    f.self_age = -1;
    f.other_age = -1;
    f.from_grade = false;
    f.bare_number = -1;
  }
  return f;
}

}  // namespace vigil::conversation
