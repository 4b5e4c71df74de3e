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
from typing import NoReturn, TextIO

from botcore.conversation import Conversation
from botcore.errors import XiaoerError
from botcore.shop.calendar import national_calendar_gaps, shop_clock
from botcore.shop.shopfile import load_shop
from botcore.sizes import variant_label
from engine import Engine
from engine.policy import shown
from engine.scenarios import Report
from serving.settings import token_hash
from xiaoer.evaluate import evaluate, learning_curve, read_examples
from xiaoer.scenarios import load_scenarios, run, shop_tests

__all__ = ["main"]

_SHOP_HELP = ("店铺文件 (YAML),或自带示例店铺的名字: clothing (淘宝女装,默认)、shoes (京东运动鞋服)、"
              "snacks (淘宝零食生鲜)、electronics (天猫小家电)")


#: argparse's own words (headings, its errors) as the command says them: it asks them of gettext.
_ARGPARSE_WORDS = {
    "usage: ": "用法: ",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示这段说明后退出",
    "unrecognized arguments: %s": "不认识的参数: %s(用 xiaoer 命令 -h 看这个命令能写哪些参数)",
    "the following arguments are required: %s": "缺少参数: %s",
    "expected one argument": "后面要跟一个值",
    "invalid choice: %(value)r (choose from %(choices)s)": "没有 %(value)r 这个命令,可以用: %(choices)s",
    "invalid %(type)s value: %(value)r": "值 %(value)r 不对,要写一个%(type)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 错误: %(message)s\n",
}


def _said(words: str) -> str:
    return _ARGPARSE_WORDS.get(words, words)


