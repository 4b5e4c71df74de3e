"""other: chit-chat, ads, anything out of scope. Honest about being a bot; anything
it cannot place goes to a human."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Other"]

#: How close to one of the intent's examples a message must be to be told it is off topic.
_CLOSE = 0.8


class Other(Intent):
    name = "other"
    rank = 140
    fallback = True
    soft = True
    cases = {"bot": (), "praise": (), "remark": (), "remark_unwell": (), "off_topic": (), "unknown": ()}

    def answer(self, question: Question) -> Answer:
        if self.rules.topic(question.message.text, "bot"):
            return Answer("bot")
        if self.rules.topic(question.message.text, "praise"):  # 「哈哈哈好可爱」: thanked, not handed on
            return Answer("praise")
        if self.rules.topic(question.message.text, "remark"):  # 「今天好冷啊 杯子正好用得上哈哈」: nothing asked
            # (「今天好冷啊 娃都冻感冒了」: someone unwell, a kind word, never 「哈哈是的呢」)
            return Answer("remark_unwell" if self.rules.topic(question.message.text, "unwell") else "remark")
        if any(e.kind != "example" or e.weight >= _CLOSE for e in self.evidence(question.message)):
            return Answer("off_topic")  # (「你们店在哪 能自提吗」 is only a little like 「你们店招客服吗」: a person)
        return Answer("unknown", handoff=True)
