// 店小二 shop owner's console: the tabs 对话记录, 数据看板, 批量测试 and 导入千牛, added to app.js's
// page through window.xiaoer (app.js is loaded first). Same rules as app.js: plain ES2020, nothing
// from another host, every element built with createElement/textContent (h()), charts drawn here
// as inline SVG with attributes only (the CSP forbids inline styles).
'use strict';

(() => {
  const X = window.xiaoer;
  if (!X) return; // app.js did not load: it shows its own error

  const { h, api, state } = X;

  /** el's children replaced by kids (arrays flattened; null, undefined and false left out), as h() does. */
  function put(el, ...kids) {
    el.replaceChildren();
    return add(el, ...kids);
  }

  function add(el, ...kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid !== null && kid !== undefined && kid !== false) el.append(kid instanceof Node ? kid : String(kid));
    }
    return el;
  }

  if (!document.querySelector('link[href$="console.css"]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: './console.css' }));
  }

  // ------------------------------------------------------------------ names shown to the owner

  const ADOPTED = {
    unchanged: ['原样采用', 'cx-adopt-unchanged', '客服把机器人的建议原样发了出去'],
    edited: ['改了再发', 'cx-adopt-edited', '客服把机器人的建议改了改再发'],
    replaced: ['没用建议', 'cx-adopt-replaced', '客服没用机器人的建议，自己写了回复'],
    no_draft: ['客服回复', 'cx-adopt-none', '这句之前机器人没有给建议'],
  };
  const EVIDENCE_NAMES = {
    keyword: '关键词', pattern: '句式', example: '和例句相似', learned: '从例句学到的字词',
    entity: '说到的尺码、颜色、身高等', context: '接着上一句问', rule: '本店的关键词回复', attribute: '商品资料里写的属性',
  };

  const modeLabel = (mode) => (X.MODES[mode] || [mode, ''])[0];
  const modeChip = (mode, extra) => h('span', { class: ['mode', (X.MODES[mode] || [])[1], 'cx-mode'], dataset: { mode }, text: extra === undefined ? modeLabel(mode) : `${modeLabel(mode)} ${extra}` });

  function findCase(key) {
    const intent = (state.shop ? state.shop.intents : []).find((i) => i.intent === String(key).split('.')[0]);
    return intent ? intent.cases.find((c) => c.key === key) || null : null;
  }

  /** A reply case by its Chinese name ("keyword_rules[2]" and "x.keyword_rule" are keyword replies). */
  function caseName(key) {
    const rule = /^keyword_rules\[(\d+)\]$/.exec(key);
    if (rule || /\.keyword_rule$/.test(key)) {
      const found = rule && ((state.shop && state.shop.data.keyword_rules) || [])[Number(rule[1])];
      return found ? `关键词回复「${(found.keywords || []).join('、')}」` : '关键词回复';
    }
    const c = findCase(key);
    return c ? X.caseTitle(c) : key;
  }

  function productName(id) {
    if (!id) return '';
    const products = (state.shop && state.shop.data.products) || [];
    const found = products.find((p) => p.id === id || (p.item_ids || []).map(String).includes(String(id)));
    return found ? found.name : id;
  }

  function placeholderName(name) {
    for (const intent of (state.shop ? state.shop.intents : [])) {
      for (const c of intent.cases) {
        const p = c.placeholders.find((x) => x.name === name);
        if (p && p.title) return p.title;
      }
    }
    return name;
  }

  function evidenceText(e) {
    const match = /^([a-z_]+):(.*?)(\([\d.]+\))?$/.exec(String(e));
    if (!match) return String(e);
    const labels = (state.shop && state.shop.labels && state.shop.labels.evidence) || {};
    const kind = labels[match[1]] || EVIDENCE_NAMES[match[1]] || match[1];
    const detail = match[2].replace(/\s*\([\d.]+\)/g, '');
    return match[1] === 'pattern' || !detail ? kind : `${kind}「${detail}」`;
  }

  const pct = (rate) => (typeof rate === 'number' ? `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%` : '—');
  const intentOptions = (first) => [h('option', { value: '', text: first }),
    ...(state.shop ? state.shop.intent_names : []).map((n) => h('option', { value: n, text: X.intentTitle(n) }))];
  const productOptions = (first) => [h('option', { value: '', text: first }),
    ...((state.shop && state.shop.data.products) || []).map((p) => h('option', { value: p.id, text: p.name }))];
  const shortDate = (iso) => String(iso || '').slice(5).replace('-', '/');

  /** A run of buttons where one is pressed (今天 / 7天 / 30天). */
  function segmented(label, options, current, choose) {
    return h('div', { class: 'cx-seg', role: 'group', 'aria-label': label }, options.map(([value, text]) => h('button', {
      type: 'button', class: ['btn', 'small', value === current && 'cx-on'], 'aria-pressed': String(value === current),
      text, onclick: () => choose(value),
    })));
  }

  const loading = (text = '正在读取…') => h('p', { class: 'muted cx-loading', text });
  const failed = (what, e) => h('p', { class: 'error-text cx-failed', role: 'alert', text: `${what}：${e.message}` });

  // ------------------------------------------------------------------ 对话记录 (the conversation log)

  const log = { days: 7, mode: '', intent: '', product: '', replaced: false, q: '', page: 1, size: 20, open: null };

  function renderLog() {
    const pane = h('div', { class: 'pane cx-pane cx-log' });
    if (log.open) drawConversation(pane, log.open); else drawLogList(pane);
    return pane;
  }

  function logQuery() {
    const params = new URLSearchParams({ days: String(log.days), page: String(log.page), size: String(log.size) });
    for (const key of ['mode', 'intent', 'product', 'q']) if (log[key]) params.set(key, log[key]);
    if (log.replaced) params.set('replaced', '1');
    return `/conversations?${params}`;
  }

  function drawLogList(pane) {
    const list = h('div', { class: 'cx-convs', 'aria-live': 'polite' }, loading());
    const redraw = () => drawLogList(pane);
    const refilter = (key, value) => { log[key] = value; log.page = 1; redraw(); };
    const search = h('input', { type: 'search', class: 'cx-search', value: log.q, placeholder: '搜买家说的话或回复', 'aria-label': '搜索对话' });
    const filters = h('form', { class: 'cx-filters', onsubmit: (e) => { e.preventDefault(); refilter('q', search.value.trim()); } },
      segmented('时间', [[1, '今天'], [7, '7天'], [30, '30天']], log.days, (d) => refilter('days', d)),
      h('select', { 'aria-label': '机器人怎么处理的', value: log.mode, onchange: (e) => refilter('mode', e.target.value) },
        h('option', { value: '', text: '全部处理方式' }),
        Object.keys(X.MODES).map((m) => h('option', { value: m, text: modeLabel(m) }))),
      h('select', { 'aria-label': '问题种类', value: log.intent, onchange: (e) => refilter('intent', e.target.value) }, intentOptions('全部问题种类')),
      h('select', { 'aria-label': '商品', value: log.product, onchange: (e) => refilter('product', e.target.value) }, productOptions('全部商品')),
      h('label', { class: 'check cx-check' }, h('input', { type: 'checkbox', checked: log.replaced, onchange: (e) => refilter('replaced', e.target.checked) }),
        h('span', { text: '客服改了建议' })),
      h('span', { class: 'cx-search-row' }, search, h('button', { type: 'submit', class: 'btn small', text: '搜索' })));
    put(pane, 
      h('div', { class: 'pane-head' }, h('h2', { text: '对话记录' }),
        h('p', { class: 'muted', text: '机器人处理过的每一段对话：买家说了什么，机器人是自动回复、给客服建议还是转人工，'
          + '客服最后怎么回的。点开一段对话看详情；哪句答错了，点「答错了，去改」。' })),
      filters, list);
    loadLogList(list, redraw);
  }

  async function loadLogList(list, redraw) {
    let result;
    try {
      result = await api('GET', logQuery());
    } catch (e) {
      put(list, failed('读不到对话记录', e));
      return;
    }
    if (!list.isConnected) return;
    const filtered = log.mode || log.intent || log.product || log.replaced || log.q;
    if (!result.conversations.length) {
      put(list, h('p', { class: 'empty', text: filtered ? '没有符合这些条件的对话，换个条件试试。' : '这段时间还没有对话。' }));
      return;
    }
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    const go = (page) => { log.page = page; redraw(); };
    put(list, 
      h('p', { class: 'muted small cx-total', text: `共 ${result.total} 段对话，最新的在最上面` }),
      h('ul', { class: 'cx-conv-list' }, result.conversations.map(conversationRow)),
      pages > 1 && h('nav', { class: 'cx-pager', 'aria-label': '翻页' },
        h('button', { type: 'button', class: 'btn small', text: '上一页', disabled: result.page <= 1, onclick: () => go(result.page - 1) }),
        h('span', { class: 'muted small', text: `第 ${result.page} / ${pages} 页` }),
        h('button', { type: 'button', class: 'btn small', text: '下一页', disabled: result.page >= pages, onclick: () => go(result.page + 1) })));
  }

  function conversationRow(c) {
    const open = () => { log.open = c.conversation_id; X.renderTab(); };
    return h('li', {}, h('button', { type: 'button', class: 'cx-conv', dataset: { conversation: c.conversation_id }, onclick: open },
      h('span', { class: 'cx-conv-top' },
        h('span', { class: 'cx-time', text: X.formatTime(c.last_at) }),
        h('span', { class: 'muted small', text: `${c.messages} 条买家消息` }),
        Object.entries(c.modes || {}).map(([mode, n]) => modeChip(mode, n)),
        c.replaced && h('span', { class: 'tag cx-tag-replaced', text: '客服改了建议' })),
      h('span', { class: 'cx-conv-text', text: c.last_text || '' }),
      h('span', { class: 'cx-conv-meta muted small' },
        (c.intents || []).length ? `问了：${c.intents.map(X.intentTitle).join('、')}` : '',
        (c.products || []).length ? `　在看：${c.products.map(productName).join('、')}` : '')));
  }

  function drawConversation(pane, id) {
    const back = h('button', { type: 'button', class: 'btn small cx-back', text: '← 返回对话列表',
      onclick: () => { log.open = null; X.renderTab({ keepScroll: false }); } });
    const body = h('div', { class: 'cx-events' }, loading());
    const addTest = h('button', { type: 'button', class: 'btn cx-add-test', text: '把这段对话加为测试',
      title: '买家说的每句话都成为测试的一句，以后改了话术可以一键检查这些问题还答得对不对',
      onclick: () => X.busy(addTest, '正在加…', () => addAsTest(id)) });
    put(pane, back,
      h('div', { class: 'pane-head cx-conv-head' }, h('h2', { text: '对话详情' }),
        h('p', { class: 'muted small cx-conv-id', text: `对话编号 ${id}` }), addTest),
      body);
    loadConversation(body, id);
  }

  async function loadConversation(body, id) {
    let result;
    try {
      result = await api('GET', `/conversations/${encodeURIComponent(id)}`);
    } catch (e) {
      put(body, failed('读不到这段对话', e));
      return;
    }
    if (!body.isConnected) return;
    put(body, ...result.events.map((event) => (event.kind === 'agent' ? agentEvent(event) : buyerEvent(event))));
  }

  async function addAsTest(id) {
    try {
      const result = await api('POST', '/tests/from-conversation', { json: { conversation_id: id }, ifMatch: true });
      await X.reload();
      X.notify('ok', `已把这段对话加为测试，现在是第 ${result.revision} 版${testsLine(result.tests)}`,
        [['去批量测试看看', () => X.showTab('tests')]]);
    } catch (e) {
      X.editFailed(e, '没有加为测试');
    }
  }

  function buyerEvent(event) {
    const card = h('section', { class: ['cx-turn', `cx-turn-${event.mode}`], dataset: { message: event.message_id || '', mode: event.mode } });
    const bot = h('div', { class: 'cx-bot' }, h('div', { class: 'cx-bot-head' }, h('span', { class: 'small muted', text: '机器人：' }), modeChip(event.mode)));
    const replies = event.replies || [];
    if (event.mode === 'auto' || (event.mode === 'handoff' && replies.length)) {
      add(bot, ...replies.map((r) => h('div', { class: 'bubble cx-reply', text: r })));
    }
    if (event.mode === 'handoff') add(bot, h('p', { class: 'small cx-said', text: '这句转给了人工客服。' }));
    if (event.mode === 'suggest' || (event.mode === 'handoff' && !replies.length)) {
      const drafts = event.drafts || [];
      add(bot, h('p', { class: 'small cx-said', text: drafts.length ? '给值班客服的建议：' : '没有给客服的建议。' }),
        drafts.length ? h('ol', { class: 'cx-drafts' }, drafts.map((d) => h('li', { class: 'cx-draft' },
          h('span', { text: d.text }),
          h('span', { class: 'muted small', text: `（${X.intentTitle(d.intent)}，把握 ${Number(d.score).toFixed(2)}）` })))) : null);
    }
    if (event.mode === 'silent') {
      add(bot, h('p', { class: 'small cx-said', text: `没有回复这句${event.reason ? `：${event.reason}` : '。'}` }));
    }
    const menu = h('div', { class: 'cx-fix-menu', hidden: true, role: 'group', 'aria-label': '怎么改' });
    const fix = h('button', { type: 'button', class: 'btn small cx-fix', text: '答错了，去改', 'aria-expanded': 'false',
      onclick: () => {
        menu.hidden = !menu.hidden;
        fix.setAttribute('aria-expanded', String(!menu.hidden));
        if (!menu.hidden) fillFixMenu(menu, event, () => { menu.hidden = true; fix.setAttribute('aria-expanded', 'false'); });
      } });
    add(card, 
      h('div', { class: 'cx-buyer' },
        h('div', { class: 'cx-buyer-meta muted small' }, h('span', { text: `买家 · ${X.formatTime(event.at)}` }),
          event.product || event.item_id ? h('span', { text: `在看：${productName(event.product || event.item_id)}` }) : null),
        h('div', { class: 'bubble cx-buyer-text', text: event.text })),
      bot,
      h('div', { class: 'cx-turn-actions' }, fix),
      menu,
      traceBox(event));
    return card;
  }

  /** The 「答错了，去改」 choices: the wording that answered, examples of an intent, a keyword reply. */
  function fillFixMenu(menu, event, close) {
    const text = event.text;
    const keys = [...new Set(event.cases || [])].filter((k) => findCase(k));
    const rules = [...new Set((event.template_ids || []).filter((t) => /^keyword_rules\[\d+\]$/.test(t)))];
    const chosen = (event.intents || []).find((i) => i !== 'other') || '';
    const intent = h('select', { class: 'cx-fix-intent', 'aria-label': '这句其实在问什么', value: chosen }, intentOptions('选一类问题'));
    const wrong = h('p', { class: 'error-text small', hidden: true, text: '请先选这句在问哪一类问题。' });
    put(menu, 
      h('p', { class: 'small cx-fix-title', text: `「${text}」答错了？选一种改法，改完记得保存：` }),
      keys.map((key) => h('button', { type: 'button', class: 'btn small cx-fix-case', dataset: { key },
        text: `改这句用的说法：${caseName(key)}`, onclick: () => { close(); X.openCase(key, text); } })),
      rules.map((rule) => h('button', { type: 'button', class: 'btn small cx-fix-rule', dataset: { rule },
        text: `改回答这句的${caseName(rule)}`, onclick: () => { close(); openRule(rule); } })),
      h('div', { class: 'cx-fix-row' },
        h('span', { class: 'small', text: keys.length ? '机器人没听懂？这句其实在问：' : '这句其实在问：' }), intent,
        h('button', { type: 'button', class: 'btn small cx-fix-examples', text: '加为例句',
          onclick: () => {
            wrong.hidden = Boolean(intent.value);
            if (!intent.value) return;
            close();
            X.openExamples(intent.value, text);
          } })),
      wrong,
      h('button', { type: 'button', class: 'btn small cx-fix-keyword', text: '给这句做一条关键词回复',
        onclick: () => { close(); X.openKeywordRule(text); } }),
      h('button', { type: 'button', class: 'btn small ghost', text: '取消', onclick: close }));
  }

  /** The 关键词回复 tab at the rule "keyword_rules[i]" (the rule that answered, first in the list). */
  function openRule(rule) {
    X.showTab('keywords');
    const item = document.querySelector(`#main .list-item[data-index="${/\d+/.exec(rule)[0]}"]`);
    if (!item) return;
    item.scrollIntoView({ block: 'center' });
    const reply = item.querySelector('textarea');
    if (reply) reply.focus();
  }

  /** 为什么这样回答: the trace of a logged buyer message, by Chinese names. */
  function traceBox(event) {
    const trace = event.trace || {};
    const rows = [];
    const row = (name, ...value) => rows.push(h('dt', { text: name }), h('dd', {}, ...value));
    const intents = event.intents || trace.intents || [];
    row('读成', intents.length ? intents.map(X.intentTitle).join('、') : '没认出是在问什么');
    const score = typeof event.score === 'number' ? event.score : trace.score;
    if (typeof score === 'number') row('把握', score.toFixed(2));
    if (event.reason || trace.reason) row('为什么', event.reason || trace.reason);
    const parts = trace.parts && trace.parts.length ? trace.parts
      : (event.template_ids || []).map((t) => ({ template: t, facts: {} }));
    for (const part of parts) {
      const template = String(part.template || '');
      const key = part.intent && part.case && part.case !== 'keyword_rule' ? `${part.intent}.${part.case}` : template.split('#')[0];
      row('用的说法', h('span', { class: 'cx-trace-case', text: caseName(key) }),
        h('span', { class: 'muted small cx-trace-id', text: `（编号 ${template || key}）` }));
      const facts = Object.entries(part.facts || {});
      if (facts.length) {
        row('用到的信息', h('ul', { class: 'facts' }, facts.map(([k, v]) => h('li', {},
          h('span', { class: 'muted', text: `${placeholderName(k)}：` }), String(v)))));
      }
    }
    if ((trace.evidence || []).length) {
      row('依据', h('div', { class: 'evidence' }, trace.evidence.map((e) => h('span', { class: 'chip plain', text: evidenceText(e) }))));
    }
    if ((trace.quick_phrases || []).length) row('给客服的快捷短语', trace.quick_phrases.map((q) => q.title).join('、'));
    if (typeof event.ms === 'number') row('用时', `${event.ms.toFixed(1)} 毫秒`);
    return h('details', { class: 'trace cx-trace' }, h('summary', { text: '为什么这样回答' }), h('dl', {}, rows));
  }

  function agentEvent(event) {
    const [label, cls, help] = ADOPTED[event.adopted] || ADOPTED.no_draft;
    return h('section', { class: 'cx-agent', dataset: { adopted: event.adopted || 'no_draft' } },
      h('div', { class: 'cx-agent-meta muted small' },
        h('span', { text: `客服 ${event.agent_id || ''} · ${X.formatTime(event.at)}` }),
        h('span', { class: ['tag', 'cx-adopt', cls], title: help, text: label })),
      h('div', { class: 'bubble cx-agent-text', text: event.text }),
      event.draft && event.adopted !== 'unchanged' && h('p', { class: 'muted small cx-agent-draft', text: `机器人当时的建议：${event.draft}` }));
  }

  // ------------------------------------------------------------------ 数据看板 (the dashboard)

  const dash = { days: 7 };
  /** 「（3 ÷ 5）」, or why there is no rate yet. */
  const ratio = (part, whole, none) => (whole ? `（${part} ÷ ${whole}）。` : `。${none}`);
  const TOTALS = [
    ['messages', '消息数', (t) => String(t.messages), () => '这段时间机器人处理的买家消息条数。'],
    ['auto_rate', '自动回复率', (t) => pct(t.auto_rate),
      (t) => `机器人自己直接回复的消息 ÷ 全部买家消息${ratio(t.auto, t.messages, '这段时间还没有买家消息。')}`],
    ['adoption_rate', '建议采纳率', (t) => pct(t.adoption_rate),
      (t) => `客服用了的建议 ÷ 客服回复过的建议${ratio(t.adopted_unchanged + t.adopted_edited,
        t.adopted_unchanged + t.adopted_edited + t.replaced, '这段时间客服还没有回复过机器人给了建议的消息。')}`
        + '原样发出（不算空格和标点）或改了再发（六成以上的字一样）都算用了。'],
    ['handoff_rate', '转人工率', (t) => pct(t.handoff_rate),
      (t) => `转给人工客服的消息 ÷ 全部买家消息${ratio(t.handoff, t.messages, '这段时间还没有买家消息。')}`],
    ['unanswered', '未回答', (t) => String(t.unanswered),
      (t) => `机器人没有自己回复的消息：只给了客服建议的 ${t.suggest} 条 + 转人工的 ${t.handoff} 条。`],
  ];

  function renderDashboard() {
    const pane = h('div', { class: 'pane cx-pane cx-dash' });
    const body = h('div', { class: 'cx-dash-body' }, loading());
    add(pane, 
      h('div', { class: 'pane-head' }, h('h2', { text: '数据看板' }),
        h('p', { class: 'muted', text: '机器人最近回复得怎么样：每天、每个钟点的消息数和几个比例（按北京时间算）。' })),
      segmented('时间', [[7, '最近 7 天'], [30, '最近 30 天']], dash.days, (d) => { dash.days = d; X.renderTab({ keepScroll: true }); }),
      body);
    loadStats(body);
    return pane;
  }

  async function loadStats(body) {
    let stats;
    try {
      stats = await api('GET', `/stats?days=${dash.days}`);
    } catch (e) {
      put(body, failed('读不到数据', e));
      return;
    }
    if (!body.isConnected) return;
    const t = stats.totals;
    const width = Math.max(280, Math.min(body.clientWidth || 640, 900));
    put(body, 
      h('p', { class: 'muted small', text: `${stats.from} 到 ${stats.to}` }),
      h('div', { class: 'cx-totals' }, TOTALS.map(([key, label, value, help]) => h('div', { class: 'cx-stat card', dataset: { stat: key } },
        h('div', { class: 'cx-stat-label', text: label }),
        h('div', { class: 'cx-stat-value', text: value(t) }),
        h('p', { class: 'muted small cx-stat-help', text: help(t) })))),
      h('section', { class: 'card cx-chart-card' },
        h('h3', { text: '每天的消息数和自动回复率' }),
        h('p', { class: 'muted small cx-legend' }, h('span', { class: 'cx-key cx-key-bar' }), '柱子：买家消息数　',
          h('span', { class: 'cx-key cx-key-line' }), '折线：自动回复率'),
        trendChart(stats.by_day, width)),
      h('section', { class: 'card cx-chart-card' },
        h('h3', { text: '每个钟点的消息数' }),
        h('p', { class: 'muted small', text: '这段时间里，每天同一个钟点的消息加在一起。深色是机器人自己回复的。' }),
        hourChart(stats.by_hour, width)),
      h('div', { class: 'cx-dash-lists' },
        h('section', { class: 'card cx-top-questions' }, h('h3', { text: '买家问得最多的话' }),
          stats.top_questions.length ? h('ol', { class: 'cx-rank' }, stats.top_questions.map((q) => h('li', {},
            h('span', { class: 'cx-rank-text', text: q.text }),
            h('span', { class: 'muted small cx-rank-meta', text: `${q.count} 次${q.intent ? ` · ${X.intentTitle(q.intent)}` : ''}` })))) : h('p', { class: 'muted', text: '还没有。' })),
        h('section', { class: 'card cx-top-intents' }, h('h3', { text: '问得最多的问题种类' }),
          stats.top_intents.length ? h('ol', { class: 'cx-rank' }, stats.top_intents.map((i) => h('li', {},
            h('span', { class: 'cx-rank-text', text: X.intentTitle(i.intent) }),
            h('meter', { min: 0, max: stats.top_intents[0].count, value: i.count, 'aria-label': `${X.intentTitle(i.intent)} ${i.count} 次` }),
            h('span', { class: 'muted small', text: `${i.count} 次` })))) : h('p', { class: 'muted', text: '还没有。' })),
        h('section', { class: 'card cx-slowest' }, h('h3', { text: '回复最慢的几句' }),
          h('p', { class: 'muted small', text: '机器人想了多久（毫秒，1 秒 = 1000 毫秒）。点一句看那段对话。' }),
          stats.slowest.length ? h('ol', { class: 'cx-rank' }, stats.slowest.map((s) => h('li', {},
            h('button', { type: 'button', class: 'cx-link', text: s.text,
              onclick: () => { log.open = s.conversation_id; X.showTab('log'); } }),
            h('span', { class: 'muted small cx-rank-meta', text: `${Number(s.ms).toFixed(1)} 毫秒 · ${X.formatTime(s.at)}` })))) : h('p', { class: 'muted', text: '还没有。' }))));
  }

  // SVG, drawn from attributes only
  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    for (const child of children.flat()) if (child) el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return el;
  }
  const tip = (text) => svg('title', {}, text);
  const niceMax = (n) => {
    if (n <= 5) return Math.max(1, n);
    const step = 10 ** Math.floor(Math.log10(n));
    return Math.ceil(n / step) * step;
  };

  function trendChart(days, width) {
    const height = 200;
    const pad = { l: 34, r: 40, t: 12, b: 26 };
    const w = width - pad.l - pad.r;
    const ch = height - pad.t - pad.b;
    const top = niceMax(Math.max(0, ...days.map((d) => d.messages)));
    const step = w / Math.max(1, days.length);
    const y = (v) => pad.t + ch - (v / top) * ch;
    const yr = (r) => pad.t + ch - r * ch;
    const every = Math.ceil(days.length / Math.max(1, Math.floor(w / 48)));
    const chart = svg('svg', { class: 'cx-chart cx-trend', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
      'aria-label': `每天的消息数和自动回复率，共 ${days.length} 天` });
    chart.append(
      svg('line', { class: 'cx-axis', x1: pad.l, x2: pad.l + w, y1: pad.t + ch, y2: pad.t + ch }),
      svg('line', { class: 'cx-grid', x1: pad.l, x2: pad.l + w, y1: pad.t, y2: pad.t }),
      svg('text', { class: 'cx-tick', x: pad.l - 4, y: pad.t + 4, 'text-anchor': 'end' }, String(top)),
      svg('text', { class: 'cx-tick', x: pad.l - 4, y: pad.t + ch, 'text-anchor': 'end' }, '0'),
      svg('text', { class: 'cx-tick cx-tick-rate', x: pad.l + w + 4, y: pad.t + 4 }, '100%'),
      svg('text', { class: 'cx-tick cx-tick-rate', x: pad.l + w + 4, y: pad.t + ch }, '0%'));
    const points = [];
    days.forEach((d, i) => {
      const x = pad.l + i * step;
      const bar = Math.max(0, pad.t + ch - y(d.messages));
      chart.append(svg('rect', { class: 'cx-bar', 'data-date': d.date, x: x + step * 0.15, y: pad.t + ch - bar,
        width: Math.max(1, step * 0.7), height: bar }, tip(`${d.date}：${d.messages} 条消息，自动回复率 ${pct(d.auto_rate)}`)));
      if (i % every === 0) {
        chart.append(svg('text', { class: 'cx-tick', x: x + step / 2, y: height - 8, 'text-anchor': 'middle' }, shortDate(d.date)));
      }
      points.push(typeof d.auto_rate === 'number' ? [x + step / 2, yr(d.auto_rate), d] : null);
    });
    let path = '';
    let pen = false;
    for (const p of points) {
      if (!p) { pen = false; continue; }
      path += `${pen ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)} `;
      pen = true;
    }
    if (path) chart.append(svg('path', { class: 'cx-line', d: path.trim() }));
    for (const p of points) {
      if (p) chart.append(svg('circle', { class: 'cx-dot', cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 3 }, tip(`${p[2].date} 自动回复率 ${pct(p[2].auto_rate)}`)));
    }
    return h('div', { class: 'cx-chart-box' }, chart);
  }

  function hourChart(hours, width) {
    const height = 160;
    const pad = { l: 34, r: 8, t: 10, b: 24 };
    const w = width - pad.l - pad.r;
    const ch = height - pad.t - pad.b;
    const top = niceMax(Math.max(0, ...hours.map((x) => x.messages)));
    const step = w / 24;
    const chart = svg('svg', { class: 'cx-chart cx-hours', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
      'aria-label': '每个钟点的消息数' },
    svg('line', { class: 'cx-axis', x1: pad.l, x2: pad.l + w, y1: pad.t + ch, y2: pad.t + ch }),
    svg('text', { class: 'cx-tick', x: pad.l - 4, y: pad.t + 4, 'text-anchor': 'end' }, String(top)),
    svg('text', { class: 'cx-tick', x: pad.l - 4, y: pad.t + ch, 'text-anchor': 'end' }, '0'));
    for (const x of hours) {
      const left = pad.l + x.hour * step + step * 0.1;
      const all = (x.messages / top) * ch;
      const auto = (x.auto / top) * ch;
      chart.append(svg('g', { class: 'cx-hour', 'data-hour': x.hour },
        tip(`${x.hour}点到${x.hour + 1}点：${x.messages} 条消息，其中机器人自己回复 ${x.auto} 条`),
        svg('rect', { class: 'cx-bar', x: left, y: pad.t + ch - all, width: step * 0.8, height: all }),
        svg('rect', { class: 'cx-bar-auto', x: left, y: pad.t + ch - auto, width: step * 0.8, height: auto })));
      if (x.hour % 3 === 0) chart.append(svg('text', { class: 'cx-tick', x: left + step * 0.4, y: height - 6, 'text-anchor': 'middle' }, `${x.hour}点`));
    }
    return h('div', { class: 'cx-chart-box' }, chart);
  }

  // ------------------------------------------------------------------ 批量测试 (batch tests)

  // editing: a test's index, 'new' or null; run: the last POST /tests/run; seen: {name: passed} as last shown
  const bt = { editing: null, run: null, seen: {} };

  function testsLine(summary) {
    if (!summary || typeof summary.total !== 'number') return '';
    if (summary.message) return `；${summary.message}`;
    let line = `；测试 ${summary.passed}/${summary.total} 个通过`;
    if ((summary.broke || []).length) line += `，这次修改让「${summary.broke.join('」「')}」从通过变成失败`;
    if ((summary.fixed || []).length) line += `，「${summary.fixed.join('」「')}」变成通过了`;
    return line;
  }

  function renderTests() {
    const pane = h('div', { class: 'pane cx-pane cx-tests' },
      h('div', { class: 'pane-head' }, h('h2', { text: '批量测试' }),
        h('p', { class: 'muted', text: '把买家常问的话和回答里一定要有（或者不能有）的字写成测试。改完话术、运费或库存后点「全部运行」，'
          + '马上知道有没有哪句被改坏了。测试和店铺一起保存，每次保存都会自动检查。' })),
      loading());
    loadTests(pane);
    return pane;
  }

  async function loadTests(pane) {
    let result;
    const etag = state.etag;
    try {
      result = await api('GET', '/tests');
    } catch (e) {
      pane.lastChild.replaceWith(failed('读不到测试', e));
      return;
    }
    // the page's shop stays the one its edits are based on: a newer revision is found at a save (409), not here
    state.etag = etag;
    if (!pane.isConnected) return;
    pane.lastChild.remove();
    bt.run = null; // a run's result is shown until the tab is drawn again
    drawTests(pane, result.tests || { conversations: [] }, result.report);
  }

  /** The tests that passed (failed) when the owner last saw them and fail (pass) in ``report``. */
  function sinceSeen(report) {
    const broke = [];
    const fixed = [];
    for (const c of (report && report.conversations) || []) {
      if (!(c.name in bt.seen) || bt.seen[c.name] === c.passed) continue;
      (c.passed ? fixed : broke).push(c.name);
    }
    return broke.length || fixed.length ? { broke, fixed, since: true } : {};
  }

  function drawTests(pane, section, report) {
    const head = pane.firstChild;
    const tests = section.conversations || [];
    const results = (report && report.conversations) || [];
    bt.seen = Object.fromEntries(results.map((r) => [r.name, r.passed]));
    const passed = results.filter((r) => r.passed).length;
    const runButton = h('button', { type: 'button', class: 'btn primary cx-run', text: '全部运行', disabled: !tests.length,
      onclick: () => X.busy(runButton, '正在运行…', async () => {
        let run;
        try {
          run = await api('POST', '/tests/run', { json: {} });
        } catch (e) {
          X.editFailed(e, '没有运行');
          return;
        }
        // a run of the live shop says nothing changed: compared here with what the owner saw last
        if (!(run.broke || []).length && !(run.fixed || []).length) Object.assign(run, sinceSeen(run.report));
        bt.run = run;
        drawTests(pane, section, run.report);
      }) });
    const addButton = h('button', { type: 'button', class: 'btn cx-add', text: '+ 加一个测试',
      onclick: () => { bt.editing = 'new'; drawTests(pane, section, report); } });
    const parts = [
      h('div', { class: 'cx-tests-bar' }, runButton, addButton,
        tests.length ? h('span', { class: ['cx-tests-sum', passed === tests.length ? 'ok-text' : 'error-text'],
          text: results.length ? `共 ${tests.length} 个测试：${passed} 个通过，${results.length - passed} 个没通过` : `共 ${tests.length} 个测试` }) : null),
    ];
    if (bt.run) parts.push(runSummary(bt.run));
    if (bt.editing === 'new') parts.push(testForm(section, null));
    if (!tests.length && bt.editing !== 'new') {
      parts.push(h('p', { class: 'empty', text: '还没有测试。点「+ 加一个测试」写一个，或者在「对话记录」里打开一段对话，点「把这段对话加为测试」。' }));
    }
    tests.forEach((test, i) => {
      parts.push(bt.editing === i ? testForm(section, i) : testCard(section, i, results[i], pane, report));
    });
    put(pane, head, ...parts);
  }

  function runSummary(run) {
    const report = run.report || {};
    const box = h('div', { class: ['cx-run-result', (run.broke || []).length || !report.passed ? 'cx-run-bad' : 'cx-run-good'], role: 'status' },
      h('p', { class: 'cx-run-message', text: run.message
        || `运行完了：${report.conversations_passed ?? 0}/${report.conversations_total ?? 0} 个测试通过。` }));
    if (run.since) add(box, h('p', { class: 'small', text: '和你上次在这里看到的结果相比：' }));
    if ((run.broke || []).length) add(box, h('p', { class: 'cx-broke' }, '从通过变成失败：', run.broke.map((n) => h('strong', { class: 'cx-name', text: `「${n}」` }))));
    if ((run.fixed || []).length) add(box, h('p', { class: 'cx-fixed' }, '从失败变成通过：', run.fixed.map((n) => h('strong', { class: 'cx-name', text: `「${n}」` }))));
    return box;
  }

  function expectation(turn) {
    const bits = [];
    const list = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
    if (list(turn.contains).length) bits.push(`回复里要有「${list(turn.contains).join('」「')}」`);
    if (list(turn.contains_any).length) bits.push(`回复里要有「${list(turn.contains_any).join('」「')}」中的一个`);
    if (list(turn.not_contains).length) bits.push(`不能有「${list(turn.not_contains).join('」「')}」`);
    if (list(turn.intent).length) bits.push(`读成「${list(turn.intent).map(X.intentTitle).join('」或「')}」`);
    if (list(turn.mode).length) bits.push(`${list(turn.mode).map(modeLabel).join('或')}`);
    return bits.length ? bits.join('；') : '（没写要求）';
  }

  function testCard(section, i, result, pane, report) {
    const test = section.conversations[i];
    const status = result ? (result.passed ? ['通过', 'cx-pass'] : ['没通过', 'cx-fail']) : ['还没运行', 'cx-unrun'];
    const confirm = h('div', { class: 'confirm cx-confirm', hidden: true });
    const remove = h('button', { type: 'button', class: 'btn small ghost cx-remove', text: '删除', onclick: () => {
      const yes = h('button', { type: 'button', class: 'btn small danger', text: '确定删除' });
      yes.addEventListener('click', () => X.busy(yes, '删除中…', () => {
        const next = { ...section, conversations: section.conversations.filter((_, j) => j !== i) };
        return saveTests(next, `已删除测试「${test.name}」`, null);
      }));
      put(confirm, h('p', { text: `确定删除测试「${test.name}」吗？删掉后可以在「版本」里找回来。` }),
        h('div', { class: 'case-actions' }, yes, h('button', { type: 'button', class: 'btn small ghost', text: '取消', onclick: () => { confirm.hidden = true; } })));
      confirm.hidden = false;
    } });
    const item = test.item !== undefined ? test.item : section.item;
    return h('section', { class: ['card', 'cx-test', status[1]], dataset: { name: test.name } },
      h('div', { class: 'cx-test-head' },
        h('span', { class: ['tag', 'cx-status', status[1]], text: status[0] }),
        h('strong', { class: 'cx-test-name', text: test.name }),
        item ? h('span', { class: 'muted small', text: `在看：${productName(item)}` }) : null,
        h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'btn small cx-edit', text: '修改',
          onclick: () => { bt.editing = i; drawTests(pane, section, report); } }),
        remove),
      confirm,
      h('ol', { class: 'cx-test-turns' }, test.turns.map((turn, j) => {
        const got = result && result.turns[j];
        return h('li', { class: ['cx-test-turn', got && (got.passed ? 'cx-pass' : 'cx-fail')] },
          h('div', {}, h('span', { class: 'muted small', text: '买家说：' }), h('span', { class: 'cx-say', text: turn.say })),
          h('div', { class: 'small' }, h('span', { class: 'muted', text: '要求：' }), h('span', { class: 'cx-expect', text: expectation(turn) })),
          got && h('div', { class: 'cx-got' }, h('span', { class: 'muted small', text: '机器人说：' }), modeChip(got.mode),
            h('span', { class: 'cx-got-text', text: got.text || '（没有回复）' })),
          got && got.failures.length ? h('ul', { class: 'problems cx-failures' }, got.failures.map((f) => h('li', { text: f }))) : null);
      })));
  }

  /** "2026-12-01 10:00" (a test's time) as a datetime-local input's value. */
  const localTime = (text) => String(text || '').trim().replace(' ', 'T').slice(0, 16);

  /** The time now in Beijing, as a test writes it. */
  function beijingNow() {
    const d = new Date(Date.now() + 8 * 3600 * 1000);
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }

  const splitWords = (text) => text.split(/[,，、;；\n]+/).map((w) => w.trim()).filter(Boolean);

  function testForm(section, index) {
    const old = index === null ? { name: '', turns: [{ say: '' }] } : section.conversations[index];
    const turns = old.turns.map((t) => ({ ...t }));
    const box = h('section', { class: 'card cx-test-form', dataset: { editing: index === null ? 'new' : String(index) } });
    const slot = X.errorSlot('section-error');
    const name = h('input', { type: 'text', class: 'cx-form-name', value: old.name, maxlength: 40, placeholder: '例如：黑色M码有货' });
    const item = h('select', { class: 'cx-form-item', value: old.item !== undefined ? (old.item || '') : (section.item || '') }, productOptions('不指定商品'));
    // a test runs at a fixed time (shipping days, promotions): its own, else the section's
    const when = h('input', { type: 'datetime-local', class: 'cx-form-now', value: localTime(old.now || (section.now ? '' : beijingNow())) });
    const rows = h('ol', { class: 'cx-form-turns' });
    const field = (label, control) => h('label', { class: 'field' }, h('span', { class: 'label', text: label }), control);
    const join = (v) => (Array.isArray(v) ? v.join('，') : v || '');
    const draw = () => put(rows, ...turns.map((t, j) => h('li', { class: 'cx-form-turn' },
      field(`第 ${j + 1} 句：买家说`, h('input', { type: 'text', class: 'cx-form-say', value: t.say || '', oninput: (e) => { t.say = e.target.value; } })),
      field('回复里一定要有（几个词用逗号隔开）', h('input', { type: 'text', class: 'cx-form-contains', value: join(t.contains),
        oninput: (e) => { t.contains = splitWords(e.target.value); } })),
      field('回复里不能有（几个词用逗号隔开）', h('input', { type: 'text', class: 'cx-form-not', value: join(t.not_contains),
        oninput: (e) => { t.not_contains = splitWords(e.target.value); } })),
      field('机器人应该读成哪类问题', h('select', { class: 'cx-form-intent', value: Array.isArray(t.intent) ? t.intent[0] : (t.intent || ''),
        onchange: (e) => { t.intent = e.target.value || undefined; } }, intentOptions('不检查'))),
      turns.length > 1 && h('button', { type: 'button', class: 'btn small ghost', text: '删掉这一句',
        onclick: () => { turns.splice(j, 1); draw(); } }))));
    draw();
    const save = h('button', { type: 'button', class: 'btn primary cx-form-save', text: '保存测试', onclick: () => X.busy(save, '保存中…', () => {
      const test = { ...old, name: name.value.trim() };
      if (item.value) test.item = item.value; else if (section.item) test.item = null; else delete test.item;
      if (when.value) test.now = when.value.replace('T', ' '); else delete test.now;
      test.turns = turns.filter((t) => String(t.say || '').trim()).map((t) => {
        const out = { ...t, say: t.say.trim() };
        for (const key of ['contains', 'not_contains', 'intent']) {
          if (out[key] === undefined || out[key] === '' || (Array.isArray(out[key]) && !out[key].length)) delete out[key];
        }
        return out;
      });
      const problems = [];
      if (!test.name) problems.push('请给测试起个名字。');
      if (!test.turns.length) problems.push('至少写一句买家说的话。');
      if (!test.now && !section.now) problems.push('请写这个测试假装在什么时间问（北京时间），每次运行才会一样。');
      if ((section.conversations || []).some((c, j) => c.name === test.name && j !== index)) {
        problems.push(`已经有一个叫「${test.name}」的测试了，请换个名字。`);
      }
      if (problems.length) {
        put(slot, ...problems.map((p) => h('div', { text: p })));
        slot.hidden = false;
        return undefined;
      }
      const list = (section.conversations || []).slice();
      if (index === null) list.push(test); else list[index] = test;
      return saveTests({ ...section, conversations: list }, `已保存测试「${test.name}」`, slot);
    }) });
    add(box, 
      h('h3', { text: index === null ? '加一个测试' : `修改测试「${old.name}」` }),
      h('div', { class: 'form cx-form' },
        field('测试名', name),
        field('买家在看的商品', item),
        field(section.now ? `假装在什么时间问（北京时间；不填就是 ${section.now}）` : '假装在什么时间问（北京时间）', when),
        rows,
        h('button', { type: 'button', class: 'btn small cx-form-more', text: '+ 再加一句买家的话（同一段对话接着问）',
          onclick: () => { turns.push({ say: '' }); draw(); } })),
      slot,
      h('div', { class: 'case-actions' }, save,
        h('button', { type: 'button', class: 'btn ghost', text: '取消', onclick: () => { bt.editing = null; X.renderTab({ keepScroll: true }); } })));
    return box;
  }

  async function saveTests(section, message, slot) {
    try {
      const result = await api('PUT', '/tests', { json: { tests: section }, ifMatch: true });
      bt.editing = null;
      bt.run = null;
      await X.saved(result, `${message}，现在是第 ${result.revision} 版${testsLine(result.tests)}`);
    } catch (e) {
      if (slot && e instanceof X.ApiError && e.status === 422) {
        const problems = e.problems.length ? e.problems : [{ field: '', message: e.message }];
        put(slot, ...problems.map((p) => h('div', { text: p.field ? `${p.field}：${p.message}` : p.message })));
        slot.hidden = false;
      }
      X.editFailed(e, '测试没有保存');
    }
  }

  // ------------------------------------------------------------------ 导入千牛 (import from 千牛)

  const imp = { done: null };
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  function renderImport() {
    const file = h('input', { id: 'qianniu-file', type: 'file', accept: '.csv,.txt,.xlsx,text/csv', 'aria-label': '千牛导出的文件' });
    const result = h('div', { class: 'cx-import-result', 'aria-live': 'polite' },
      imp.done && h('p', { class: 'ok-text cx-import-done', text: imp.done }));
    const preview = h('button', { type: 'button', class: 'btn primary cx-preview', text: '看看会导入什么',
      onclick: () => X.busy(preview, '正在读…', () => previewImport(file, result)) });
    file.addEventListener('change', () => { imp.done = null; if (file.files && file.files[0]) preview.click(); });
    return h('div', { class: 'pane cx-pane cx-import' },
      h('div', { class: 'pane-head' }, h('h2', { text: '从千牛导入' }),
        h('p', { class: 'muted', text: '把千牛里的「快捷短语」和「自动回复」的关键词设置搬过来：在千牛导出成 CSV 或 Excel 文件，'
          + '在这里选这个文件，先看看会导入哪些，确认了才保存。已经有的不会重复导入。' })),
      h('section', { class: 'card' },
        h('h3', { text: '选千牛导出的文件' }),
        h('p', { class: 'muted small', text: '在千牛里把快捷短语（或者自动回复的关键词回复）导出成文件。'
          + 'CSV（UTF-8 或 GBK 都行）和 Excel（.xlsx）都可以；老的 .xls 请先在 Excel 里另存为 .xlsx。' }),
        h('div', { class: 'csv-row' }, file, preview),
        result));
  }

  async function readChosen(file) {
    const chosen = file.files && file.files[0];
    if (!chosen) return null;
    const isXlsx = /\.xlsx$/i.test(chosen.name);
    return { name: chosen.name, body: await chosen.arrayBuffer(), type: isXlsx ? XLSX : 'text/csv' };
  }

  async function previewImport(file, result) {
    const chosen = await readChosen(file);
    if (!chosen) {
      put(result, h('p', { class: 'error-text', text: '请先选一个千牛导出的文件。' }));
      return;
    }
    put(result, loading(`正在读 ${chosen.name}…`));
    let found;
    try {
      found = await api('POST', '/import/qianniu?preview=1', { raw: chosen.body, contentType: chosen.type });
    } catch (e) {
      const problems = e instanceof X.ApiError && e.problems.length ? e.problems : [];
      put(result, h('p', { class: 'error-text', role: 'alert', text: `读不了 ${chosen.name}：${e.message}` }),
        problems.length ? h('ul', { class: 'problems' }, problems.map((p) => h('li', { text: p.message }))) : null);
      return;
    }
    const phrases = found.quick_phrases || [];
    const rules = found.keyword_rules || [];
    const skipped = found.skipped || [];
    const confirm = h('button', { type: 'button', class: 'btn primary cx-import-confirm', text: '确认导入', disabled: !phrases.length && !rules.length,
      onclick: () => X.busy(confirm, '导入中…', () => saveImport(chosen, result)) });
    const table = (caption, heads, rows) => h('div', { class: 'cx-scroll' }, h('table', { class: 'cx-table' },
      h('caption', { text: caption }),
      h('thead', {}, h('tr', {}, heads.map((t) => h('th', { text: t })))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', { text: c })))))));
    put(result, 
      h('p', { class: 'cx-import-summary', text: found.summary || `读到 ${phrases.length} 条快捷短语、${rules.length} 条关键词回复` }),
      phrases.length ? table(`快捷短语（${phrases.length} 条）`, ['分组', '标题', '内容'],
        phrases.map((p) => [p.group || '', p.title || '', p.text || ''])) : null,
      rules.length ? table(`关键词回复（${rules.length} 条）`, ['关键词', '回复'],
        rules.map((r) => [(r.keywords || []).join('、'), r.reply || ''])) : null,
      skipped.length ? h('div', { class: 'cx-skipped' }, h('p', { class: 'small', text: `有 ${skipped.length} 行没有导入：` }),
        h('ul', { class: 'problems' }, skipped.map((s) => h('li', { text: `${s.sheet ? `「${s.sheet}」表` : ''}第 ${s.line} 行：${s.why}` })))) : null,
      h('div', { class: 'case-actions' }, confirm,
        h('button', { type: 'button', class: 'btn ghost', text: '不导入了', onclick: () => { file.value = ''; put(result); } })));
  }

  async function saveImport(chosen, result) {
    try {
      const saved = await api('POST', '/import/qianniu', { raw: chosen.body, contentType: chosen.type, ifMatch: true });
      imp.done = saved.summary && saved.summary !== '没有改动'
        ? `已从 ${chosen.name} 导入：${saved.summary}，现在是第 ${saved.revision} 版。`
        : `${chosen.name} 里的内容店里都已经有了，没有新加的。`;
      await X.saved(saved, imp.done);
    } catch (e) {
      result.prepend(h('p', { class: 'error-text', role: 'alert', text: `没有导入：${e.message}` }));
      X.editFailed(e, '没有导入');
    }
  }

  // ------------------------------------------------------------------ the tabs

  X.registerTab('log', '对话记录', renderLog);
  X.registerTab('dashboard', '数据看板', renderDashboard);
  X.registerTab('tests', '批量测试', renderTests);
  X.registerTab('import', '导入千牛', renderImport);
})();
