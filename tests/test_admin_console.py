"""The owner's console tabs of /admin (admin/page/console.js) in a real headless Chromium,
against a real ``xiaoer serve`` fed by signed webhook events.

对话记录 shows what the bot did with each logged buyer message and leads from a wrong answer
to a saved fix that the next buyer message uses; 数据看板's figures are the log's own counts;
a 批量测试 turns red after a breaking edit and green after a rollback; a 千牛 export (a GBK
CSV) is previewed and imported; every tab fits a phone (390x844) without scrolling sideways.
The browser, server and tab fixtures are tests/test_admin_page.py's (each test a fresh
SQLite file, failing on any JavaScript error, CSP violation or dialog). With
``XIAOER_SCREENSHOT=1`` the log and dashboard screenshots in docs/ are refreshed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import httpx
import servers
import test_admin_page as pagekit
from playwright.sync_api import Locator, Page, ViewportSize, expect
from servers import REQUEST_TIMEOUT, ServerProcess, Webhook, agent_message
from test_admin_page import (
    ADMIN_TOKEN,
    NEW_REPLY,
    NEW_WORDING,
    Tab,
    ask,
    login,
    open_case,
    open_login,
    set_one_wording,
)

start_server = servers.start_server
browser = pagekit.browser
server = pagekit.server
tab = pagekit.tab

DOCS = Path(__file__).resolve().parent.parent / "docs"
PHONE = ViewportSize(width=390, height=844)
DESKTOP = ViewportSize(width=1280, height=800)
TALL = ViewportSize(width=1280, height=1500)  # the whole dashboard in one picture
QUESTION = "黑色M码还有吗"


# --------------------------------------------------------------------------- helpers


def shot(page: Page, path: Path, docs_name: str | None = None) -> None:
    """A screenshot in the test's folder; docs/<docs_name> too when XIAOER_SCREENSHOT=1."""
    page.screenshot(path=str(path))
    assert path.stat().st_size > 0
    if docs_name and os.environ.get("XIAOER_SCREENSHOT") == "1":
        page.screenshot(path=str(DOCS / docs_name))


def client(server: ServerProcess) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=REQUEST_TIMEOUT)


def admin_get(server: ServerProcess, path: str) -> Any:
    response = httpx.get(f"{server.url}/api/shops/example{path}", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                         timeout=REQUEST_TIMEOUT)
    assert response.status_code == 200, response.text
    return response.json()


def admin_send(server: ServerProcess, method: str, path: str, body: Any = None) -> dict[str, Any]:
    """A change through the admin API, based on the shop's current revision."""
    revision = admin_get(server, "")["revision"]
    response = httpx.request(method, f"{server.url}/api/shops/example{path}", json=body,
                             headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "If-Match": f'"rev-{revision}"'},
                             timeout=REQUEST_TIMEOUT)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def open_tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    expect(page.locator("#main .cx-loading")).to_have_count(0)


def no_sideways_scroll(page: Page) -> None:
    """Neither the page nor the tab's pane is wider than the screen."""
    widths = page.evaluate("""() => {
        const main = document.querySelector('#main');
        const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('#tabs'))
            .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return {page: document.documentElement.scrollWidth, screen: window.innerWidth,
                main: main.scrollWidth, mainBox: main.clientWidth, wide};
    }""")
    assert widths["page"] <= widths["screen"], str(widths)  # "wide": the elements past the screen's edge
    assert widths["main"] <= widths["mainBox"], str(widths)


def conversation_card(page: Page, conversation: str) -> Locator:
    return page.locator(f'.cx-conv[data-conversation="{conversation}"]')


def logged_counts(server: ServerProcess) -> dict[str, int]:
    """What the log holds today, counted from /conversations and each conversation's events."""
    listed = admin_get(server, "/conversations?days=1&size=100")
    counts = {"messages": 0, "auto": 0, "suggest": 0, "handoff": 0, "silent": 0,
              "unchanged": 0, "edited": 0, "replaced": 0}
    assert listed["total"] == len(listed["conversations"])
    for row in listed["conversations"]:
        for event in admin_get(server, f"/conversations/{row['conversation_id']}")["events"]:
            if event["kind"] == "buyer":
                counts["messages"] += 1
                counts[event["mode"]] += 1
            elif event["adopted"] in ("unchanged", "edited", "replaced"):
                counts[event["adopted"]] += 1
    return counts


def percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.1f}".removesuffix(".0") + "%"


# --------------------------------------------------------------------------- tests


def test_a_logged_wrong_answer_leads_to_a_fix_the_next_message_uses(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    with client(server) as http:
        hook = Webhook(http)
        first = hook.say("log-1", QUESTION, message_id="m-1")
        assert first["mode"] == "auto", first
        hook.ok(agent_message("log-1", "agent-7", "亲，黑色M码有的，可以放心拍"))
    original = first["replies"][0]
    assert original != NEW_REPLY

    page = tab.page
    login(page, server)
    open_tab(page, "对话记录")
    row = conversation_card(page, "log-1")
    expect(row).to_contain_text(QUESTION)
    expect(row.locator(".cx-mode")).to_have_text(["自动回复 1"])
    expect(row).to_contain_text("问了：库存")
    expect(row).to_contain_text("在看：法式碎花长袖连衣裙")
    row.click()

    turn = page.locator('.cx-turn[data-message="m-1"]')
    expect(turn.locator(".cx-buyer-text")).to_have_text(QUESTION)
    expect(turn.locator(".cx-bot .cx-mode")).to_have_text("自动回复")
    expect(turn.locator(".cx-reply")).to_have_text([original])
    agent = page.locator(".cx-agent")
    expect(agent.locator(".cx-agent-text")).to_have_text("亲，黑色M码有的，可以放心拍")
    expect(agent).to_contain_text("客服 agent-7")
    turn.get_by_text("为什么这样回答").click()
    trace = turn.locator(".cx-trace")
    expect(trace).to_contain_text("读成库存")
    expect(trace.locator(".cx-trace-case")).to_have_text(["问的颜色尺码有货"])
    expect(trace.locator(".facts")).to_contain_text("颜色尺码(如黑色 L码)：黑色 M码")  # {variant} by its name
    shot(page, tmp_path / "1-log.png", "admin-log.png")

    turn.get_by_role("button", name="答错了，去改").click()
    menu = turn.locator(".cx-fix-menu")
    expect(menu.locator(".cx-fix-case")).to_have_text(["改这句用的说法：问的颜色尺码有货"])
    expect(menu.locator(".cx-fix-intent")).to_have_value("stock")
    menu.locator(".cx-fix-case").click()

    card = page.locator('[data-key="stock.in_stock"]')
    expect(page.get_by_role("tab", name="话术")).to_have_attribute("aria-selected", "true")
    expect(card.get_by_label("试一试用的买家问题")).to_have_value(QUESTION)
    set_one_wording(card, NEW_WORDING)
    card.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#notice")).to_contain_text("已保存，现在是第 2 版")

    with client(server) as http:
        again = Webhook(http).say("log-2", QUESTION, message_id="m-2")
    assert again["mode"] == "auto", again
    assert again["replies"] == [NEW_REPLY], again

    open_tab(page, "对话记录")  # where the owner left it
    expect(page.locator('.cx-turn[data-message="m-1"]')).to_be_visible()
    page.get_by_role("button", name="← 返回对话列表").click()
    expect(page.locator(".cx-conv").first).to_have_attribute("data-conversation", "log-2")  # newest first
    conversation_card(page, "log-2").click()
    expect(page.locator('.cx-turn[data-message="m-2"] .cx-reply')).to_have_text([NEW_REPLY])
    shot(page, tmp_path / "2-fixed.png")


def test_a_wrong_answer_leads_to_the_examples_of_an_intent_or_to_the_keyword_reply(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    question = "这个会起球不"
    with client(server) as http:
        hook = Webhook(http)
        hook.say("log-examples", question, message_id="m-ex")
        by_rule = hook.say("log-rule", "可以定制吗", message_id="m-rule")
    assert by_rule["template_ids"] == ["keyword_rules[0]"], by_rule

    page = tab.page
    login(page, server)
    open_tab(page, "对话记录")
    conversation_card(page, "log-examples").click()
    turn = page.locator('.cx-turn[data-message="m-ex"]')
    turn.get_by_role("button", name="答错了，去改").click()
    turn.locator(".cx-fix-intent").select_option("product")
    turn.get_by_role("button", name="加为例句").click()
    expect(page.get_by_role("tab", name="例句")).to_have_attribute("aria-selected", "true")
    expect(page.locator('.subnav [data-intent="product"]')).to_have_class(re.compile(r"\bactive\b"))
    expect(page.locator(".section-editor textarea").first).to_have_value(re.compile(question))
    shot(page, tmp_path / "1-examples.png")

    open_tab(page, "对话记录")
    page.get_by_role("button", name="← 返回对话列表").click()
    conversation_card(page, "log-rule").click()
    turn = page.locator('.cx-turn[data-message="m-rule"]')
    turn.locator(".cx-trace summary").click()
    expect(turn.locator(".cx-trace-case")).to_have_text(["关键词回复「定制、刻字、改尺寸」"])
    turn.get_by_role("button", name="答错了，去改").click()
    expect(turn.locator(".cx-fix-case")).to_have_count(0)
    turn.get_by_role("button", name="改回答这句的关键词回复「定制、刻字、改尺寸」").click()
    expect(page.get_by_role("tab", name="关键词回复")).to_have_attribute("aria-selected", "true")
    expect(page.locator('#main .list-item[data-index="0"] textarea')).to_be_focused()
    shot(page, tmp_path / "2-keyword-rule.png")


def test_the_dashboard_shows_the_counts_of_the_log(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    with client(server) as http:
        hook = Webhook(http)
        assert hook.say("dash-a", QUESTION)["mode"] == "auto"
        assert hook.say("dash-b", "运费多少")["mode"] == "auto"
        hook.status("agent-1", "online")
        assert hook.say("dash-c", "你好")["mode"] == "auto"  # the buyer's first message today
        drafted = hook.say("dash-c", "有L码吗")
        assert drafted["mode"] == "suggest", drafted
        hook.ok(agent_message("dash-c", "agent-1", drafted["suggestions"][0]["text"]))  # the draft, as it was
        assert hook.say("dash-d", "衣服一洗就掉色,太差劲了,我要投诉你们")["mode"] == "handoff"

    counts = logged_counts(server)
    assert counts == {"messages": 5, "auto": 3, "suggest": 1, "handoff": 1, "silent": 0,
                      "unchanged": 1, "edited": 0, "replaced": 0}
    adopted = counts["unchanged"] + counts["edited"]

    page = tab.page
    login(page, server)
    open_tab(page, "数据看板")

    def stat(key: str) -> Locator:
        return page.locator(f'.cx-stat[data-stat="{key}"] .cx-stat-value')
    expect(stat("messages")).to_have_text(str(counts["messages"]))
    expect(stat("auto_rate")).to_have_text(percent(counts["auto"], counts["messages"]))
    expect(stat("adoption_rate")).to_have_text(percent(adopted, adopted + counts["replaced"]))
    expect(stat("handoff_rate")).to_have_text(percent(counts["handoff"], counts["messages"]))
    expect(stat("unanswered")).to_have_text(str(counts["suggest"] + counts["handoff"]))
    expect(page.locator('.cx-stat[data-stat="adoption_rate"] .cx-stat-help')).to_contain_text("（1 ÷ 1）")
    expect(page.locator('.cx-stat[data-stat="auto_rate"] .cx-stat-help')).to_contain_text("（3 ÷ 5）")
    # the charts: one bar per day, today's as tall as the tallest; 24 hours
    bars = page.locator(".cx-trend rect.cx-bar")
    expect(bars).to_have_count(7)
    assert float(bars.last.get_attribute("height") or 0) > 0
    expect(page.locator(".cx-hours .cx-hour")).to_have_count(24)
    expect(page.locator(".cx-trend .cx-dot")).to_have_count(1)  # a rate only where there were messages
    expect(page.locator(".cx-top-intents li").first).to_contain_text("库存")
    expect(page.locator(".cx-slowest li")).to_have_count(5)
    page.set_viewport_size(TALL)
    shot(page, tmp_path / "1-dashboard.png", "admin-dashboard.png")
    page.set_viewport_size(DESKTOP)

    page.get_by_role("button", name="最近 30 天").click()
    expect(page.locator(".cx-trend rect.cx-bar")).to_have_count(30)
    expect(stat("messages")).to_have_text("5")

    page.locator(".cx-slowest .cx-link").first.click()  # the slowest reply opens its conversation
    expect(page.get_by_role("tab", name="对话记录")).to_have_attribute("aria-selected", "true")
    expect(page.locator(".cx-turn").first).to_be_visible()

    # the log's filters: the suggested message, the conversation whose draft was adopted
    page.get_by_role("button", name="← 返回对话列表").click()
    page.get_by_label("机器人怎么处理的").select_option("suggest")
    expect(page.locator(".cx-conv")).to_have_count(1)
    expect(page.locator(".cx-conv")).to_have_attribute("data-conversation", "dash-c")
    page.get_by_label("机器人怎么处理的").select_option("")
    page.get_by_label("搜索对话").fill("投诉")
    page.get_by_label("搜索对话").press("Enter")
    expect(page.locator(".cx-conv")).to_have_count(1)
    expect(page.locator(".cx-conv")).to_have_attribute("data-conversation", "dash-d")
    page.get_by_label("搜索对话").fill("")
    page.get_by_label("搜索对话").press("Enter")
    expect(page.locator(".cx-conv")).to_have_count(4)
    conversation_card(page, "dash-c").click()
    expect(page.locator('.cx-agent[data-adopted="unchanged"] .cx-adopt')).to_have_text("原样采用")


def test_a_batch_test_goes_red_after_a_breaking_edit_and_green_after_rollback(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    login(page, server)
    open_tab(page, "批量测试")
    expect(page.locator(".cx-tests .empty")).to_be_visible()
    page.get_by_role("button", name="+ 加一个测试").click()
    form = page.locator(".cx-test-form")
    form.get_by_label("测试名").fill("黑色M码有货")
    form.get_by_label("买家在看的商品").select_option("dress-floral")
    form.get_by_label("第 1 句：买家说").fill(QUESTION)
    form.get_by_label("回复里一定要有").fill("黑色 M码")
    form.get_by_label("回复里不能有").fill("卖完")
    form.get_by_label("机器人应该读成哪类问题").select_option("stock")
    form.get_by_role("button", name="保存测试").click()
    expect(page.locator("#notice")).to_contain_text("已保存测试「黑色M码有货」，现在是第 2 版")
    test = page.locator('.cx-test[data-name="黑色M码有货"]')
    expect(test.locator(".cx-status")).to_have_text("通过")
    expect(test.locator(".cx-expect")).to_have_text("回复里要有「黑色 M码」；不能有「卖完」；读成「库存」")
    expect(test.locator(".cx-got-text")).to_contain_text("黑色 M码")

    broken = admin_send(server, "PUT", "/replies/stock.in_stock", {"texts": ["亲，有货的哦，放心拍"]})
    assert broken["revision"] == 3
    assert broken["tests"]["broke"] == ["黑色M码有货"], broken
    page.get_by_role("button", name="全部运行").click()
    expect(test.locator(".cx-status")).to_have_text("没通过")
    expect(test.locator(".cx-failures")).to_contain_text("回复里没有「黑色 M码」")
    expect(test.locator(".cx-got-text")).to_have_text("亲，有货的哦，放心拍")
    expect(page.locator(".cx-tests-sum")).to_have_text("共 1 个测试：0 个通过，1 个没通过")
    # the run of the live shop compares with what the page showed before the edit
    expect(page.locator(".cx-run-result .cx-broke")).to_have_text("从通过变成失败：「黑色M码有货」")
    shot(page, tmp_path / "1-red.png")

    page.get_by_role("button", name="刷新").click()
    expect(page.locator("#revision")).to_have_text("版本 3")
    page.get_by_role("tab", name="版本").click()
    page.locator('tr[data-rev="2"]').get_by_role("button", name="回到这一版").click()
    page.get_by_role("button", name="确定回到第 2 版").click()
    expect(page.locator("#revision")).to_have_text("版本 4")
    expect(page.locator("#notice")).to_contain_text("这次修改让 1 个测试从失败变成通过")  # every save says so
    open_tab(page, "批量测试")
    page.get_by_role("button", name="全部运行").click()
    expect(test.locator(".cx-status")).to_have_text("通过")
    expect(page.locator(".cx-run-result")).to_contain_text("1 个测试全部通过")
    expect(page.locator(".cx-tests-sum")).to_have_text("共 1 个测试：1 个通过，0 个没通过")
    shot(page, tmp_path / "2-green.png")

    test.get_by_role("button", name="修改").click()
    form = page.locator(".cx-test-form")
    form.get_by_label("回复里一定要有").fill("黑色 M码，现货")
    form.get_by_role("button", name="保存测试").click()
    expect(page.locator("#notice")).to_contain_text("现在是第 5 版")
    expect(test.locator(".cx-expect")).to_contain_text("「黑色 M码」「现货」")
    test.get_by_role("button", name="删除").click()
    test.get_by_role("button", name="确定删除").click()
    expect(page.locator("#notice")).to_contain_text("已删除测试「黑色M码有货」，现在是第 6 版")
    expect(page.locator(".cx-test")).to_have_count(0)


def test_a_save_on_the_page_that_breaks_a_batch_test_says_which(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    suite = {"now": "2026-12-01 10:00", "item": "dress-floral",
             "conversations": [{"name": "黑色M码有货", "turns": [{"say": QUESTION, "contains": ["黑色 M码"]}]}]}
    page = tab.page
    login(page, server)
    assert admin_send(server, "PUT", "/tests", {"tests": suite})["revision"] == 2
    page.get_by_role("button", name="刷新").click()
    expect(page.locator("#revision")).to_have_text("版本 2")
    card = open_case(page, "stock", "stock.in_stock")
    set_one_wording(card, "亲，有货的哦，放心拍")
    card.get_by_role("button", name="保存", exact=True).click()
    # the tests run before the save: it waits for the owner's word
    expect(card.locator(".case-error")).to_contain_text("这次修改会让 1 个测试从通过变成失败：「黑色M码有货」")
    card.get_by_role("button", name="先不保存").click()
    expect(page.locator("#revision")).to_have_text("版本 2")
    assert admin_get(server, "")["revision"] == 2  # nothing was saved
    card.get_by_role("button", name="保存", exact=True).click()
    card.get_by_role("button", name="仍然保存").click()
    notice = page.locator("#notice")
    expect(notice).to_contain_text("已保存，现在是第 3 版")  # a test never stops a save ...
    expect(notice).to_contain_text("这次修改让 1 个测试从通过变成失败：「黑色M码有货」")  # ... but it is told
    expect(notice).to_have_class(re.compile("notice-warn"))
    shot(page, tmp_path / "broke.png")
    notice.get_by_role("button", name="撤销这次修改").click()  # one click back to before the save
    expect(notice).to_contain_text("已撤销，回到第 2 版的内容，存成了第 4 版。这次修改让 1 个测试从失败变成通过")
    expect(page.locator("#revision")).to_have_text("版本 4")
    open_tab(page, "批量测试")
    expect(page.locator('.cx-test[data-name="黑色M码有货"] .cx-status')).to_have_text("通过")


def test_a_rule_edit_that_would_break_a_batch_test_waits_for_the_owners_word(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    suite = {"now": "2026-12-01 10:00", "item": "dress-floral",
             "conversations": [{"name": "运费8元", "turns": [{"say": "运费多少", "contains": ["8元"]}]}]}
    page = tab.page
    login(page, server)
    admin_send(server, "PUT", "/tests", {"tests": suite})
    page.get_by_role("button", name="刷新").click()
    expect(page.locator("#revision")).to_have_text("版本 2")
    page.get_by_role("tab", name="运费与规则").click()
    page.get_by_label("基本运费（元，不包邮时收）").fill("12")
    editor = page.locator(".section-editor")
    editor.get_by_role("button", name="保存", exact=True).click()
    expect(editor.locator(".section-error")).to_contain_text("这次修改会让 1 个测试从通过变成失败：「运费8元」")
    shot(page, tmp_path / "confirm.png")
    assert admin_get(server, "")["revision"] == 2  # nothing saved yet
    editor.get_by_role("button", name="仍然保存").click()
    expect(page.locator("#notice")).to_contain_text(
        "已保存，现在是第 3 版。这次修改让 1 个测试从通过变成失败：「运费8元」")
    assert admin_get(server, "")["data"]["shipping"]["base_fee"] == 12


def test_a_batch_test_from_a_logged_conversation(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    with client(server) as http:
        assert Webhook(http).say("log-test", QUESTION, message_id="m-t")["mode"] == "auto"
    page = tab.page
    login(page, server)
    open_tab(page, "对话记录")
    conversation_card(page, "log-test").click()
    page.get_by_role("button", name="把这段对话加为测试").click()
    expect(page.locator("#notice")).to_contain_text("已把这段对话加为测试，现在是第 2 版")
    page.locator("#notice").get_by_role("button", name="去批量测试看看").click()
    expect(page.locator(".cx-test")).to_have_count(1)
    expect(page.locator(".cx-test .cx-say")).to_have_text([QUESTION])
    expect(page.locator(".cx-test .cx-status")).to_have_text("通过")


def test_a_qianniu_export_is_previewed_and_imported(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    phrases = tmp_path / "快捷短语.csv"  # as 千牛 and Excel on Chinese Windows save it: GBK
    phrases.write_bytes("分组名称,快捷编码,快捷短语\r\n"
                        "售前,发货,亲，下午4点前拍下当天发货哦\r\n"
                        "售前,,\r\n"
                        "售后,退换,亲，7天无理由退换，运费险可以理赔哦\r\n".encode("gbk"))
    rules = tmp_path / "关键词.csv"
    rules.write_bytes("关键词,回复内容\r\n直播 主播,亲，直播间和店铺是同一个价格哦\r\n".encode("gbk"))

    page = tab.page
    login(page, server)
    open_tab(page, "导入千牛")
    page.get_by_label("千牛导出的文件").set_input_files(phrases)
    preview = page.locator(".cx-import-result")
    expect(preview.locator("table")).to_have_count(1)
    expect(preview.locator("tbody tr")).to_have_count(2)
    expect(preview.locator("tbody tr").first).to_contain_text("亲，下午4点前拍下当天发货哦")
    expect(preview.locator(".cx-skipped li")).to_have_count(1)
    expect(preview.locator(".cx-skipped li")).to_contain_text("第 3 行")
    expect(page.locator("#revision")).to_have_text("版本 1")  # a preview saves nothing
    shot(page, tmp_path / "1-preview.png")
    page.get_by_role("button", name="确认导入").click()
    expect(page.locator("#revision")).to_have_text("版本 2")
    expect(page.locator(".cx-import-done")).to_contain_text("2 条快捷短语")
    phrases_now = admin_get(server, "")["data"]["quick_phrases"]
    assert {p["text"] for p in phrases_now} >= {"亲，下午4点前拍下当天发货哦", "亲，7天无理由退换，运费险可以理赔哦"}

    page.get_by_label("千牛导出的文件").set_input_files(rules)
    expect(preview.locator("tbody tr")).to_have_count(1)
    expect(preview.locator("tbody tr")).to_contain_text("直播、主播")
    page.get_by_role("button", name="确认导入").click()
    expect(page.locator("#revision")).to_have_text("版本 3")
    expect(page.locator(".cx-import-done")).to_contain_text("1 条关键词回复")
    reply = ask(page, "直播间的价格一样吗", pending=False)
    expect(reply.locator(".reply-text")).to_have_text("亲，直播间和店铺是同一个价格哦")
    shot(page, tmp_path / "2-imported.png")


def test_every_console_tab_fits_a_phone(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    long_question = "这件连衣裙是什么面料的呀，洗了会不会缩水，165的个子穿多长"
    with client(server) as http:
        assert Webhook(http).say("phone-1", long_question, message_id="p-1")
    long_test = {"name": "一个名字很长很长的测试，看看手机上放不放得下",
                 "turns": [{"say": QUESTION, "contains": ["黑色 M码"]}]}
    admin_send(server, "PUT", "/tests",
               {"tests": {"now": "2026-12-01 10:00", "item": "dress-floral", "conversations": [long_test]}})
    page = tab.page
    page.set_viewport_size(PHONE)
    open_login(page, server, ADMIN_TOKEN)
    expect(page.locator("#revision")).to_have_text("版本 2")
    for name in ("对话记录", "数据看板", "批量测试", "导入千牛"):
        open_tab(page, name)
        no_sideways_scroll(page)
        shot(page, tmp_path / f"phone-{name}.png")
    open_tab(page, "对话记录")
    conversation_card(page, "phone-1").click()
    page.locator(".cx-trace summary").click()
    page.get_by_role("button", name="答错了，去改").click()
    no_sideways_scroll(page)
    shot(page, tmp_path / "phone-conversation.png")
    open_tab(page, "批量测试")
    page.get_by_role("button", name="+ 加一个测试").click()
    no_sideways_scroll(page)
    shot(page, tmp_path / "phone-test-form.png")