class _Parser(argparse.ArgumentParser):
    """An argument parser that says its headings and errors in Chinese."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _said("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


argparse._ = _said  # type: ignore[attr-defined]  # argparse looks its words up through gettext's _


def _whole_number(text: str) -> int:
    return int(text)


_whole_number.__name__ = "整数"  # what argparse names the type in 「值 'abc' 不对,要写一个整数」


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="xiaoer",
        description="店小二 xiaoer:按店铺自己的资料回答买家售前的问题。",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令", parser_class=_Parser)

    chat = commands.add_parser("chat", help="在终端里和机器人对话,每句回复附上它是怎么读的")
    chat.add_argument("--shop", help=_SHOP_HELP)
    chat.add_argument("--item", help="买家正在看的商品 id(例如 dress-floral)")
    chat.add_argument("--now", help="假装现在是这个时间,例如 '2026-11-27 15:59'")
    chat.add_argument("--quiet", action="store_true", help="只显示回复,不显示读法")

    ev = commands.add_parser("eval", help="在标好意图的 JSONL 文件上量识别的准确率")
    ev.add_argument("data", help='JSONL 文件,每行一个 {"text": ..., "intent": 意图或 [几个意图]}')
    ev.add_argument("--shop", help=_SHOP_HELP)
    ev.add_argument("--json", action="store_true", help="输出一个 JSON 对象,不输出表格")
    ev.add_argument("--mistakes", action="store_true", help="列出读错的消息")
    ev.add_argument("--teach", metavar="TRAIN.jsonl",
                    help="学习曲线:把这些标好的句子依次教给店铺 0、25、50、100 句和全部,作为它自己的例句,"
                         "每次之后在 DATA 上量一次")

    explain = commands.add_parser("explain", help="看机器人怎么读一句话:实体、规则、学到的东西和最后的决定")
    explain.add_argument("text", help="一句买家的话,例如 '拍三份怎么算'")
    explain.add_argument("--shop", help=_SHOP_HELP)
    explain.add_argument("--item", help="买家正在看的商品 id:它写的资料也算在内")
    explain.add_argument("--now", help="假装现在是这个时间(回复会用到),例如 '2026-11-27 15:59'")

    check = commands.add_parser("check", help="检查店铺文件和其中的话术")
    check.add_argument("shop", nargs="?", help="要检查的店铺文件(也可以写成 --shop 店铺文件)")
    check.add_argument("--shop", dest="shop_option", metavar="SHOP", help="同上:要检查的店铺文件")

    test = commands.add_parser(
        "test", help="跑对话测试:买家说的话,以及回复里必须有的内容",
        description="用店铺跑场景文件(YAML)里的对话,检查每句回复的意图、方式和字词;不给场景文件时,"
                    "跑店铺文件自己的 tests: 部分(格式相同,不写 shop:)。全部通过时退出码为 0,有没通过的为 1,"
                    "场景文件或店铺文件写错、或店铺没有测试时为 2。",
    )
    test.add_argument("scenarios", nargs="?",
                      help="场景文件(YAML:now、item,以及 conversations 里每轮要说的话);"
                           "不写时用店铺文件的 tests: 部分")
    test.add_argument("--shop", help=f"{_SHOP_HELP}(场景文件里写了 shop: 时,不写就用那家店,写了就代替它;"
                                     "不给场景文件时,运行这个店铺文件里 tests: 写的测试)")
    test.add_argument("--json", action="store_true", help="输出一个 JSON 对象,不逐行输出")

    serve = commands.add_parser(
        "serve", help="启动接消息的 webhook 服务(FastAPI + uvicorn)",
        description="启动 webhook 服务和店主后台 /admin。店铺的 webhook 密钥从环境变量 XIAOER_WEBHOOK_SECRET "
                    "读(至少 16 个字符),后台令牌(/admin 和 /api/shops/...)从 XIAOER_ADMIN_TOKEN 读"
                    "(见 xiaoer token)。--shop、--shop-id、--shops 和 --state 也可以写成环境变量 XIAOER_SHOP、"
                    "XIAOER_SHOP_ID、XIAOER_SHOPS 和 XIAOER_STATE;限流和日志用 XIAOER_RATE_PER_CONVERSATION、"
                    "XIAOER_RATE_PER_SHOP、XIAOER_MAX_BODY_BYTES、XIAOER_STATE_TTL_HOURS、XIAOER_LOG_LEVEL。",
    )
    serve.add_argument("--shop", help=_SHOP_HELP)
    serve.add_argument("--shop-id", help="webhook 地址 /webhook/<id> 里的 id(默认 example)")
    serve.add_argument("--shops", help="列出几家店的 YAML 文件: shops: {id: {file: ..., secret_env: ...}}")
    serve.add_argument("--state", "--db", dest="state",
                       help="会话存在哪: sqlite:///文件(默认 sqlite:///xiaoer-state.db)或 redis://主机:端口/0")
    serve.add_argument("--host", default="127.0.0.1", help="监听的地址(默认 127.0.0.1)")
    serve.add_argument("--port", type=_whole_number, default=8000, help="端口(默认 8000)")
    serve.add_argument("--workers", type=_whole_number, default=1, help="uvicorn 工作进程数(默认 1)")

    commands.add_parser(
        "token", help="给店铺的 /admin 后台生成一个新的管理令牌,以及写进店铺清单的哈希",
        description="打印一个新的随机管理令牌和它的 SHA-256。令牌交给店主;服务器只存哈希:写进店铺清单"
                    "(XIAOER_SHOPS)的 admin_token_sha256,或者只开一个店时用 XIAOER_ADMIN_TOKEN=<令牌> 启动。",
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
    reply = engine.reply(args.text, item_id=args.item, now=now)
    print(f"原因: {reply.reason}", file=stdout)
    parts = "; ".join(f"{p.intent}/{p.case} [{p.template_id}]" for p in reply.parts)
    print(f"回复: {reply.suggestion or reply.text}   ({reply.mode} · {parts or '没有话术'})", file=stdout)
    return 0


def _check(args: argparse.Namespace, stdout: TextIO) -> int:
    # (「xiaoer check 店铺.yaml」 or 「xiaoer check --shop 店铺.yaml」, as the other commands take it)
    source = args.shop or args.shop_option
    if source is None:
        print("请写出要检查的店铺文件,例如: xiaoer check 我的店铺.yaml", file=stdout)
        return 2
    shop = load_shop(source)
    engine = Engine(shop, source=source)
    print(f"✓ {source}: {shop.shop.name},{len(shop.products)} 个商品,"
          f"{len(shop.shipping.couriers)} 家快递,话术覆盖 {len(shop.replies)} 处自定义,"
          f"关键词回复 {len(shop.keyword_rules)} 条,快捷短语 {len(shop.quick_phrases)} 条。", file=stdout)
    for product in shop.products:
        if uncounted := product.uncounted():
            shown = "、".join(variant_label(c, s) for c, s in uncounted[:4]) + (f" 等 {len(uncounted)} 个"
                                                                          if len(uncounted) > 4 else "")
            print(f"注意:商品「{product.name}」的 stock 没写 {shown}的库存;买家问到时机器人不说有没有货,"
                  "转给客服确认。卖完了请写 0。", file=stdout)
    platform = shop.platform
    lacking = [field for field, value in shop.payment.model_dump().items()
               if value is True and not platform.has_payment(field) and field not in ("instalments", "note")]
    if lacking:
        names = "、".join(f"payment.{field}" for field in lacking)
        print(f"注意:{platform.name}上没有 {names} 这种付款方式,写了 true 机器人也不会这样答,"
              f"买家问到时会说{platform.name}上用不了;可以删掉这一项。", file=stdout)
    for index, word, other in engine.keyword_rules.of_two_meanings():
        print(f"注意:关键词回复第 {index + 1} 条的关键词「{word}」:{other}。带这个词的消息都会收到这条回复;"
              f"只想回答一种意思的话,换成更长的词(例如写整句里的几个字),或者把这条的 match 改成 all 再加一个词。",
              file=stdout)
    if shop.shipping.default_delivery_days is None:
        listed = "、".join(shop.shipping.delivery_days) or "任何省份"
        print(f"注意:没写 shipping.default_delivery_days(没列出的省份发货后几天到)。买家问到{listed}以外的地方"
              "几天到,机器人不说天数,转给客服确认;想自动回答,请写上,例如 default_delivery_days: [2, 4]。",
              file=stdout)
    gaps = national_calendar_gaps(shop_clock().date()) if shop.shipping.national_holidays else ()
    if gaps:
        years = "、".join(str(year) for year in gaps)
        print(f"注意:法定节假日数据还没有 {years} 年的(chinese-calendar 还没发布)。在这之前,买家问到这一年哪天发货、"
              f"哪天能到,机器人不会替店铺承诺,会转给客服确认(已经过了的日子和路上的天数照常回答);"
              f"国家放假安排公布后升级 chinese-calendar 就能自动回答。店铺不跟着国家放假的话,"
              f"可以写 shipping.national_holidays: false,发货日就只按 working_days 和 holidays 算。", file=stdout)
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
