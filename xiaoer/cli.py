"""The ``xiaoer`` command: chat, eval, explain, check, test, serve, token."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import signal
import sys
from collections.abc import Sequence
from typing import TextIO

from botcore.conversation import Conversation
from botcore.errors import XiaoerError
from botcore.shop.calendar import national_calendar_gaps, shop_clock
from botcore.shop.shopfile import load_shop
from engine import Engine
from engine.policy import shown
from engine.scenarios import Report
from serving.settings import token_hash
from xiaoer.evaluate import evaluate, learning_curve, read_examples
from xiaoer.scenarios import load_scenarios, run, shop_tests

__all__ = ["main"]

_SHOP_HELP = ("店铺文件 (YAML),或自带示例店铺的名字: clothing (淘宝女装,默认)、shoes (京东运动鞋服)、"
              "snacks (淘宝零食生鲜)、electronics (天猫小家电)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xiaoer",
        description="店小二 xiaoer: answers a shop's pre-sales questions from the shop's own facts.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help="chat with the bot in the terminal, with its trace")
    chat.add_argument("--shop", help=_SHOP_HELP)
    chat.add_argument("--item", help="id of the product the buyer is looking at (e.g. dress-floral)")
    chat.add_argument("--now", help="pretend the time is this, e.g. '2026-11-27 15:59'")
    chat.add_argument("--quiet", action="store_true", help="show replies only, no trace")

    ev = commands.add_parser("eval", help="measure intent accuracy on a labelled JSONL file")
    ev.add_argument("data", help='JSONL, one {"text": ..., "intent": label or [labels]} per line')
    ev.add_argument("--shop", help=_SHOP_HELP)
    ev.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ev.add_argument("--mistakes", action="store_true", help="list the messages it got wrong")
    ev.add_argument("--teach", metavar="TRAIN.jsonl",
                    help="a learning curve: teach the shop 0, 25, 50, 100 and all of these labelled lines as its own "
                         "example questions, and measure DATA after each")

    explain = commands.add_parser(
        "explain", help="show how the bot reads one message: entities, rules, what it learned, the decision")
    explain.add_argument("text", help="a buyer message, e.g. '拍三份怎么算'")
    explain.add_argument("--shop", help=_SHOP_HELP)
    explain.add_argument("--item", help="id of the product the buyer is looking at: its facts count too")
    explain.add_argument("--now", help="pretend the time is this, e.g. '2026-11-27 15:59' (for the reply)")

    check = commands.add_parser("check", help="validate a shop file and its reply templates")
    check.add_argument("shop", help="the shop file to check")

    test = commands.add_parser(
        "test", help="run conversation tests: buyer turns and what the replies must say",
        description="Run the conversations of a scenario file (YAML) against the shop and check each reply's "
                    "intent, mode and words; without a scenario file, run the shop file's own tests (its "
                    "tests: section, the same format without shop:). Exit status 0 when all pass, 1 when any "
                    "fails, 2 for a bad scenario or shop file or a shop without tests.",
    )
    test.add_argument("scenarios", nargs="?",
                      help="the scenario file (YAML: now, item, conversations with turns to say); "
                           "left out: the tests: section of the shop file")
    test.add_argument("--shop", help=f"{_SHOP_HELP}(场景文件里写了 shop: 时,不写就用那家店,写了就代替它;"
                                     "不给场景文件时,运行这个店铺文件里 tests: 写的测试)")
    test.add_argument("--json", action="store_true", help="print one JSON object instead of lines")

    serve = commands.add_parser(
        "serve", help="run the webhook server (FastAPI on uvicorn)",
        description="Run the webhook server and the shop owner's page at /admin. The shop's webhook secret "
                    "comes from the environment variable XIAOER_WEBHOOK_SECRET (at least 16 characters), its "
                    "admin token (for /admin and /api/shops/...) from XIAOER_ADMIN_TOKEN (see `xiaoer token`). "
                    "--shop, --shop-id, --shops "
                    "and --state can also be set as XIAOER_SHOP, XIAOER_SHOP_ID, XIAOER_SHOPS and "
                    "XIAOER_STATE; limits and logging as XIAOER_RATE_PER_CONVERSATION, XIAOER_RATE_PER_SHOP, "
                    "XIAOER_MAX_BODY_BYTES, XIAOER_STATE_TTL_HOURS, XIAOER_LOG_LEVEL.",
    )
    serve.add_argument("--shop", help=_SHOP_HELP)
    serve.add_argument("--shop-id", help="the id in the webhook URL /webhook/<id> (default: example)")
    serve.add_argument("--shops", help="YAML listing several shops: shops: {id: {file: ..., secret_env: ...}}")
    serve.add_argument("--state", "--db", dest="state",
                       help="state store: sqlite:///FILE (default sqlite:///xiaoer-state.db) or redis://HOST:PORT/0")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")

    commands.add_parser(
        "token", help="make a new admin token for a shop's /admin page, and its hash for the shops file",
        description="Print a new random admin token and its SHA-256. Give the token to the shop owner; the "
                    "server keeps only the hash: admin_token_sha256 in the shops file (XIAOER_SHOPS), or run "
                    "one shop with XIAOER_ADMIN_TOKEN=<token>.",
    )
    return parser


def _token(stdout: TextIO) -> int:
    token = secrets.token_urlsafe(24)
    print(f"管理令牌(交给店主,只显示这一次): {token}", file=stdout)
    print(f"店铺清单里写: admin_token_sha256: {token_hash(token)}", file=stdout)
    print(f"只开一个店时也可以: XIAOER_ADMIN_TOKEN={token} xiaoer serve", file=stdout)
    return 0


def _now(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"--now 的时间格式不对: {value!r},请写成 2026-11-27 15:59") from None


def _check_item(engine: Engine, item: str | None) -> None:
    if item and engine.shop.product(item) is None:
        ids = ", ".join(p.id for p in engine.shop.products)
        raise SystemExit(f"--item {item!r} 不是这个店的商品;可用: {ids}")


def _chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    engine = Engine.from_file(args.shop)
    now = _now(args.now)
    _check_item(engine, args.item)
    conversation = Conversation()
    interactive = stdin.isatty()
    print(f"{engine.shop.shop.name} · 客服{engine.shop.shop.agent_nickname}  (Ctrl-D 退出)", file=stdout)
    while True:
        if interactive:
            print("买家> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        if not line.strip():
            continue
        reply = engine.reply(line.rstrip("\n"), conversation, item_id=args.item, now=now)
        conversation = reply.conversation
        print(f"小二> {reply.text}", file=stdout)
        if not args.quiet:
            if reply.suggestion != reply.text:
                print(f"      建议回复: {reply.suggestion}", file=stdout)
            parts = "; ".join(f"{p.intent}/{p.case} [{p.template_id}]" for p in reply.parts)
            evidence = ", ".join(str(e) for e in reply.evidence[:4])
            score = shown(reply.score, engine.shop.settings.auto_threshold)
            print(f"      [{reply.mode}] {'+'.join(reply.intents)} {score} · {parts}", file=stdout)
            if evidence:
                print(f"      evidence: {evidence}", file=stdout)
            if reply.actions:
                print(f"      actions: {json.dumps([dict(a) for a in reply.actions], ensure_ascii=False)}",
                      file=stdout)


def _eval(args: argparse.Namespace, stdout: TextIO) -> int:
    test = read_examples(args.data)
    if args.teach:
        curve = learning_curve(load_shop(args.shop), test, read_examples(args.teach))
        if args.json:
            rows = [{"taught": k, "accuracy": round(r.accuracy, 4), "auto_coverage": round(r.auto_coverage, 4),
                     "auto_precision": round(r.auto_precision, 4), "n": r.n} for k, r in curve]
            print(json.dumps(rows, ensure_ascii=False, indent=2), file=stdout)
            return 0
        print(f"{'taught':>7}{'accuracy':>10}{'auto coverage':>15}{'auto precision':>16}", file=stdout)
        for k, report in curve:
            print(f"{k:>7}{report.accuracy:>10.3f}{report.auto_coverage:>15.3f}{report.auto_precision:>16.3f}",
                  file=stdout)
        final = curve[-1][1]
        print(f"accuracy: {final.accuracy:.3f} (n={final.n})", file=stdout)
        return 0
    report = evaluate(Engine.from_file(args.shop), test)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2), file=stdout)
    else:
        print(report.to_text(show_mistakes=args.mistakes), file=stdout)
    return 0


def _explain(args: argparse.Namespace, stdout: TextIO) -> int:
    engine = Engine.from_file(args.shop)
    now = _now(args.now)
    _check_item(engine, args.item)
    message, decision = engine.read(args.text, item_id=args.item)
    print(f"消息: {args.text}" + (f"   (在看的商品: {args.item})" if args.item else ""), file=stdout)
    print(f"读作: {message.text}   词: {' / '.join(message.tokens)}", file=stdout)
    entities = ", ".join(f"{k}={v}" for k, v in message.entities.names().items())
    print(f"实体: {entities or '没有'}", file=stdout)
    print("学到的(从例句学来的特征和分量):", file=stdout)
    for intent, p, why in engine.learned.explain(message):
        print(f"  {intent:<13}{p:>6.2f}  {why}", file=stdout)
    print("各意图的证据:", file=stdout)
    for hit in decision.ranked or decision.chosen:
        print(f"  {hit.intent:<13}{hit.score:>6.2f}  {', '.join(str(e) for e in hit.evidence)}", file=stdout)
    settings = engine.shop.settings
    print(f"决定: {'+'.join(decision.intents)}  把握 {shown(decision.score, engine.shop.settings.auto_threshold)}"
          f"  -> {decision.mode}"
          f"(自动回复门槛 {settings.auto_threshold},建议门槛 {settings.suggest_threshold})", file=stdout)
    print(f"原因: {decision.reason}", file=stdout)
    reply = engine.reply(args.text, item_id=args.item, now=now)
    parts = "; ".join(f"{p.intent}/{p.case} [{p.template_id}]" for p in reply.parts)
    print(f"回复: {reply.suggestion or reply.text}   ({reply.mode} · {parts or '没有话术'})", file=stdout)
    return 0


def _check(args: argparse.Namespace, stdout: TextIO) -> int:
    shop = load_shop(args.shop)
    Engine(shop, source=args.shop)
    print(f"✓ {args.shop}: {shop.shop.name},{len(shop.products)} 个商品,"
          f"{len(shop.shipping.couriers)} 家快递,话术覆盖 {len(shop.replies)} 处自定义,"
          f"关键词回复 {len(shop.keyword_rules)} 条,快捷短语 {len(shop.quick_phrases)} 条。", file=stdout)
    gaps = national_calendar_gaps(shop_clock().date()) if shop.shipping.national_holidays else ()
    if gaps:
        years = "、".join(str(year) for year in gaps)
        print(f"注意:法定节假日数据还没有 {years} 年的(chinese-calendar 还没发布),这一年的发货日只按 "
              f"working_days 和 holidays 算;请把这一年的放假日写进 shipping.holidays,或升级 chinese-calendar。",
              file=stdout)
    return 0


def _print_report(report: Report, stdout: TextIO) -> None:
    print(f"{report.source} · {report.shop}", file=stdout)
    for conversation in report.conversations:
        print(f"{'✓' if conversation.passed else '✗'} {conversation.name}", file=stdout)
        for number, turn in enumerate(conversation.turns, 1):
            if turn.passed:
                continue
            print(f"    第 {number} 轮  买家: {turn.say}", file=stdout)
            print(f"        小二: {turn.sent}", file=stdout)
            if turn.drafted and turn.text != turn.sent:
                print(f"        给客服的草稿: {turn.text}", file=stdout)
            parts = "; ".join(f"{case} [{template}]" for case, template in zip(turn.cases, turn.templates, strict=True))
            score = shown(turn.score, report.auto_threshold)
            print(f"        [{turn.mode}] {'+'.join(turn.intents)} {score} · {parts}", file=stdout)
            for failure in turn.failures:
                print(f"        ✗ {failure}", file=stdout)
    turns = report.turns
    print(f"通过 {sum(c.passed for c in report.conversations)}/{len(report.conversations)} 段对话"
          f"(轮次 {sum(t.passed for t in turns)}/{len(turns)})", file=stdout)


def _test(args: argparse.Namespace, stdout: TextIO) -> int:
    if args.scenarios is None:
        report = shop_tests(args.shop)
    else:
        scenarios = load_scenarios(args.scenarios)
        report = run(scenarios, Engine.from_file(scenarios.shop_source(args.shop)))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2), file=stdout)
    else:
        _print_report(report, stdout)
    return 0 if report.passed else 1


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from serving.settings import load_settings

    for flag, env in (("shop", "XIAOER_SHOP"), ("shop_id", "XIAOER_SHOP_ID"), ("shops", "XIAOER_SHOPS"),
                      ("state", "XIAOER_STATE")):
        value = getattr(args, flag)
        if value is not None:
            os.environ[env] = value  # the workers read their settings from the environment
    settings = load_settings()
    import server  # fail here, with a clear message, rather than in every worker

    server.create_app(settings)
    # uvicorn re-raises SIGTERM/SIGINT after a graceful shutdown; a handler of ours turns
    # that into a clean exit 0, so supervisors see a normal stop.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    uvicorn.run("server:create_app", factory=True, host=args.host, port=args.port, workers=args.workers,
                log_level=settings.log_level, access_log=False, timeout_graceful_shutdown=20)
    return 0


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    args = _parser().parse_args(argv)
    try:
        if args.command == "chat":
            return _chat(args, stdin, stdout)
        if args.command == "eval":
            return _eval(args, stdout)
        if args.command == "serve":
            return _serve(args)
        if args.command == "token":
            return _token(stdout)
        if args.command == "explain":
            return _explain(args, stdout)
        if args.command == "test":
            return _test(args, stdout)
        return _check(args, stdout)
    except XiaoerError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `xiaoer check shop.yaml | head`: the reader has gone, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
