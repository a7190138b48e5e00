// Age and school-grade statements in one message, for the conversation's
// age-asymmetry estimate: who states a minor age or grade, who asks for one.
// English and Chinese (mainland and Taiwan grade forms: 五年级, 初二, 小六,
// 國二, 國小五年級, 高一 …). Pure function of the text; nothing is stored.
#ifndef VIGIL_CONVERSATION_AGE_FACTS_H_
#define VIGIL_CONVERSATION_AGE_FACTS_H_

#include <cstdint>
#include <string_view>

namespace vigil::conversation {

struct AgeFacts {
  int self_age = -1;      // age the sender states for themselves (years), -1 when none
  bool from_grade = false;  // self_age was derived from a school grade
  bool implicit_grade = false;  // ...named without a first-person word in a longer message
  int other_age = -1;     // age the sender attributes to the addressee ("你是初三吧", "for a 6th grader")
  int bare_number = -1;   // the whole message is a number (a reply to "how old?"), -1 otherwise
  bool asks_age = false;  // asks the other's age, grade or school
  bool third_party = false;  // speaks about someone else's age (my son is 12, 我女儿…)
  bool kinship = false;   // addresses the other as close family, or introduces
                          // themself as such ("hi grandma", "it's aunt rosie", "谢谢小姨", "我是小姨")
  bool self_stated = false;  // self_age came with a first-person word or as a short reply
                             // ("我今年12", "i'm 12", "國一 13歲"), not inside a longer remark
  bool parent_role = false;  // introduces themself as a named child's parent or guardian
                             // ("我是王子轩妈妈", "i'm maya's mum", "leo's dad here")
  bool honorific = false;    // addresses the other with the honorific 您 (used to adults)
  bool school_life = false;  // speaks of their own life as a pupil: exams, homework, cram
                             // school, a parent's rules ("月考考砸了", "my mom won't let me");
                             // never when speaking of someone else's child
};

AgeFacts ExtractAgeFacts(std::string_view text);

}  // namespace vigil::conversation

#endif  // VIGIL_CONVERSATION_AGE_FACTS_H_
