"""The shop owner's page (/admin) in a real headless Chromium, against a real ``xiaoer serve``.

Playwright drives Debian's ``/usr/bin/chromium`` (no browser download). Without it the
module is skipped, unless ``XIAOER_REQUIRE_BROWSER=1`` (CI), where that is a failure.
Each test starts its own server on a fresh SQLite file (so revisions start at 1), checks
what the owner sees (reply texts, traces, revisions), and fails on any JavaScript error,
Content-Security-Policy violation or dialog. Each test saves screenshots in its tmp_path;
with ``XIAOER_SCREENSHOT=1`` the main flow also refreshes ``docs/admin.png``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import servers
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Locator, Page, expect, sync_playwright
from servers import REQUEST_TIMEOUT, ROOT, SECRET, ServerProcess, Webhook, clean_env

start_server = servers.start_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ADMIN_TOKEN = "page-test-admin-token-0123456789"
EDITOR = "小柒"
DOCS_SCREENSHOT = ROOT / "docs" / "admin.png"
#: Every wait on the page is bounded by this (milliseconds): a save rebuilds the engine.
WAIT_MS = 20_000

NEW_WORDING = "有货哒～{variant}是现货，放心拍"
NEW_REPLY = "有货哒～黑色 M码是现货，放心拍"


@dataclass
class Tab:
    """A browser page with what it did that no test wants: errors, CSP violations, dialogs."""

    page: Page
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("XIAOER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"XIAOER_REQUIRE_BROWSER=1 but {message}")
        pytest.skip(message)
    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def server(start_server: Callable[..., ServerProcess], tmp_path: Path) -> ServerProcess:
    return start_server(clean_env(XIAOER_ADMIN_TOKEN=ADMIN_TOKEN, XIAOER_WEBHOOK_SECRET=SECRET,
                                  XIAOER_STATE=f"sqlite:///{tmp_path}/state.db"))


@pytest.fixture
def tab(browser: Browser) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN",
                                  timezone_id="Asia/Shanghai")
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    watched = Tab(page)

    def on_console(message: ConsoleMessage) -> None:
        # a 401/409/422 answer is logged by Chromium as a failed resource: the tests expect those
        if message.type == "error" and "Failed to load resource" not in message.text:
            watched.problems.append(f"console: {message.text}")

    def on_dialog(dialog: Dialog) -> None:
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.problems.append(f"page error: {error}"))
    page.on("dialog", on_dialog)
    try:
        yield watched
    finally:
        context.close()
    assert watched.problems == [], watched.problems
    assert watched.dialogs == [], watched.dialogs


# --------------------------------------------------------------------------- helpers


def shot(page: Page, path: Path, *, docs: bool = False) -> None:
    """A screenshot in the test's folder; the README's too when XIAOER_SCREENSHOT=1."""
    page.screenshot(path=str(path))
    assert path.stat().st_size > 0
    if docs and os.environ.get("XIAOER_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(DOCS_SCREENSHOT))


def open_login(page: Page, server: ServerProcess, token: str, shop: str = "example") -> None:
    page.goto(f"{server.url}/admin")  # redirected to /admin/
    expect(page).to_have_url(f"{server.url}/admin/")
    page.get_by_label("店铺编号").fill(shop)
    page.get_by_label("管理令牌").fill(token)
    page.get_by_label("你的名字").fill(EDITOR)
    page.get_by_role("button", name="登录").click()


def login(page: Page, server: ServerProcess) -> None:
    open_login(page, server, ADMIN_TOKEN)
    expect(page.locator("#revision")).to_have_text("版本 1")
    expect(page.locator("#shop-name")).to_have_text("拾柒衣橱")


def replies(page: Page) -> Locator:
    return page.locator("#chat-log .msg.bot:not(.waiting)")


def new_reply(page: Page, action: Callable[[], None]) -> Locator:
    """Do ``action`` (which asks something in the try-it chat) and return the new answer."""
    before = replies(page).count()
    action()
    expect(replies(page)).to_have_count(before + 1)
    return replies(page).last


def ask(page: Page, text: str, *, pending: bool | None = None) -> Locator:
    """Ask ``text`` in a new try-it conversation (so its wording is always the same one)."""
    page.get_by_role("button", name="清空对话").click()
    if pending is not None:
        page.get_by_label("用还没保存的修改").set_checked(pending)

    def send() -> None:
        page.get_by_label("买家的话").fill(text)
        page.get_by_label("买家的话").press("Enter")
    return new_reply(page, send)


def open_case(page: Page, intent: str, key: str) -> Locator:
    page.get_by_role("tab", name="话术").click()
    page.locator(f'.subnav [data-intent="{intent}"]').click()
    card = page.locator(f'[data-key="{key}"]')
    if card.locator(".case-head").get_attribute("aria-expanded") != "true":
        card.locator(".case-head").click()
    expect(card.locator("textarea.wording").first).to_be_visible()
    return card


def set_one_wording(card: Locator, text: str) -> None:
    """Leave a single wording (so the reply must use it) and write ``text`` in it."""
    count = card.locator("textarea.wording").count()
    for left in range(count - 1, 0, -1):
        card.locator(".remove-wording").last.click()
        expect(card.locator("textarea.wording")).to_have_count(left)
    card.locator("textarea.wording").first.fill(text)
    expect(card.locator(".tag-dirty")).to_be_visible()


def try_case(page: Page, card: Locator, question: str) -> Locator:
    page.get_by_role("button", name="清空对话").click()
    card.get_by_label("试一试用的买家问题").fill(question)
    return new_reply(page, lambda: card.get_by_role("button", name="试一试").click())


# --------------------------------------------------------------------------- tests


def test_edit_try_save_and_roll_back(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    login(page, server)
    page.get_by_label("买家在看的商品").select_option("dress-floral")
    before = ask(page, "黑色M码还有吗")
    expect(before.locator(".reply-text")).to_contain_text("黑色 M码")
    expect(before.locator(".trace-template")).to_have_text(re.compile(r"^stock\.in_stock#\d$"))
    original = before.locator(".reply-text").inner_text()
    assert "有货哒" not in original

    card = open_case(page, "stock", "stock.in_stock")
    expect(card.locator(".tag-custom")).to_have_count(0)
    set_one_wording(card, NEW_WORDING)
    tried = try_case(page, card, "黑色M码还有吗")
    # the unsaved wording answers, with its trace: mode, intent, case, template, facts, evidence
    expect(tried.locator(".reply-text")).to_have_text(NEW_REPLY)
    expect(tried.locator(".pending-used")).to_be_visible()
    expect(tried.locator(".mode")).to_have_text("自动回复")
    expect(tried.locator(".trace-template")).to_have_text("stock.in_stock#1")
    expect(tried.locator(".trace-case")).to_contain_text("stock.in_stock")
    expect(tried.locator(".trace .facts")).to_contain_text("{variant} = 黑色 M码")
    expect(tried.locator(".trace .evidence")).to_contain_text("entity:黑色 M码")
    expect(page.locator("#revision")).to_have_text("版本 1")  # nothing is saved yet
    shot(page, tmp_path / "1-tried-before-saving.png", docs=True)

    card.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#notice")).to_contain_text("已保存，现在是第 2 版")
    expect(page.locator("#revision")).to_have_text("版本 2")
    expect(card.locator(".tag-custom")).to_have_text("已改写")
    live = ask(page, "黑色M码还有吗", pending=False)
    expect(live.locator(".reply-text")).to_have_text(NEW_REPLY)
    expect(live.locator(".pending-used")).to_have_count(0)
    shot(page, tmp_path / "2-saved.png")

    page.get_by_role("tab", name="版本").click()
    second = page.locator('tr[data-rev="2"]')
    expect(second).to_contain_text(EDITOR)  # the editor's name, sent as a header
    expect(second).to_contain_text("stock.in_stock")
    page.get_by_role("button", name="比较").click()
    expect(page.locator("#diff .line.file")).to_have_text(["--- 第 1 版", "+++ 第 2 版"])
    expect(page.locator("#diff .line.add").filter(has_text=NEW_WORDING)).to_have_count(1)
    shot(page, tmp_path / "3-diff.png")

    page.locator('tr[data-rev="1"]').get_by_role("button", name="回到这一版").click()
    confirm = page.locator("#rollback-confirm")
    expect(confirm).to_contain_text("确定要回到第 1 版")
    expect(page.locator("#revision")).to_have_text("版本 2")  # nothing happens before confirming
    confirm.get_by_role("button", name="确定回到第 1 版").click()
    expect(page.locator("#notice")).to_contain_text("已回到第 1 版的内容，存成了第 3 版")
    expect(page.locator("#revision")).to_have_text("版本 3")
    expect(page.locator('tr[data-rev="3"]')).to_contain_text("回到第 1 版")

    back = ask(page, "黑色M码还有吗", pending=False)
    expect(back.locator(".reply-text")).to_have_text(original)
    expect(back.locator(".trace-template")).to_have_text(re.compile(r"^stock\.in_stock#\d$"))
    card = open_case(page, "stock", "stock.in_stock")
    expect(card.locator(".tag-custom")).to_have_count(0)
    expect(card.locator("textarea.wording").first).not_to_have_value(NEW_WORDING)
    shot(page, tmp_path / "4-rolled-back.png")


def test_stock_csv_upload_sells_a_size_out(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    login(page, server)
    page.get_by_role("tab", name="商品与库存").click()
    black_m = page.get_by_label("法式碎花长袖连衣裙 黑色 M 库存")
    expect(black_m).to_have_value("35")

    bad = tmp_path / "bad.csv"
    bad.write_text("product,colour,size,stock\ndress-floral,黑色,M,0\nno-such-dress,黑色,M,1\n"
                   "dress-floral,紫色,M,2\n", "utf-8")
    page.locator("#csv-file").set_input_files(bad)
    page.get_by_role("button", name="上传并导入").click()
    problems = page.locator("#csv-result .problems li")
    expect(problems).to_have_count(2)
    expect(problems.nth(0)).to_contain_text("第 3 行")
    expect(problems.nth(0)).to_contain_text("no-such-dress")
    expect(problems.nth(1)).to_contain_text("第 4 行")
    expect(problems.nth(1)).to_contain_text("紫色")
    expect(page.locator("#csv-result")).to_contain_text("没有导入")
    expect(page.locator("#revision")).to_have_text("版本 1")  # all rows or none
    expect(black_m).to_have_value("35")
    shot(page, tmp_path / "1-csv-rejected.png")

    good = tmp_path / "stock.csv"  # as Excel saves it: a BOM, Chinese headers, CRLF
    good.write_bytes("\ufeff商品编码,颜色,尺码,库存\r\ndress-floral,黑色,M,0\r\ndress-floral,黑色,L,7\r\n".encode())
    page.locator("#csv-file").set_input_files(good)
    page.get_by_role("button", name="上传并导入").click()
    expect(page.locator("#notice")).to_contain_text("库存已导入（stock.csv），现在是第 2 版")
    expect(page.locator("#revision")).to_have_text("版本 2")
    expect(black_m).to_have_value("0")
    expect(black_m).to_have_class(re.compile(r"\bzero\b"))
    expect(page.get_by_label("法式碎花长袖连衣裙 黑色 L 库存")).to_have_value("7")

    page.get_by_label("买家在看的商品").select_option("dress-floral")
    sold_out = ask(page, "黑色M码还有吗")
    expect(sold_out.locator(".reply-text")).to_contain_text("黑色 M码")
    expect(sold_out.locator(".reply-text")).to_contain_text(re.compile("卖完|没货"))
    expect(sold_out.locator(".trace-template")).to_have_text(re.compile(r"^stock\.sold_out#\d$"))
    shot(page, tmp_path / "2-csv-sold-out.png")

    # one cell edited in the table (PUT /stock) is live as well
    black_l = page.get_by_label("法式碎花长袖连衣裙 黑色 L 库存")
    black_l.fill("0")
    black_l.press("Tab")
    expect(page.locator("#notice")).to_contain_text("黑色 L 的库存为 0，现在是第 3 版")
    expect(page.locator("#revision")).to_have_text("版本 3")
    also = ask(page, "黑色L码还有吗")
    expect(also.locator(".reply-text")).to_contain_text("黑色 L码")
    expect(also.locator(".reply-text")).to_contain_text(re.compile("卖完|没货"))
    expect(also.locator(".trace-template")).to_have_text(re.compile(r"^stock\.sold_out#\d$"))
    shot(page, tmp_path / "3-cell-sold-out.png")


def test_a_wording_holding_script_shows_as_text(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    evil = '<script>alert("xss")</script><img src=x onerror=alert(1)>{variant}'
    shown = '<script>alert("xss")</script><img src=x onerror=alert(1)>黑色 M码'
    login(page, server)
    page.get_by_label("买家在看的商品").select_option("dress-floral")
    card = open_case(page, "stock", "stock.in_stock")
    set_one_wording(card, evil)
    tried = try_case(page, card, "黑色M码还有吗")
    expect(tried.locator(".reply-text")).to_have_text(shown)
    card.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#revision")).to_have_text("版本 2")

    page.reload()  # the session is kept in this tab: the page opens on the shop again
    expect(page.locator("#revision")).to_have_text("版本 2")
    card = open_case(page, "stock", "stock.in_stock")
    expect(card.locator("textarea.wording").first).to_have_value(evil)
    card.locator(".case-head").click()  # closed: the wording shows as its preview
    expect(card.locator(".case-preview")).to_have_text(evil)
    live = ask(page, "黑色M码还有吗", pending=False)
    expect(live.locator(".reply-text")).to_have_text(shown)
    page.get_by_role("tab", name="版本").click()
    page.get_by_role("button", name="比较").click()
    expect(page.locator("#diff .line.add").filter(has_text="<script>")).to_have_count(1)

    assert page.locator("body script").count() == 0
    assert page.locator("body img").count() == 0
    assert tab.dialogs == []
    shot(page, tmp_path / "script-as-text.png")


def test_a_wrong_token_shows_the_error(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    error = page.locator("#login-error")
    open_login(page, server, "not-the-admin-token-000000")
    expect(error).to_be_visible()
    expect(error).to_contain_text("401")
    expect(error).to_contain_text("管理令牌不对")
    expect(page.locator("#app")).to_be_hidden()
    shot(page, tmp_path / "1-wrong-token.png")

    page.get_by_label("店铺编号").fill("no-such-shop")
    page.get_by_label("管理令牌").fill(ADMIN_TOKEN)
    page.get_by_role("button", name="登录").click()
    expect(error).to_contain_text("这个令牌不能管理店铺「no-such-shop」")

    page.get_by_label("店铺编号").fill("example")
    page.get_by_role("button", name="登录").click()
    expect(page.locator("#revision")).to_have_text("版本 1")
    expect(error).to_be_hidden()
    assert page.evaluate("window.localStorage.length") == 0  # the token stays in this tab only
    page.get_by_role("button", name="退出").click()
    expect(page.get_by_label("管理令牌")).to_have_value("")
    expect(page.locator("#app")).to_be_hidden()
    shot(page, tmp_path / "2-logged-out.png")


def test_a_rejected_wording_is_shown_at_its_field_and_a_stale_save_is_refused(
        server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    login(page, server)
    page.get_by_label("买家在看的商品").select_option("dress-floral")
    card = open_case(page, "stock", "stock.in_stock")
    set_one_wording(card, "亲，{variant}有货，只要{price}元")
    card.get_by_role("button", name="保存", exact=True).click()
    field_error = card.locator(".wording-row .field-error").first
    expect(field_error).to_be_visible()
    expect(field_error).to_contain_text("{price}")
    expect(card.locator("textarea.wording").first).to_have_class(re.compile(r"\binvalid\b"))
    expect(page.locator("#notice")).to_contain_text("没有保存")
    expect(page.locator("#revision")).to_have_text("版本 1")
    shot(page, tmp_path / "1-rejected.png")

    card.locator("textarea.wording").first.fill("亲，{variant}有货哦")
    # someone else saves meanwhile
    response = httpx.put(f"{server.url}/api/shops/example/replies/greeting.again", json={"texts": ["在的亲～"]},
                         headers={"Authorization": f"Bearer {ADMIN_TOKEN}", "If-Match": '"rev-1"'},
                         timeout=REQUEST_TIMEOUT)
    assert response.status_code == 200, response.text
    card.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#notice")).to_contain_text("别人刚刚保存了新的版本")
    expect(page.locator("#revision")).to_have_text("版本 1")
    shot(page, tmp_path / "2-conflict.png")
    page.locator("#notice").get_by_role("button", name="重新载入").click()
    expect(page.locator("#revision")).to_have_text("版本 2")
    expect(card.locator("textarea.wording").first).to_have_value("亲，{variant}有货哦")  # the edit is kept
    card.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#notice")).to_contain_text("已保存，现在是第 3 版")
    saved = ask(page, "黑色M码还有吗", pending=False)
    expect(saved.locator(".reply-text")).to_have_text("亲，黑色 M码有货哦")


def test_a_shipping_fee_is_tried_before_it_is_saved(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    page = tab.page
    login(page, server)
    page.get_by_role("tab", name="运费与规则").click()
    fee = page.get_by_label("基本运费（元，不包邮时收）")
    expect(fee).to_have_value("8")
    fee.fill("12")
    expect(page.locator('.subnav [data-section="shipping"] .tag-dirty')).to_be_visible()
    tried = ask(page, "运费多少", pending=True)
    expect(tried.locator(".reply-text")).to_contain_text("运费12元")
    expect(tried.locator(".trace .facts")).to_contain_text("{base_fee} = 12元")
    unsaved = ask(page, "运费多少", pending=False)
    expect(unsaved.locator(".reply-text")).to_contain_text("运费8元")
    shot(page, tmp_path / "1-fee-tried.png")

    page.locator(".section-editor").get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("#notice")).to_contain_text("已保存，现在是第 2 版")
    saved = ask(page, "运费多少", pending=False)
    expect(saved.locator(".reply-text")).to_contain_text("运费12元")


def test_an_unanswered_question_becomes_a_keyword_reply(server: ServerProcess, tab: Tab, tmp_path: Path) -> None:
    question = "你们老板是谁啊"
    answer = "我们老板就是设计师本人哦～"
    with httpx.Client(base_url=server.url, timeout=REQUEST_TIMEOUT) as client:
        decision = Webhook(client, item_id=None).say("page-unanswered", question)
    assert decision["mode"] != "auto", decision

    page = tab.page
    login(page, server)
    page.get_by_role("tab", name="未回答").click()
    group = page.locator(".group").filter(has_text=question)
    expect(group).to_contain_text("问了 1 次")
    group.get_by_text("或者做成关键词回复").click()
    group.get_by_label("关键词").fill("老板")
    group.get_by_label("回复", exact=True).fill(answer)
    group.get_by_role("button", name="做成关键词回复").click()
    expect(page.locator("#notice")).to_contain_text("已做成关键词回复，现在是第 2 版")

    reply = ask(page, question, pending=False)
    expect(reply.locator(".reply-text")).to_have_text(answer)
    expect(reply.locator(".trace-template")).to_have_text(re.compile(r"^keyword_rules\[\d+\]$"))
    page.get_by_role("tab", name="关键词回复").click()
    expect(page.locator(".section-editor .list-item").last.locator("textarea")).to_have_value(answer)
    shot(page, tmp_path / "keyword-reply.png")
