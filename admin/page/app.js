// 店小二 shop owner's page: plain ES2020, no framework, nothing from another host.
// Every element is built with document.createElement and textContent (see h() below):
// nothing the shop or a buyer wrote is ever parsed as HTML.
'use strict';

(() => {
  // ------------------------------------------------------------------ DOM helpers

  const $ = (selector, root = document) => root.querySelector(selector);
  let uid = 0;
  const nextId = (prefix) => `${prefix}-${++uid}`;

  /** An element: h('button', {class: 'btn', text: '保存', onclick: f}, child, ...). */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    let value;
    if (props) {
      for (const [key, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (key === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
        else if (key === 'text') el.textContent = String(v);
        else if (key === 'dataset') Object.assign(el.dataset, v);
        else if (key.startsWith('on') && typeof v === 'function') el.addEventListener(key.slice(2), v);
        else if (key === 'value') value = v;
        else if (['checked', 'disabled', 'hidden', 'selected', 'open', 'multiple'].includes(key)) el[key] = true;
        else el.setAttribute(key, v === true ? '' : String(v));
      }
    }
    add(el, children);
    if (value !== undefined) el.value = value;
    return el;
  }

  function add(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

  /** JSON with sorted keys, to compare two values whatever their key order. */
  function stable(v) {
    if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
    if (v && typeof v === 'object') {
      return `{${Object.keys(v).sort().filter((k) => v[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}`;
    }
    return JSON.stringify(v);
  }
  const same = (a, b) => stable(a) === stable(b);

  function formatTime(seconds) {
    if (typeof seconds !== 'number') return '';
    const d = new Date(seconds * 1000);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
  }

  // ------------------------------------------------------------------ names shown to the owner

  // Used only when the server has no Chinese name yet (admin/labels.yaml).
  const INTENT_NAMES = {
    human: '找人工·投诉', order_change: '改单·取消', logistics: '查物流', returns: '退换货',
    invoice: '开发票', payment: '付款方式', sizing: '尺码推荐', stock: '库存', shipping: '发货·运费',
    bargain: '议价·优惠', product: '商品详情', greeting: '打招呼', thanks: '感谢·下单', other: '其他',
    fallback: '拿不准时',
  };
  const PLACEHOLDER_NAMES = {
    shop_name: '店铺名', agent: '客服昵称', product: '商品名', variant: '颜色和尺码', colour: '颜色',
    colours: '有货的颜色', size: '尺码', sizes: '有货的尺码', count: '件数', alternatives: '其他有货的',
    restock_date: '补货日期', height: '身高', weight: '体重', courier: '快递', couriers: '可选快递',
    cutoff: '截单时间', ship_day: '发货日', days: '天数', region: '地区', base_fee: '运费',
    threshold: '包邮门槛', gift: '赠品', discount: '让价', promotion_name: '活动名', promotion: '活动内容',
  };
  // A buyer question to try each kind of reply with (the owner can change it).
  const SAMPLE_QUESTIONS = {
    human: '转人工', order_change: '我想改个地址', logistics: '我的快递到哪了', returns: '可以退换吗',
    invoice: '能开发票吗', payment: '能用花呗吗', sizing: '160 100斤穿什么码', stock: '黑色M码还有吗',
    shipping: '今天能发货吗', bargain: '能便宜点吗', product: '这件是什么面料', greeting: '你好',
    thanks: '好的谢谢', other: '你是机器人吗', fallback: '嗯嗯',
  };
  const MODES = {
    auto: ['自动回复', 'mode-auto'], suggest: ['建议给客服', 'mode-suggest'],
    handoff: ['转人工', 'mode-handoff'], silent: ['不回复', 'mode-silent'],
  };
  // Used only when the server sends no labels.evidence (GET /api/shops/{id}).
  const EVIDENCE_NAMES = {
    keyword: '关键词', pattern: '句式', example: '和例句相似', learned: '从例句学到的字词',
    entity: '说到的尺码、颜色、身高等', context: '接着上一句问', rule: '本店的关键词回复', attribute: '商品资料里写的属性',
  };
  // The evidence whose detail reads as words (a pattern's is a regular expression, learned's a score sheet).
  const EVIDENCE_SAID = new Set(['keyword', 'example', 'entity', 'context', 'rule', 'attribute']);
  const FLAG_REASONS = {
    quality_issue: '质量问题', price_change: '买家要改价', logistics: '查物流', complaint: '买家投诉',
    asked_for_human: '买家要找人工', handoff: '转人工', 'order_change:address': '改地址', 'order_change:merge': '合并发货',
    'order_change:cancel': '取消订单', 'order_change:general': '改订单', 'order_change:change': '改颜色或尺码',
    'order_change:phone': '改电话',
  };
  const TABS = [
    ['scripts', '话术'], ['keywords', '关键词回复'], ['phrases', '快捷短语'], ['examples', '例句'],
    ['stock', '商品与库存'], ['rules', '运费与规则'], ['versions', '版本'], ['unanswered', '未回答'],
  ];

  function intentTitle(name) {
    const found = state.shop && state.shop.intents.find((i) => i.intent === name);
    const title = found && found.title;
    return title && title !== name ? title : (INTENT_NAMES[name] || name);
  }
  const caseTitle = (c) => (c.title && c.title !== c.case ? c.title : c.case);
  const labels = () => (state.shop && state.shop.labels) || {};
  const modeTitle = (mode) => (labels().modes || {})[mode] || (MODES[mode] || [mode])[0];
  const evidenceTitle = (kind) => (labels().evidence || {})[kind] || EVIDENCE_NAMES[kind] || '其他依据';

  /** "keyword:你好(0.90)" as the owner reads it: 关键词「你好」. */
  function evidenceText(raw) {
    const match = /^([a-z_]+):(.*)\((\d+(?:\.\d+)?)\)$/s.exec(String(raw));
    if (!match) return String(raw);
    const [, kind, detail] = match;
    return EVIDENCE_SAID.has(kind) && detail ? `${evidenceTitle(kind)}「${detail}」` : evidenceTitle(kind);
  }

  function actionText(action) {
    if (action.type === 'flag') return `提醒客服：${FLAG_REASONS[action.reason] || '要人工处理'}`;
    if (action.type === 'coupon') return `给买家发 ${action.discount} 元的专属优惠券`;
    if (action.type === 'price_change') return `给买家改价便宜 ${action.discount} 元`;
    if (action.type === 'order_note') return `订单备注：${action.content || ''}`;
    return '给客服的提醒';
  }
  const placeholderTitle = (p) => (p.title && p.title !== p.name ? p.title : (PLACEHOLDER_NAMES[p.name] || p.name));

  function findCase(key) {
    if (!state.shop) return null;
    for (const intent of state.shop.intents) {
      const c = intent.cases.find((x) => x.key === key);
      if (c) return c;
    }
    return null;
  }

  function placeholderName(name) {
    for (const intent of (state.shop ? state.shop.intents : [])) {
      for (const c of intent.cases) {
        const p = c.placeholders.find((x) => x.name === name);
        if (p) return placeholderTitle(p);
      }
    }
    return PLACEHOLDER_NAMES[name] || name;
  }

  // ------------------------------------------------------------------ state

  const SESSION_KEY = 'xiaoer-admin-session';
  const state = {
    session: null, // {shop, token, editor}
    shop: null, // GET /api/shops/{id}
    etag: null,
    tab: 'scripts',
    intent: 'greeting',
    expanded: new Set(),
    replyDrafts: {}, // "intent.case" -> wordings being edited (not saved)
    tryQuestions: {}, // "intent.case" -> the buyer question of its 试一试
    sectionDrafts: {}, // section -> value being edited
    sectionModes: {}, // section -> 'form' | 'json'
    matchingDrafts: {}, // intent -> {examples, keywords}
    rulesSection: 'shipping',
    examplesIntent: 'sizing',
    sentIndex: {}, // "intent.case" -> textarea index of each wording sent (blank ones are left out)
    chat: { history: [], item: '', now: '' }, // now: the time try-it pretends ("2026-12-01T15:30"), '' = the clock
    advanced: false, // the JSON boxes shown (the 「高级」 switch)
    productDrafts: {}, // product id (or '' for a new one) -> the product being edited
    groupOpen: {}, // "intent:group" -> whether the owner opened or closed that group of cases
    productEditing: null, // the id of the product whose editor is open ('' = a new one)
    productFolds: {}, // "product:fold" -> whether that part of the product editor is open
    csvOpen: false,
  };

  // ------------------------------------------------------------------ the API

  class ApiError extends Error {
    constructor(status, error) {
      // the API's own Chinese words, else (a fault's English, meant for the log) plain Chinese
      const message = String(error.message || '');
      super(/[\u4e00-\u9fff]/.test(message) ? message
        : status >= 500 ? '服务器出错了，请稍后再试；还不行就把出错的时间告诉技术人员'
          : '这次请求没办成，请刷新页面再试一次');
      this.status = status;
      this.code = error.code || `http_${status}`;
      this.problems = Array.isArray(error.problems) ? error.problems : [];
    }
  }

  // Header values must be ASCII: the editor's name goes percent-encoded (the server decodes it).
  const headerText = (text) => encodeURIComponent(text);

  async function api(method, path, options = {}) {
    const session = state.session;
    const headers = { Authorization: `Bearer ${session.token}` };
    if (session.editor) headers['X-Xiaoer-Editor'] = headerText(session.editor);
    if (options.ifMatch) headers['If-Match'] = state.etag;
    let body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.raw !== undefined) {
      headers['Content-Type'] = options.contentType || 'application/octet-stream';
      body = options.raw;
    }
    let response;
    try {
      response = await fetch(`/api/shops/${encodeURIComponent(session.shop)}${path}`,
        { method, headers, body, cache: 'no-store', credentials: 'omit' });
    } catch (_) {
      throw new ApiError(0, { code: 'network', message: '连不上服务器：请检查网络，或者服务器是不是关了，然后再试一次' });
    }
    const text = await response.text();
    let data = null;
    if (options.text) data = text;
    else if (text) {
      try { data = JSON.parse(text); } catch (_) { data = null; }
    }
    if (!response.ok) {
      const error = data && typeof data === 'object' && data.error && typeof data.error === 'object'
        ? data.error : { code: `http_${response.status}`, message: '服务器出错了，请稍后再试。一直这样的话，请联系帮你装店小二的人' };
      throw new ApiError(response.status, error);
    }
    const etag = response.headers.get('ETag');
    if (etag) state.etag = etag;
    return data;
  }

  async function loadShop() {
    const shop = await api('GET', '');
    state.shop = shop;
    if (!state.etag) state.etag = `"rev-${shop.revision}"`;
    showHeader();
    fillProducts();
    refreshPending();
  }

  // ------------------------------------------------------------------ notices

  let noticeTimer = 0;

  function notify(kind, text, actions = []) {
    const box = $('#notice');
    clearTimeout(noticeTimer);
    box.className = `notice notice-${kind}`;
    box.replaceChildren(h('span', { class: 'notice-text', text }),
      ...actions.map(([label, action]) => h('button', { type: 'button', class: 'btn small', text: label, onclick: action })),
      h('button', { type: 'button', class: 'notice-close', 'aria-label': '关掉提示', text: '×', onclick: hideNotice }));
    box.hidden = false;
    if (kind === 'ok') noticeTimer = setTimeout(hideNotice, 10000);
  }

  function hideNotice() {
    $('#notice').hidden = true;
  }

  /** An error in the owner's words: the server's Chinese message, never a browser's English one. */
  const plainMessage = (error) => (error instanceof ApiError ? error.message : '页面出错了，请刷新页面再试一次');

  /** What to tell the owner when an edit was refused. */
  function editFailed(error, what = '没有保存') {
    if (!(error instanceof ApiError)) {
      notify('error', `${what}：${plainMessage(error)}`);
      return;
    }
    if (error.status === 409) {
      notify('warn', `${what}：别人刚刚保存了新的版本，你的修改没有覆盖它。点「重新载入」看最新的内容`
        + '（你还没保存的修改会留着），再保存一次。', [['重新载入', () => reloadEverything()]]);
    } else if (error.status === 401 || error.status === 403) {
      notify('error', `${what}：${error.message}（管理令牌可能换了，请重新登录）`, [['重新登录', () => logout()]]);
    } else if (error.status === 422 && error.problems.length) {
      const rest = fields.show(error.problems);
      const extra = rest.map((p) => `${fieldTitle(p.field)}：${plainProblem(p.message)}`).join('；');
      notify('error', `${what}：有 ${error.problems.length} 处要改，看红色的提示。${extra}`);
    } else {
      notify('error', `${what}：${error.message}`);
    }
  }

  async function busy(button, label, work) {
    const before = button.textContent;
    button.disabled = true;
    button.textContent = label;
    try {
      return await work();
    } finally {
      button.textContent = before;
      button.disabled = false;
    }
  }

  /** After a save: say so, read the shop again, draw the tab again. */
  async function saved(result, message) {
    const number = result && result.revision;
    clearTryError(); // an error shown in the try-it panel is about the edit just saved
    await loadShop();
    renderTab({ keepScroll: true });
    const text = message || `已保存，现在是第 ${number} 版`;
    const tests = result && result.tests;
    if (tests && tests.broke && tests.broke.length) { // the save stands, but the owner must see what it broke
      const undo = async () => { // back to the version before this save, itself saved as a new version
        try {
          const back = await api('POST', `/revisions/${number - 1}/rollback`, { ifMatch: true });
          await saved(back, `已撤销，回到第 ${number - 1} 版的内容，存成了第 ${back.revision} 版`);
        } catch (e) {
          editFailed(e, '没有撤销');
        }
      };
      notify('warn', `${text}。${tests.message}：${tests.broke.map((name) => `「${name}」`).join('、')}`,
        [['撤销这次修改', undo], ['去批量测试看看', () => showTab('tests')]]);
    } else if (tests && tests.fixed && tests.fixed.length) {
      notify('ok', `${text}。${tests.message}`);
    } else {
      notify('ok', text);
    }
  }

  async function reloadEverything() {
    try {
      await loadShop();
      renderTab({ keepScroll: true });
      notify('ok', `已载入最新内容（第 ${state.shop.revision} 版）`);
    } catch (e) {
      editFailed(e, '没有载入');
    }
  }

  // ------------------------------------------------------------------ inline field errors

  // Each editable field registers the path the server names it by (e.g.
  // "replies.stock.in_stock[0]", "keyword_rules[1].reply", "shipping.base_fee"); a
  // problem is shown at the field with the longest matching path.
  const fields = {
    map: new Map(),
    reset() { this.map.clear(); },
    register(path, slot, input) { this.map.set(path, { slot, input }); },
    clearShown() {
      for (const { slot, input } of this.map.values()) {
        slot.hidden = true;
        slot.replaceChildren();
        if (input) input.classList.remove('invalid');
      }
    },
    find(field) {
      let best = null;
      let length = -1;
      for (const [path, entry] of this.map) {
        if (!entry.slot.isConnected) continue;
        const hit = field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
        if (hit && path.length > length) { best = entry; length = path.length; }
      }
      return best;
    },
    /** Show problems next to their fields; the ones with no field on the page are returned. */
    show(problems) {
      this.clearShown();
      const rest = [];
      let first = null;
      for (const problem of problems) {
        const entry = this.find(sentField(String(problem.field || '')));
        if (!entry) { rest.push(problem); continue; }
        entry.slot.append(h('div', { text: plainProblem(problem.message) }));
        entry.slot.hidden = false;
        for (let fold = entry.slot.closest('details'); fold; fold = fold.parentElement.closest('details')) fold.open = true;
        if (entry.input) entry.input.classList.add('invalid');
        first = first || entry.slot;
      }
      if (first) first.scrollIntoView({ block: 'center' });
      return rest;
    },
  };

  /** A reply problem names the n-th wording sent; blank wordings were left out. */
  function sentField(field) {
    const match = /^replies\.(.+)\[(\d+)\]$/.exec(field);
    if (!match || !state.sentIndex[match[1]]) return field;
    const index = state.sentIndex[match[1]][Number(match[2])];
    return index === undefined ? field : `replies.${match[1]}[${index}]`;
  }

  /** A server's problem in words: a wording's id → 第 n 种说法, {agent} → {agent}（客服昵称）. */
  function plainProblem(message) {
    return String(message || '')
      .replace(/(?:话术\s*)?\b([a-z_]+)\.([a-z_]+)(?:#(\d+)|\s*的第\s*(\d+)\s*条)\s*/g, (all, intent, name, n, m) => {
        const c = findCase(`${intent}.${name}`);
        return `${c ? `「${caseTitle(c)}」的` : ''}第 ${n || m} 种说法`;
      })
      .replace(/\{([a-z_]+)\}(?![（(])/g, (all, name) => {
        const title = placeholderName(name);
        return title && title !== name ? `${all}（${title.replace(/[(（].*$/, '')}）` : all;
      });
  }

  function errorSlot(extraClass) {
    return h('div', { class: ['field-error', extraClass], role: 'alert', hidden: true });
  }

  // ------------------------------------------------------------------ login, header, tabs

  function showLoginError(error) {
    const box = $('#login-error');
    let text;
    const shop = state.session ? state.session.shop : '';
    if (!(error instanceof ApiError)) text = `登录失败：${plainMessage(error)}`;
    else if (error.status === 401 && error.code === 'bad_token') text = '登录失败：管理令牌不对，请检查后重新输入。';
    else if (error.status === 401 && error.code === 'missing_token') text = '登录失败：请填写管理令牌。';
    else if (error.status === 401 && error.code === 'missing_shop') text = '登录失败：请填写店铺编号。';
    else if (error.status === 401) text = `登录失败：${error.message}`;
    else if (error.status === 403) text = `登录失败：这个令牌不能管理店铺「${shop}」，请确认店铺编号，或换这家店的令牌。`;
    else if (error.status === 404) text = `登录失败：没有找到店铺「${shop}」，请检查店铺编号。`;
    else text = `登录失败：${error.message}`;
    box.textContent = text;
    box.hidden = false;
  }

  async function login(shop, token, editor) {
    $('#login-error').hidden = true;
    if (!shop || !token) {
      showLoginError(new ApiError(401, { code: shop ? 'missing_token' : 'missing_shop', message: '请填写店铺编号和管理令牌。' }));
      return false;
    }
    state.session = { shop, token, editor };
    state.etag = null;
    try {
      await loadShop();
    } catch (e) {
      showLoginError(e);
      state.session = null;
      return false;
    }
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(state.session));
    $('#login-view').hidden = true;
    $('#app').hidden = false;
    renderTabs();
    renderTab();
    renderChat();
    return true;
  }

  function logout() {
    sessionStorage.removeItem(SESSION_KEY);
    Object.assign(state, {
      session: null, shop: null, etag: null, replyDrafts: {}, sectionDrafts: {}, matchingDrafts: {},
      sentIndex: {}, chat: { history: [], item: '', now: '' }, productDrafts: {}, advanced: false, productEditing: null,
    });
    $('#try-now').value = '';
    $('#try-now-clear').hidden = true;
    $('#try-moment').hidden = true;
    closeDrawer();
    state.expanded.clear();
    $('#chat-log').replaceChildren();
    $('#app').hidden = true;
    $('#login-view').hidden = false;
    hideNotice();
    $('#login-token').value = '';
    $('#login-token').focus();
  }

  function showHeader() {
    $('#shop-name').textContent = state.shop.name;
    $('#revision').textContent = `版本 ${state.shop.revision}`;
    $('#editor-name').textContent = state.session.editor ? `编辑：${state.session.editor}` : '';
    document.title = `${state.shop.name} · 店小二店铺管理`;
  }

  function renderTabs() {
    $('#tabs').replaceChildren(...TABS.map(([id, label]) => h('button', {
      type: 'button', role: 'tab', class: 'tab', dataset: { tab: id }, text: label,
      'aria-selected': String(id === state.tab),
      onclick: () => { state.tab = id; renderTabs(); renderTab(); },
    })));
  }

  const RENDER = {};

  function renderTab(options = {}) {
    const main = $('#main');
    const top = main.scrollTop;
    fields.reset();
    main.replaceChildren(RENDER[state.tab]());
    main.scrollTop = options.keepScroll ? top : 0;
    // a sub-menu that scrolls sideways (on a phone) shows its chosen item
    for (const nav of main.querySelectorAll('.subnav')) {
      const active = nav.querySelector('.active');
      if (!active || nav.scrollWidth <= nav.clientWidth) continue;
      const left = active.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
      nav.scrollLeft = left - (nav.clientWidth - active.offsetWidth) / 2;
    }
  }

  // ------------------------------------------------------------------ pending edits

  function cleanWordings(texts) {
    const kept = [];
    const out = [];
    texts.forEach((t, i) => { if (t.trim()) { kept.push(i); out.push(t.trim()); } });
    return { texts: out, kept };
  }

  function pendingReplies() {
    const replies = clone(state.shop.data.replies || {});
    for (const [key, texts] of Object.entries(state.replyDrafts)) {
      const clean = cleanWordings(texts);
      state.sentIndex[key] = clean.kept;
      if (clean.texts.length) replies[key] = clean.texts;
      else delete replies[key];
    }
    return replies;
  }

  function pendingMatching() {
    const matching = clone(state.shop.data.matching || {});
    for (const [intent, entry] of Object.entries(state.matchingDrafts)) {
      const clean = matchingBody(entry);
      const kept = {};
      if (clean.examples.length) kept.examples = clean.examples;
      if (Object.keys(clean.keywords).length) kept.keywords = clean.keywords;
      if (Object.keys(kept).length) matching[intent] = kept;
      else delete matching[intent];
    }
    return matching;
  }

  /** Every unsaved edit, as the "pending" of POST /try: {section: whole new value}. */
  function buildPending() {
    const pending = {};
    if (Object.keys(state.replyDrafts).length) pending.replies = pendingReplies();
    if (Object.keys(state.matchingDrafts).length) pending.matching = pendingMatching();
    for (const [section, value] of Object.entries(state.sectionDrafts)) pending[section] = value;
    if (dirtyProducts().length) pending.products = pendingProducts();
    return Object.keys(pending).length ? pending : null;
  }

  /** The keys of the products being edited that differ from what is saved. */
  function dirtyProducts() {
    const products = (state.shop && state.shop.data.products) || [];
    return Object.entries(state.productDrafts).filter(([key, draft]) => {
      if (key === NEW_PRODUCT) return Boolean(draft.name || (draft.colours || []).length);
      const saved = products.find((p) => p.id === key);
      return !saved || !same(productBody(draft), productBody(saved));
    }).map(([key]) => key);
  }

  function pendingCount() {
    return Object.keys(state.replyDrafts).length + Object.keys(state.matchingDrafts).length
      + Object.keys(state.sectionDrafts).length + dirtyProducts().length;
  }

  function refreshPending() {
    const n = pendingCount();
    $('#pending-count').textContent = n ? `（${n} 处没保存）` : '（现在没有）';
    for (const el of document.querySelectorAll('[data-dirty-for]')) {
      el.hidden = !isDirty(el.dataset.dirtyFor);
    }
  }

  function isDirty(what) {
    const [kind, name] = what.split(':');
    if (kind === 'reply') return name in state.replyDrafts;
    if (kind === 'intent') return Object.keys(state.replyDrafts).some((k) => k.startsWith(`${name}.`));
    if (kind === 'section') return name in state.sectionDrafts;
    if (kind === 'matching') return name in state.matchingDrafts;
    if (kind === 'product') return dirtyProducts().includes(name);
    return false;
  }

  const dirtyTag = (what, text = '未保存') => h('span', { class: 'tag tag-dirty', text, dataset: { dirtyFor: what }, hidden: !isDirty(what) });

  window.addEventListener('beforeunload', (event) => {
    if (state.session && pendingCount()) event.preventDefault();
  });

  // ------------------------------------------------------------------ 话术 (reply wordings)

  const baseWordings = (c) => (c.custom && c.custom.length ? c.custom : c.defaults);
  const currentWordings = (c) => state.replyDrafts[c.key] || baseWordings(c);

  // The cases of the intents that have many, by what they are about (the rest: 其他情况).
  const CASE_GROUPS = {
    stock: [
      ['有货', ['in_stock', 'in_stock_count', 'low_stock', 'low_stock_count', 'not_enough', 'not_enough_count',
        'enough', 'enough_low', 'enough_count']],
      ['卖完、补货和预售', ['sold_out', 'sold_out_restock', 'sold_out_restock_only', 'sold_out_restock_passed', 'sold_out_restock_some', 'sold_out_restock_each',
        'sold_out_none', 'sold_out_final', 'sold_out_final_none', 'not_made', 'sold_out_no_date', 'all_sold_out', 'presale', 'uncounted']],
      ['列出有货的颜色尺码', ['colour_sizes', 'colour_sizes_low', 'colour_sizes_out', 'size_colours', 'overview', 'overview_out', 'only_colour']],
      ['没有这个颜色尺码、不知道是哪款', ['no_such_colour', 'no_such_colour_stated', 'colour_stated', 'no_such_size', 'no_such_colour_elsewhere',
        'no_such_size_elsewhere', 'which_product', 'not_sold', 'not_sold_apart', 'when_stated', 'why_out', 'catalogue', 'made_to_order', 'several']],
    ],
    shipping: [
      ['什么时候发货', ['ship_today', 'ship_later', 'ship_unknown', 'today_unknown', 'product_ship_time', 'own_same_day', 'own_same_day_passed', 'own_paid_late', 'own_day_off', 'own_weekday_off', 'own_delivery', 'ship_day_courier',
        'ship_day_courier_free', 'paid_late', 'weekday_yes',
        'weekday_no', 'weekday_no_own', 'weekend_yes', 'weekend_saturday', 'weekend_sunday', 'weekend_no', 'weekday_unknown', 'ordered_before', 'order_pending', 'presale', 'sold_out', 'sold_out_restock', 'sold_out_restock_own', 'sold_out_restock_days', 'sold_out_besides', 'sold_out_besides_restock', 'origin',
        'no_rush', 'service_unknown', 'promotion_delay']],
      ['发什么快递', ['courier_default', 'courier_only', 'courier_ok', 'courier_surcharge', 'courier_free_over', 'courier_free_over_reached', 'courier_free_over_short', 'courier_ok_except', 'courier_surcharge_except', 'courier_ok_days',
        'courier_some_regions', 'courier_surcharge_days', 'courier_no', 'courier_not_there', 'courier_not_for_product', 'courier_usual_for_product', 'courier_refused', 'option_ship_time',
        'courier_product', 'courier_product_surcharge', 'courier_avoid', 'own_terms']],
      ['运费和包邮', ['fee_item_free', 'fee_item_paid', 'fee_free', 'fee_free_except', 'fee_threshold', 'fee_paid', 'fee_free_which',
        'fee_threshold_which', 'fee_paid_which', 'fee_free_courier', 'fee_threshold_courier', 'fee_paid_courier',
        'region_free', 'region_threshold', 'region_paid']],
      ['几天到、偏远地区和港澳台', ['delivery', 'delivery_default', 'delivery_dates', 'delivery_default_dates', 'delivery_own_by', 'delivery_default_own_by', 'delivery_dates_paid', 'delivery_default_dates_paid', 'delivery_day_unknown', 'delivery_default_day_unknown', 'delivery_own', 'delivery_default_own', 'product_area', 'product_areas', 'areas_all', 'areas_except', 'arrive_yes', 'arrive_no', 'arrive_maybe', 'arrive_unknown', 'region_days_unknown', 'days_unknown', 'road_days_unknown', 'arrive_paid_yes', 'arrive_paid_no', 'arrive_paid_maybe', 'remote', 'region_surcharge',
        'remote_courier', 'remote_fee', 'remote_fee_courier', 'region_surcharge_fee', 'remote_free', 'special', 'special_no', 'no_delivery', 'abroad']],
      ['节假日发货', ['days_off', 'days_off_missed', 'days_off_now', 'days_off_unknown', 'days_off_fixed',
        'days_off_unknown_own', 'days_off_own', 'days_off_none', 'holiday_open']],
    ],
    sizing: [
      ['推荐尺码', ['recommend', 'recommend_adjusted', 'recommend_by', 'weight_stated', 'weight_past', 'between', 'usual_size', 'size_not_made', 'cup_beyond', 'can_wear', 'cannot_wear', 'can_wear_by', 'cannot_wear_by']],
      ['先问身高体重、超出尺码表', ['need_weight', 'need_height', 'need_measures', 'need_measure', 'out_of_chart',
        'out_of_chart_by', 'fit_beyond']],
      ['偏大偏小', ['fit_small', 'fit_regular', 'fit_large', 'fit_note', 'by_shoe_size']],
      ['尺寸和规格', ['measurement', 'measurement_all', 'size_range', 'size_range_by', 'no_chart', 'fact_unknown', 'dimensions', 'size_of_length', 'for_people', 'past_people', 'named_size', 'named_sizes', 'size_list', 'larger', 'smaller', 'largest_already', 'smallest_already',
        'which_product']],
    ],
    bargain: [
      ['讲价', ['hold', 'hold_promotion', 'hold_bulk', 'hold_bulk_promotion', 'hold_price', 'hold_price_promotion', 'unclear', 'gift', 'gift_also', 'gift_stated', 'gift_sold_apart', 'coupon', 'gift_coupon', 'final', 'final_coupon',
        'final_none', 'fixed', 'fixed_promotion', 'fixed_coupon', 'fixed_promotion_coupon', 'fixed_bulk', 'fixed_product', 'fixed_product_promotion', 'fixed_product_coupon', 'fixed_product_promotion_coupon', 'fixed_product_bulk', 'tmall', 'tmall_promotion', 'no_gift',
        'no_gift_coupon']],
      ['价格和多件优惠', ['price', 'prices', 'prices_gap', 'prices_gap_net', 'prices_gap_each', 'prices_same', 'shop_prices', 'which_product', 'part_price', 'priced_by', 'priced_by_prices', 'price_moves', 'promotion_there', 'promotion_not_there', 'promotion_places', 'mix_yes', 'mix_no', 'mix_stated_yes', 'mix_stated_no', 'mix_unknown', 'characters_free', 'characters_extra', 'characters_past', 'promotion_own', 'price_total', 'price_total_coupon', 'price_total_bulk', 'price_total_bulk_terms', 'price_total_halved_bulk', 'prices_total', 'prices_total_off', 'prices_total_bulk', 'prices_total_off_each', 'prices_promotion', 'prices_terms', 'promotion_excluded', 'promotion_includes', 'gift_variant_in', 'gift_variant_out', 'price_total_short', 'price_total_short_coupon', 'gift_reached', 'price_total_off', 'price_promotion', 'price_total_terms', 'price_total_free', 'price_total_free_coupon',
        'price_net', 'price_net_short', 'price_net_short_coupon', 'price_net_told', 'price_share_off', 'price_share_off_short', 'price_net_told_coupon', 'price_net_told_coupon_unknown', 'promotion_offset', 'in_packs', 'price_net_coupon', 'prices_net_coupon', 'prices_net_told', 'prices_net_told_coupon', 'price_total_off_coupon', 'bulk',
        'bulk_promotion', 'no_bulk', 'no_bulk_gift', 'no_bulk_gift_coupon', 'stock_short', 'stock_none', 'stock_none_restock', 'stock_presale', 'bulk_stated', 'bulk_stated_total', 'bulk_stated_total_terms']],
      ['活动和优惠券', ['promotions', 'promotions_coupon', 'promotions_coupon_apart', 'coupon_only', 'coupon_fits', 'coupon_short', 'coupon_short_net', 'offer_met_net', 'no_promotions', 'no_later_promotions',
        'promotion_until', 'promotion_over', 'promotion_later', 'promotion_later_coupon', 'promotion_not_for', 'promotion_not_for_others', 'price_promotions',
        'price_promotions_coupon', 'price_promotions_coupon_apart', 'price_coupon_only', 'price_no_promotions', 'price_promotion_later', 'price_promotion_later_net', 'price_promotion_until']],
      ['包邮和价保', ['free_shipping', 'free_shipping_always', 'free_shipping_no', 'price_protection', 'price_protection_over', 'price_protection_short', 'wait_covered', 'wait_running', 'wait_coming', 'wait_coming_protected', 'price_short', 'price_short_coupon', 'price_rose', 'price_rose_unknown',
        'price_protection_within', 'price_protection_order', 'no_price_protection',
        'price_protection_unknown']],
      ['好评返现', ['review_reward_no', 'review_reward_unknown']],
      ['以旧换新', ['trade_in_unknown', 'subsidy_unknown']],
      ['服务收费', ['service_unknown']],
      ['能不能叠加', ['stacking', 'stacking_unknown']],
      ['几款一起买', ['products_total', 'products_total_each', 'products_total_each_cut', 'products_total_each_short', 'products_total_each_terms', 'products_total_each_off', 'products_total_bulk', 'products_total_rate', 'products_total_terms', 'products_total_off', 'products_total_cut', 'products_total_off_coupon', 'products_total_count_cut', 'products_total_count_cut_coupon']],
    ],
    returns: [
      ['能不能退换', ['policy', 'policy_terms', 'policy_insured', 'no_policy', 'shop_none', 'let_back', 'used']],
      ['这款商品自己的退换规则', ['product_none', 'product_terms', 'product_none_insured', 'product_days', 'product_used']],
      ['运费险和退货运费', ['insurance', 'no_insurance', 'no_insurance_none', 'cost', 'cost_insured', 'cost_stated']],
      ['店家写了不退的', ['excluded']],
      ['退货地址和质量问题', ['address', 'procedure', 'address_unknown', 'quality', 'quality_note', 'harm', 'damage']],
      ['要退换和已经在办的售后', ['request', 'in_progress']],
    ],
    payment: [
      ['花呗、信用卡、货到付款', ['huabei', 'huabei_note', 'huabei_no_instalments', 'instalments_unstated', 'huabei_yes_note', 'no_huabei', 'credit_card', 'no_credit_card', 'cod',
        'no_cod', 'instalments', 'instalments_note', 'per_instalment']],
      ['其他付款方式', ['methods', 'method_ok', 'method_no', 'not_on_platform', 'not_stated', 'note', 'deposit', 'deposit_own', 'deposit_closed']],
      ['改价和付不了款', ['price_change', 'price_change_unagreed', 'price_change_tmall', 'price_change_coupon',
        'failed', 'unpaid']],
    ],
    thanks: [
      ['道谢和回应', ['thanks', 'ack', 'thinking', 'leaving']],
      ['买家说拍了', ['bought', 'bought_own', 'bought_price_cut']],
    ],
    product: [
      ['面料、做工和打理', ['material', 'care', 'colour', 'details', 'authentic', 'authentic_facts', 'own_store', 'not_own_store']],
      ['商品资料里的属性', ['facts', 'facts_past', 'facts_promotion', 'facts_partly', 'compared', 'compared_prices', 'compared_facts', 'model_fits', 'model_fits_under', 'model_not_fits', 'model_years', 'model_which', 'model_unlisted', 'model_listed', 'model_excluded', 'unknown', 'which_product', 'not_sold', 'not_sold_apart',
        'within_budget', 'recommend']],
    ],
  };

  /** An intent's cases in groups: [[name, cases], ...]; one unnamed group when it has few. */
  function caseGroups(intent) {
    const table = CASE_GROUPS[intent.intent];
    if (!table || intent.cases.length <= 6) return [['', intent.cases]];
    const placed = new Set();
    const groups = [];
    for (const [name, names] of table) {
      const cases = names.map((n) => intent.cases.find((c) => c.case === n)).filter(Boolean);
      cases.forEach((c) => placed.add(c.key));
      if (cases.length) groups.push([name, cases]);
    }
    const rest = intent.cases.filter((c) => !placed.has(c.key));
    if (rest.length) groups.push(['其他情况', rest]);
    return groups;
  }

  RENDER.scripts = () => {
    const intents = state.shop.intents;
    if (!intents.some((i) => i.intent === state.intent)) state.intent = intents[0].intent;
    const current = intents.find((i) => i.intent === state.intent);
    const nav = h('nav', { class: 'subnav', 'aria-label': '问题的种类' }, intents.map((i) => h('button', {
      type: 'button', class: ['subnav-item', i.intent === state.intent && 'active'], dataset: { intent: i.intent },
      onclick: () => { state.intent = i.intent; renderTab(); },
    }, h('span', { text: intentTitle(i.intent) }),
    i.cases.some((c) => c.custom) && h('span', { class: 'dot dot-custom', title: '有改写过的话术' }),
    dirtyTag(`intent:${i.intent}`, '未保存'))));
    const groups = caseGroups(current);
    const list = h('div', { class: 'cases' },
      h('div', { class: 'pane-head' },
        h('h2', { text: intentTitle(current.intent) }),
        h('p', { class: 'muted', text: '每种情况下机器人怎么说：点开一种情况改写。可以写好几种说法，机器人会换着用，'
          + '花括号里的 {占位符} 会换成真实的信息。改完按「试一试」看效果，满意了再保存。' })),
      groups.length === 1 ? groups[0][1].map(caseCard) : groups.map(([name, cases], i) => {
        const id = `${current.intent}:${name}`;
        const open = id in state.groupOpen ? state.groupOpen[id]
          : i === 0 || cases.some((c) => state.expanded.has(c.key) || c.key in state.replyDrafts);
        const box = h('details', { class: 'case-group', open, dataset: { group: name } },
          h('summary', { class: 'case-group-title' }, h('span', { text: name }),
            h('span', { class: 'muted small', text: `${cases.length} 种情况` }),
            cases.some((c) => c.custom) && h('span', { class: 'dot dot-custom', title: '有改写过的话术' })),
          cases.map(caseCard));
        box.addEventListener('toggle', () => { state.groupOpen[id] = box.open; });
        return box;
      }));
    return h('div', { class: 'split' }, nav, list);
  };

  function caseCard(c) {
    const card = h('section', { class: 'case', dataset: { key: c.key } });
    drawCase(card, c);
    return card;
  }

  function drawCase(card, c) {
    const open = state.expanded.has(c.key);
    card.classList.toggle('open', open);
    const head = h('button', {
      type: 'button', class: 'case-head', 'aria-expanded': String(open),
      onclick: () => {
        if (open) state.expanded.delete(c.key); else state.expanded.add(c.key);
        drawCase(card, c);
      },
    },
    h('span', { class: 'chevron', text: open ? '▾' : '▸' }),
    h('span', { class: 'case-title', text: caseTitle(c) }),
    c.custom ? h('span', { class: 'tag tag-custom', text: '已改写' }) : h('span', { class: 'tag', text: '默认' }),
    dirtyTag(`reply:${c.key}`),
    !open && h('span', { class: 'case-preview', text: currentWordings(c)[0] || '' }));
    card.replaceChildren(head);
    if (open) card.append(caseBody(card, c));
  }

  function caseBody(card, c) {
    const texts = currentWordings(c).slice();
    if (!texts.length) texts.push('');
    let lastFocused = null;
    const generalError = errorSlot('case-error');
    fields.register(`replies.${c.key}`, generalError, null);

    const update = () => {
      const rows = Array.from(card.querySelectorAll('textarea.wording'), (t) => t.value);
      if (same(rows, baseWordings(c))) delete state.replyDrafts[c.key];
      else state.replyDrafts[c.key] = rows;
      sync();
    };

    const list = h('ol', { class: 'wordings' });
    texts.forEach((text, i) => {
      const slot = errorSlot();
      const area = h('textarea', {
        class: 'wording', rows: 2, value: text, 'aria-label': `第 ${i + 1} 种说法`, dataset: { index: i },
        oninput: update, onfocus: (e) => { lastFocused = e.target; },
      });
      fields.register(`replies.${c.key}[${i}]`, slot, area);
      list.append(h('li', { class: 'wording-row' },
        h('div', { class: 'wording-line' }, area,
          h('button', {
            type: 'button', class: 'btn small ghost remove-wording', text: '删除', title: '删掉这种说法',
            'aria-label': `删掉第 ${i + 1} 种说法`,
            onclick: () => {
              const rows = Array.from(card.querySelectorAll('textarea.wording'), (t) => t.value);
              rows.splice(i, 1);
              if (same(rows, baseWordings(c))) delete state.replyDrafts[c.key];
              else state.replyDrafts[c.key] = rows;
              drawCase(card, c);
              refreshPending();
            },
          })),
        slot));
    });

    const insert = (token) => {
      const area = lastFocused && lastFocused.isConnected ? lastFocused : card.querySelector('textarea.wording');
      const start = area.selectionStart ?? area.value.length;
      const end = area.selectionEnd ?? start;
      area.value = area.value.slice(0, start) + token + area.value.slice(end);
      area.focus();
      area.setSelectionRange(start + token.length, start + token.length);
      update();
    };

    const placeholders = h('div', { class: 'placeholders' },
      h('span', { class: 'muted small', text: '可以用的占位符（点一下插到光标处）：' }),
      c.placeholders.map((p) => h('button', {
        type: 'button', class: 'chip', title: `插入 {${p.name}}`, onclick: () => insert(`{${p.name}}`),
      }, placeholderTitle(p), ' ', h('code', { text: `{${p.name}}` }))));

    const question = h('input', {
      class: 'try-q', type: 'text', value: state.tryQuestions[c.key] ?? SAMPLE_QUESTIONS[c.key.split('.')[0]] ?? '',
      'aria-label': '试一试用的买家问题', placeholder: '买家问什么',
      oninput: (e) => { state.tryQuestions[c.key] = e.target.value; },
    });
    const answering = h('div', { class: 'answering', role: 'status', hidden: true });
    const tryButton = h('button', {
      type: 'button', class: 'btn try-case', text: '试一试',
      onclick: () => busy(tryButton, '试一试…', async () => {
        answering.hidden = true;
        const result = await tryCase(question);
        if (result) showAnswering(answering, c, result, question.value.trim());
      }),
    });
    const saveButton = h('button', {
      type: 'button', class: 'btn primary save-case', text: '保存',
      onclick: () => busy(saveButton, '保存中…', () => saveCase(c, generalError)),
    });
    const discardButton = h('button', {
      type: 'button', class: 'btn ghost discard-case', text: '放弃修改',
      onclick: () => { delete state.replyDrafts[c.key]; drawCase(card, c); refreshPending(); },
    });
    const resetButton = c.custom && h('button', {
      type: 'button', class: 'btn ghost reset-case', text: '恢复默认',
      title: '不用自己的说法了，回到店小二自带的说法',
      onclick: () => busy(resetButton, '恢复中…', () => resetCase(c)),
    });
    const status = h('span', { class: 'muted small case-status' });

    function sync() {
      const dirty = c.key in state.replyDrafts;
      saveButton.disabled = !dirty;
      discardButton.hidden = !dirty;
      status.textContent = dirty ? '有修改还没保存' : (c.custom ? '用的是你改写的说法' : '用的是默认说法');
      refreshPending();
    }

    const body = h('div', { class: 'case-body' },
      placeholders,
      list,
      h('button', {
        type: 'button', class: 'btn small add-wording', text: '+ 再加一种说法',
        onclick: () => {
          const rows = Array.from(card.querySelectorAll('textarea.wording'), (t) => t.value);
          state.replyDrafts[c.key] = [...rows, ''];
          drawCase(card, c);
          refreshPending();
          const areas = card.querySelectorAll('textarea.wording');
          areas[areas.length - 1].focus();
        },
      }),
      h('div', { class: 'case-try' }, h('span', { class: 'small', text: '买家问：' }), question, tryButton),
      answering,
      generalError,
      h('div', { class: 'case-actions' }, saveButton, discardButton, resetButton, status),
      h('p', { class: 'case-ids small muted' }, '详细：', h('code', { class: 'case-key', text: c.key })));
    sync();
    return body;
  }

  async function tryCase(question) {
    const text = question.value.trim();
    if (!text) {
      question.focus();
      return null;
    }
    $('#try-pending').checked = true;
    return sendTry([text]);
  }

  /** Why another case than ``c`` answered: the promotion running, another kind of question, ... */
  function whyAnswered(turn, other, result, c) {
    const [otherIntent, otherCase] = other.key.split('.');
    const intent = c.key.split('.')[0];
    if (otherIntent !== intent) {
      return `机器人把这句话认成了「${intentTitle(otherIntent)}」的问题，不是「${intentTitle(intent)}」`;
    }
    if (/promotion/.test(otherCase) && result.promotion) return `现在有活动「${result.promotion}」`;
    if (/promotion/.test(c.key) && !result.promotion) return '现在没有活动';
    return `这句话现在正好是这种情况：${other.title}`;
  }

  /** After 试一试 in a case card: say so when another case answers the question now. */
  function showAnswering(box, c, result, question) {
    const turn = result.turns[result.turns.length - 1];
    if (!turn || !Array.isArray(turn.cases)) return; // an older server does not say
    const keys = turn.cases.map((x) => x.key);
    const template = String(((turn.trace || {}).parts || [{}])[0]?.template || '');
    if (keys.includes(c.key)) {
      box.hidden = true;
      return;
    }
    if (!keys.length && /^keyword_rules/.test(template)) {
      box.replaceChildren(
        h('span', { text: '现在回答这句话的是「本店的关键词回复」（因为关键词回复排在所有话术前面，先命中就用它）' }),
        h('button', { type: 'button', class: 'btn small link-case', text: '去看关键词回复', onclick: () => showTab('keywords') }));
      box.hidden = false;
      return;
    }
    if (!keys.length) {
      box.replaceChildren(h('span', { text: `这句话现在没有用话术回答（${modeTitle(turn.mode)}），试试换一个问法。` }));
      box.hidden = false;
      return;
    }
    const other = turn.cases[0];
    box.replaceChildren(
      h('span', { class: 'answering-text', text: `现在回答这句话的是「${other.title}」（因为${whyAnswered(turn, other, result, c)}），`
        + '你改的这种情况这次没有用上。' }),
      h('button', { type: 'button', class: 'btn small link-case', text: '去改那种情况', onclick: () => openCase(other.key, question) }));
    box.hidden = false;
    if (narrow()) { // the card is behind the try-it drawer: say it there too
      $('#chat-log').append(h('p', { class: 'chat-note answering-note' }, box.firstChild.textContent,
        h('button', { type: 'button', class: 'btn small', text: '去改那种情况', onclick: () => { closeDrawer(); openCase(other.key, question); } })));
    }
  }

  /** Before a save: the shop's batch tests run with the edit; the names of those it would turn
   * red, or none (no tests, or the run itself failed: the save's own answer will say). */
  async function testsBroken(pending) {
    const tests = state.shop.data.tests;
    if (!tests || !Array.isArray(tests.conversations) || !tests.conversations.length) return [];
    try {
      const run = await api('POST', '/tests/run', { json: { pending } });
      return run.broke || [];
    } catch (e) {
      return [];
    }
  }

  /** Ask in the page (no browser dialog) whether to save an edit that breaks tests. */
  function confirmBreaking(slot, broke, save) {
    const yes = h('button', { type: 'button', class: 'btn danger', text: '仍然保存' });
    yes.addEventListener('click', () => busy(yes, '保存中…', save));
    slot.replaceChildren(
      h('p', { text: `这次修改会让 ${broke.length} 个测试从通过变成失败：${broke.map((n) => `「${n}」`).join('、')}。` }),
      h('div', { class: 'case-actions' }, yes,
        h('button', { type: 'button', class: 'btn ghost', text: '先不保存', onclick: () => { slot.hidden = true; } }),
        h('button', { type: 'button', class: 'btn ghost', text: '去批量测试看看', onclick: () => showTab('tests') })));
    slot.hidden = false;
  }

  async function saveCase(c, generalError, confirmed = false) {
    const rows = state.replyDrafts[c.key];
    if (!rows) return;
    const clean = cleanWordings(rows);
    if (!clean.texts.length) {
      generalError.replaceChildren(h('div', { text: '至少要写一种说法。想用回默认的说法，请点「恢复默认」。' }));
      generalError.hidden = false;
      return;
    }
    // a blank wording among others is refused, never dropped without a word
    const blank = rows.map((t, i) => (t.trim() ? -1 : i)).filter((i) => i >= 0);
    if (blank.length) {
      const problems = blank.map((i) => ({
        field: `replies.${c.key}[${i}]`, code: 'empty_wording',
        message: `第 ${i + 1} 种说法是空的：写上内容，或者点它右边的「删除」去掉这一种。`,
      }));
      state.sentIndex[c.key] = rows.map((_, i) => i);
      fields.show(problems);
      notify('error', `没有保存：「${caseTitle(c)}」有 ${blank.length} 种说法是空的，看红色的提示。`);
      return;
    }
    state.sentIndex[c.key] = clean.kept;
    if (!confirmed) { // the batch tests run first: an edit that breaks some is saved only when asked again
      const broke = await testsBroken({ replies: { ...clone(state.shop.data.replies || {}), [c.key]: clean.texts } });
      if (broke.length) {
        confirmBreaking(generalError, broke, () => saveCase(c, generalError, true));
        return;
      }
    }
    try {
      const result = await api('PUT', `/replies/${encodeURIComponent(c.key)}`, { json: { texts: clean.texts }, ifMatch: true });
      delete state.replyDrafts[c.key];
      await saved(result);
    } catch (e) {
      editFailed(e);
    }
  }

  async function resetCase(c) {
    try {
      const result = await api('PUT', `/replies/${encodeURIComponent(c.key)}`, { json: { texts: [] }, ifMatch: true });
      delete state.replyDrafts[c.key];
      await saved(result, `已恢复默认说法，现在是第 ${result.revision} 版`);
    } catch (e) {
      editFailed(e, '没有恢复');
    }
  }

  // ------------------------------------------------------------------ generic forms

  const F = (key, label, type, extra = {}) => ({ key, label, type, ...extra });
  const WEEKDAYS = [['mon', '周一'], ['tue', '周二'], ['wed', '周三'], ['thu', '周四'], ['fri', '周五'], ['sat', '周六'], ['sun', '周日']];
  const intentOptions = () => (state.shop ? state.shop.intent_names : []).map((n) => [n, intentTitle(n)]);

  const FORMS = {
    keyword_rules: {
      intro: '买家的话里有这些词，就直接回这段话（在所有其他规则之前，排在前面的先用）。投诉类的话仍然会转人工。',
      list: F('keyword_rules', '关键词回复', 'list', {
        itemTitle: (item, i) => `第 ${i + 1} 条：${(item.keywords || []).join('、') || '（还没写关键词）'}`,
        newItem: () => ({ keywords: [], reply: '', match: 'any', intent: 'other' }),
        addLabel: '+ 加一条关键词回复',
        fields: [
          F('keywords', '关键词（用逗号或空格隔开）', 'words', { placeholder: '例如：定制，刻字' }),
          F('match', '什么时候算命中', 'select', { options: [['any', '含有任意一个关键词'], ['all', '所有关键词都含有']], def: 'any' }),
          F('reply', '回复', 'textarea', { help: '可以用 {shop_name}（店铺名）和 {agent}（客服昵称）' }),
          F('intent', '算作哪类问题（统计用）', 'select', { options: intentOptions, def: 'other' }),
        ],
      }),
    },
    quick_phrases: {
      intro: '客服值班时，机器人拿不准的问题会把这些短语和推荐回复一起给客服点选。',
      list: F('quick_phrases', '快捷短语', 'list', {
        itemTitle: (item, i) => `第 ${i + 1} 条：${item.title || '（还没写标题）'}`,
        newItem: () => ({ title: '', text: '', intents: [] }),
        addLabel: '+ 加一条快捷短语',
        fields: [
          F('title', '标题（20 字以内）', 'text'),
          F('text', '短语', 'textarea', { help: '可以用 {shop_name}（店铺名）和 {agent}（客服昵称）' }),
          F('intents', '适合哪些问题（都不勾就每次都给）', 'checks', { options: intentOptions }),
        ],
      }),
    },
    shop: {
      title: '店铺信息',
      fields: [
        F('name', '店铺名称', 'text'),
        F('platform', '平台', 'select', { options: [['taobao', '淘宝'], ['tmall', '天猫'], ['jd', '京东'], ['pinduoduo', '拼多多']], def: 'taobao' }),
        F('agent_nickname', '客服昵称（话术里的 {agent}）', 'text', { def: '小二' }),
        F('authenticity', '正品说明（买家问是不是正品时说）', 'textarea'),
      ],
    },
    settings: {
      title: '回复门槛',
      fields: [
        F('auto_threshold', '自动回复门槛（0 到 1，越高越谨慎）', 'number', { def: 0.8, step: 0.01 }),
        F('suggest_threshold', '给客服建议的门槛（0 到 1）', 'number', { def: 0.4, step: 0.05 }),
        F('show_stock_counts', '告诉买家具体还剩几件', 'bool', { def: false }),
        F('low_stock_at', '剩几件以下算「库存不多」', 'int', { def: 5 }),
      ],
    },
    autoreply: {
      title: '自动回复',
      fields: [
        F('mode', '机器人什么时候自己回复', 'select', {
          def: 'conditional',
          options: [['conditional', '满足下面任一条件时'], ['always', '有把握就回复'], ['never', '从不自己回复，只给客服建议']],
        }),
        F('when', '条件', 'checks', {
          def: ['busy', 'away', 'offline'],
          options: [['busy', '客服忙'], ['away', '客服暂时离开'], ['offline', '客服都不在线'], ['first_of_day', '买家当天第一句话']],
        }),
        F('handoff_silence_minutes', '转人工后机器人安静多少分钟', 'number', { def: 30 }),
        F('burst_seconds', '买家连发几条时，几秒内的只回一次', 'number', { def: 5 }),
      ],
    },
    shipping: {
      title: '发货与运费',
      fields: [
        F('ship_from', '发货省份', 'text'),
        F('ship_from_city', '发货城市', 'text'),
        F('cutoff', '每天截单时间（这之前付款当天发）', 'time', { def: '16:00' }),
        F('working_days', '哪些天发货', 'checks', { options: WEEKDAYS, def: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }),
        F('holidays', '不发货的日子（一行一个，例如 2027-01-01）', 'lines'),
        F('default_courier', '默认快递', 'text'),
        F('couriers', '可以发的快递', 'list', {
          newItem: () => ({ name: '', surcharge: 0 }), addLabel: '+ 加一家快递', compact: true,
          fields: [F('name', '快递', 'text'), F('surcharge', '要补的差价（元）', 'number', { def: 0 }),
            F('free_over', '订单满多少元不用补（空着 = 都要补）', 'number', { empty: undefined })],
        }),
        F('base_fee', '基本运费（元，不包邮时收）', 'number', { def: 0 }),
        F('free_shipping_over', '满多少元包邮（0 = 全部包邮，空着 = 不包邮）', 'number', { empty: null }),
        F('free_shipping_items', '满几件包邮（例如 3；空着 = 不按件数；和上面的金额写一个或都写）', 'number', { empty: undefined }),
        F('delivery_days', '发到各省几天到（一行一个，例如：浙江 1-2）', 'rangemap'),
        F('default_delivery_days', '其他地区几天到', 'range', { empty: undefined }),
        F('remote_regions', '偏远地区（用逗号隔开）', 'words'),
        F('remote_surcharge', '偏远地区加收运费（元）', 'number', { def: 0 }),
        F('remote_free_shipping', '偏远地区包不包邮', 'tristate', { none: '没写：只说另加多少', yes: '也按普通规则包邮，不加钱', no: '不参加包邮：基础运费加偏远加收' }),
        F('special_regions', '港澳台', 'object', {
          fields: [
            F('ships', '发港澳台', 'bool', { def: false }),
            F('fee', '港澳台运费（元）', 'number', { def: 0 }),
            F('courier', '快递', 'text', { empty: undefined }),
            F('days', '几天到', 'range', { empty: undefined }),
          ],
        }),
      ],
    },
    bargain: {
      title: '议价',
      fields: [
        F('negotiable', '可以议价（不勾就回复「不议价」）', 'bool', { def: true }),
        F('max_discount', '最后一轮最多便宜多少元（0 = 不让价）', 'number', { def: 0 }),
        F('gift', '第二轮可以送的赠品', 'text', { empty: undefined }),
        F('coupon', '店铺优惠券', 'object', {
          optional: '有店铺优惠券',
          fields: [F('min_spend', '满（元）', 'number'), F('amount', '减（元）', 'number')],
        }),
        F('bulk', '多件优惠', 'object', {
          optional: '买多件有优惠',
          fields: [F('min_items', '至少几件', 'int'), F('rate', '折扣（0.95 = 九五折）', 'number', { step: 0.01 })],
        }),
      ],
    },
    promotions: {
      title: '活动',
      list: F('promotions', '活动', 'list', {
        itemTitle: (item, i) => `第 ${i + 1} 个活动：${item.name || '（还没写名字）'}`,
        newItem: () => ({ name: '', description: '' }),
        addLabel: '+ 加一个活动',
        fields: [
          F('name', '活动名', 'text'),
          F('description', '活动内容（原样告诉买家）', 'textarea'),
          F('start', '开始日期（不填 = 已开始）', 'date', { empty: undefined }),
          F('end', '结束日期（不填 = 一直有效）', 'date', { empty: undefined }),
        ],
      }),
    },
    returns: {
      title: '退换货',
      fields: [
        F('no_reason_days', '几天无理由退换', 'int'),
        F('shipping_insurance', '订单有运费险', 'bool'),
        F('conditions', '退换条件', 'textarea'),
        F('address_note', '退货地址怎么找', 'textarea'),
      ],
    },
    invoice: {
      title: '发票',
      fields: [
        F('available', '能开发票', 'bool'),
        F('kinds', '发票种类（一行一种）', 'lines'),
        F('note', '说明', 'textarea'),
      ],
    },
    payment: {
      title: '付款方式',
      fields: [
        F('alipay', '支付宝', 'bool'),
        F('huabei', '花呗', 'bool'),
        F('instalments', '花呗分期期数（用逗号隔开，例如 3, 6, 12）', 'numbers'),
        F('credit_card', '信用卡', 'bool'),
        F('cash_on_delivery', '货到付款', 'bool'),
      ],
    },
  };
  const RULE_SECTIONS = ['shipping', 'bargain', 'promotions', 'autoreply', 'returns', 'invoice', 'payment', 'settings', 'shop'];

  const shortLabel = (label) => String(label).replace(/（.*$/, '');

  /** A form field's label in FORMS: section "shipping", key "base_fee" → 基本运费. */
  function formLabel(section, key) {
    const spec = FORMS[section];
    if (!spec) return '';
    const list = spec.list ? spec.list.fields : spec.fields;
    const found = (list || []).find((f) => f.key === key);
    return found ? shortLabel(found.label) : '';
  }

  /** The field a server problem names, as the owner calls it: "shipping.base_fee" → 「发货与运费」的基本运费.
   * The server's names (labels.fields, by path without the [n]) first, the page's own form labels else. */
  function fieldTitle(path) {
    const field = String(path || '');
    const bare = field.replace(/\[\d+\]/g, '');
    const server = labels().fields || {};
    let m = /^replies\.([^[]+)(?:\[(\d+)\])?/.exec(field);
    if (m) {
      const c = findCase(m[1]);
      const name = c ? `「${caseTitle(c)}」` : '这种情况';
      if (m[2] === undefined) return `${name}的说法`;
      const index = (state.sentIndex[m[1]] || [])[Number(m[2])] ?? Number(m[2]);
      return `${name}的第 ${index + 1} 种说法`;
    }
    m = /^products\[(\d+)\]\.?(.*)$/.exec(field);
    if (m) {
      const product = productAt(Number(m[1]));
      const rest = m[2].replace(/\[\d+\]/g, '');
      const what = (rest && server[`products.${rest}`]) || PRODUCT_FIELD_NAMES[rest.split('.')[0]] || '';
      return `商品${product ? `「${product}」` : ''}${what ? `的${what}` : ''}`;
    }
    m = /^matching\.([a-z_]+)/.exec(field);
    if (m) return `「${intentTitle(m[1])}」的例句和关键词`;
    const [section, key] = bare.split('.');
    const title = server[section] || (state.shop && state.shop.sections[section]) || '店铺文件';
    const what = key ? (server[bare] || formLabel(section, key) || server[`${section}.${key}`] || '') : '';
    m = /^(keyword_rules|quick_phrases|promotions)\[(\d+)\]/.exec(field);
    if (m) return `第 ${Number(m[2]) + 1} 条${title}${what ? `的${what}` : ''}`;
    return what ? `「${title}」的${what}` : `「${title}」`;
  }

  const splitWords = (text) => text.split(/[,，、;；\s]+/).map((w) => w.trim()).filter(Boolean);

  /** One field of a form bound to obj[field.key]; path is how the server names it. */
  function formField(f, obj, path, changed, redraw) {
    const fpath = path ? `${path}.${f.key}` : f.key;
    const id = nextId('f');
    const current = obj[f.key] !== undefined ? obj[f.key] : f.def;
    const set = (v) => {
      if (v === undefined) delete obj[f.key]; else obj[f.key] = v;
      changed();
    };
    const emptyValue = 'empty' in f ? f.empty : undefined;
    const slot = errorSlot();
    let control;
    let label = h('label', { for: id, text: f.label });
    switch (f.type) {
      case 'text':
        control = h('input', { id, type: 'text', value: current ?? '', placeholder: f.placeholder,
          oninput: (e) => set(e.target.value === '' && 'empty' in f ? emptyValue : e.target.value) });
        break;
      case 'textarea':
        control = h('textarea', { id, rows: 3, value: current ?? '', oninput: (e) => set(e.target.value) });
        break;
      case 'number':
      case 'int':
        control = h('input', { id, type: 'number', step: f.type === 'int' ? 1 : (f.step || 'any'), min: 0,
          value: current ?? '',
          oninput: (e) => set(e.target.value === '' ? emptyValue : Number(e.target.value)) });
        break;
      case 'bool':
        control = h('input', { id, type: 'checkbox', checked: Boolean(current), onchange: (e) => set(e.target.checked) });
        label = h('label', { for: id, class: 'check' }, control, h('span', { text: f.label }));
        break;
      case 'select': {
        const options = typeof f.options === 'function' ? f.options() : f.options;
        control = h('select', { id, value: current ?? '', onchange: (e) => set(e.target.value === '' && 'empty' in f ? emptyValue : e.target.value) },
          options.map(([v, text]) => h('option', { value: v, text })));
        break;
      }
      case 'tristate': // null / true / false: 按店铺的 / 是 / 不
        control = h('select', { id, value: current === true ? 'yes' : (current === false ? 'no' : ''),
          onchange: (e) => set(e.target.value === '' ? undefined : e.target.value === 'yes') },
        h('option', { value: '', text: f.none }), h('option', { value: 'yes', text: f.yes }), h('option', { value: 'no', text: f.no }));
        break;
      case 'pairs': { // one "name：value" a line: {保质期: 12个月}, {XL: 179}, {雾霾蓝: [蓝色, 灰蓝]}
        const shown = (v) => (Array.isArray(v) ? v.join('，') : String(v));
        const entries = Object.entries(current || {});
        control = h('textarea', { id, rows: Math.max(2, Math.min(8, entries.length + 1)), placeholder: `例如：${f.example}`,
          value: entries.map(([k, v]) => `${k}：${shown(v)}`).join('\n'),
          oninput: (e) => {
            const map = {};
            const bad = [];
            for (const line of e.target.value.split('\n')) {
              if (!line.trim()) continue;
              const m = /^\s*(.+?)\s*[:：]\s*(.+?)\s*$/.exec(line) || /^\s*(\S+)\s+(\S.*?)\s*$/.exec(line);
              let value = m ? m[2] : null;
              if (m && f.kind === 'number') value = /^\d+(\.\d+)?(元|cm|厘米)?$/.test(value) ? parseFloat(value) : null;
              if (m && f.kind === 'words') value = splitWords(value);
              if (value === null || (Array.isArray(value) && !value.length)) bad.push(line.trim());
              else map[m[1]] = value;
            }
            slot.replaceChildren(...bad.map((line) => h('div', { text: `这一行看不懂：「${line}」，请写成「${f.example}」` })));
            slot.hidden = !bad.length;
            e.target.classList.toggle('invalid', bad.length > 0);
            if (!bad.length) set(Object.keys(map).length ? map : emptyValue);
          } });
        break;
      }
      case 'checks': {
        const options = typeof f.options === 'function' ? f.options() : f.options;
        const chosen = new Set(current || []);
        control = h('div', { class: 'checks', id, role: 'group', 'aria-label': f.label }, options.map(([v, text]) => {
          const box = h('input', { type: 'checkbox', checked: chosen.has(v), onchange: (e) => {
            if (e.target.checked) chosen.add(v); else chosen.delete(v);
            set(options.map(([o]) => o).filter((o) => chosen.has(o)));
          } });
          return h('label', { class: 'check' }, box, h('span', { text }));
        }));
        label = h('span', { class: 'label', text: f.label });
        break;
      }
      case 'lines':
        control = h('textarea', { id, rows: 3, value: (current || []).join('\n'),
          oninput: (e) => set(e.target.value.split('\n').map((s) => s.trim()).filter(Boolean)) });
        break;
      case 'words':
        control = h('input', { id, type: 'text', value: (current || []).join('，'), placeholder: f.placeholder,
          oninput: (e) => set(splitWords(e.target.value)) });
        break;
      case 'numbers':
        control = h('input', { id, type: 'text', value: (current || []).join(', '),
          oninput: (e) => {  // emptied: not stated (a person answers), not "none"
            const numbers = splitWords(e.target.value).map((w) => (/^\d+(\.\d+)?$/.test(w) ? Number(w) : w));
            set(numbers.length ? numbers : undefined);
          } });
        break;
      case 'time':
        control = h('input', { id, type: 'time', value: String(current || '').slice(0, 5),
          oninput: (e) => set(e.target.value || undefined) });
        break;
      case 'date':
        control = h('input', { id, type: 'date', value: current || '', oninput: (e) => set(e.target.value || emptyValue) });
        break;
      case 'range': {
        const pair = Array.isArray(current) ? current.slice() : ['', ''];
        const part = (i) => h('input', { type: 'number', min: 0, step: 'any', value: pair[i] ?? '',
          'aria-label': `${f.label}${i ? '最多' : '最少'}`,
          oninput: (e) => {
            pair[i] = e.target.value === '' ? '' : Number(e.target.value);
            set(pair[0] === '' && pair[1] === '' ? emptyValue : pair.slice());
          } });
        control = h('div', { class: 'range', id }, part(0), h('span', { text: '到' }), part(1), h('span', { text: f.unit ?? '天' }));
        label = h('span', { class: 'label', text: f.label });
        break;
      }
      case 'rangemap': {
        const text = Object.entries(current || {}).map(([k, [a, b]]) => `${k} ${a}-${b}`).join('\n');
        control = h('textarea', { id, rows: 4, value: text, oninput: (e) => {
          const map = {};
          const bad = [];
          for (const line of e.target.value.split('\n')) {
            if (!line.trim()) continue;
            const m = /^\s*(\S+?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*[-~～到]\s*(\d+(?:\.\d+)?)\s*天?\s*$/.exec(line);
            if (m) map[m[1]] = [Number(m[2]), Number(m[3])]; else bad.push(line.trim());
          }
          slot.replaceChildren(...bad.map((line) => h('div', { text: `这一行看不懂：「${line}」，请写成「浙江 1-2」` })));
          slot.hidden = !bad.length;
          e.target.classList.toggle('invalid', bad.length > 0);
          if (!bad.length) set(map);
        } });
        break;
      }
      case 'object': {
        const box = h('fieldset', { class: 'subform', id }, h('legend', { text: f.label }));
        const present = obj[f.key] !== undefined && obj[f.key] !== null;
        if (f.optional) {
          box.append(h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: present, onchange: (e) => {
            if (e.target.checked) obj[f.key] = {}; else delete obj[f.key];
            changed();
            redraw();
          } }), h('span', { text: f.optional })));
        }
        if (present || !f.optional) {
          // shown with its defaults; written into the section only once something is changed
          const inner = present ? obj[f.key] : {};
          const innerChanged = () => {
            if (obj[f.key] === undefined) obj[f.key] = inner;
            changed();
          };
          box.append(h('div', { class: 'subfields' }, f.fields.map((sub) => formField(sub, inner, fpath, innerChanged, redraw))));
        }
        fields.register(fpath, slot, null);
        return h('div', { class: 'field field-object' }, box, slot);
      }
      case 'list': {
        if (!Array.isArray(obj[f.key])) obj[f.key] = [];
        const items = obj[f.key];
        const box = h('div', { class: ['list', f.compact && 'compact'], id });
        items.forEach((item, i) => {
          const move = (to) => {
            const [moved] = items.splice(i, 1);
            items.splice(to, 0, moved);
            changed();
            redraw();
          };
          const itemPath = `${fpath}[${i}]`;
          const itemSlot = errorSlot();
          fields.register(itemPath, itemSlot, null);
          const removeItem = h('button', { type: 'button', class: 'btn small ghost remove-item', text: '删除',
            'aria-label': `删除第 ${i + 1} 条`, onclick: () => {
              items.splice(i, 1);
              changed();
              redraw();
            } });
          if (f.compact) {
            box.append(h('div', { class: 'list-item', dataset: { index: i } },
              h('div', { class: 'list-item-row' },
                h('div', { class: 'list-item-fields' }, f.fields.map((sub) => formField(sub, item, itemPath, changed, redraw))),
                removeItem),
              itemSlot));
            return;
          }
          box.append(h('div', { class: 'list-item', dataset: { index: i } },
            h('div', { class: 'list-item-head' },
              f.itemTitle ? h('strong', { class: 'small', text: f.itemTitle(item, i) }) : h('span'),
              h('span', { class: 'spacer' }),
              i > 0 && h('button', { type: 'button', class: 'btn small ghost', text: '上移', onclick: () => move(i - 1) }),
              i < items.length - 1 && h('button', { type: 'button', class: 'btn small ghost', text: '下移', onclick: () => move(i + 1) }),
              removeItem),
            h('div', { class: 'list-item-fields' }, f.fields.map((sub) => formField(sub, item, itemPath, changed, redraw))),
            itemSlot));
        });
        if (!items.length) box.append(h('p', { class: 'muted', text: '还没有。' }));
        box.append(h('button', { type: 'button', class: 'btn small add-item', text: f.addLabel || '+ 添加', onclick: () => {
          items.push(f.newItem());
          changed();
          redraw();
        } }));
        fields.register(fpath, slot, null);
        const title = path || !f.itemTitle ? h('span', { class: 'label', text: f.label }) : null;
        return h('div', { class: 'field field-list' }, title, box, slot);
      }
      default:
        control = h('span', { text: `（不支持的字段 ${f.type}）` });
    }
    fields.register(fpath, slot, control);
    return h('div', { class: ['field', `field-${f.type}`] }, label, f.type === 'bool' ? null : control,
      f.help && h('p', { class: 'help', text: f.help }), slot);
  }

  /** Where a JSON text stops making sense, in the owner's words (the browser's message is English). */
  function jsonProblem(text, err) {
    const at = /position (\d+)/.exec(String(err && err.message));
    if (!at) return 'JSON 格式不对：检查一下括号、引号和逗号是不是成对、有没有多写或少写。';
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `JSON 格式不对：第 ${line} 行第 ${column} 个字附近，检查一下那里的括号、引号和逗号。`;
  }

  /** A whole section (PATCH /api/shops/{id} {section: value}) as a form or as JSON. */
  function sectionEditor(section) {
    const spec = FORMS[section];
    const wrap = h('div', { class: 'section-editor', dataset: { section } });
    // the full form (every default filled in by the server), so the page never guesses a default
    const original = () => state.shop.full[section] ?? state.shop.data[section] ?? (spec.list ? [] : {});

    function draw() {
      const mode = state.advanced && state.sectionModes[section] === 'json' ? 'json' : 'form';
      let draft = state.sectionDrafts[section] !== undefined ? state.sectionDrafts[section] : clone(original());
      const generalError = errorSlot('section-error');
      const saveButton = h('button', { type: 'button', class: 'btn primary save-section', text: '保存',
        onclick: () => busy(saveButton, '保存中…', () => save()) });
      const discardButton = h('button', { type: 'button', class: 'btn ghost', text: '放弃修改',
        onclick: () => { delete state.sectionDrafts[section]; draw(); refreshPending(); } });
      const status = h('span', { class: 'muted small' });
      let jsonBroken = false;
      const sync = () => {
        const dirty = section in state.sectionDrafts;
        saveButton.disabled = !dirty || jsonBroken;
        discardButton.hidden = !dirty;
        status.textContent = jsonBroken ? 'JSON 格式不对，改好才能保存' : (dirty ? '有修改还没保存，可以先在「试一试」里问问看' : '');
        refreshPending();
      };
      const changed = () => {
        if (same(draft, original())) delete state.sectionDrafts[section];
        else state.sectionDrafts[section] = draft;
        sync();
      };
      const save = async (confirmed = false) => {
        if (!confirmed) { // the batch tests run first, as for a wording
          const broke = await testsBroken({ [section]: draft });
          if (broke.length) {
            confirmBreaking(generalError, broke, () => save(true));
            return;
          }
        }
        try {
          const result = await api('PATCH', '', { json: { [section]: draft }, ifMatch: true });
          delete state.sectionDrafts[section];
          await saved(result);
        } catch (e) {
          editFailed(e);
        }
      };

      let content;
      if (mode === 'json') {
        const area = h('textarea', { class: 'json', rows: 22, spellcheck: 'false', value: JSON.stringify(draft, null, 2),
          'aria-label': `${state.shop.sections[section] || section}（JSON）`,
          oninput: (e) => {
            try {
              draft = JSON.parse(e.target.value);
              jsonBroken = false;
              generalError.hidden = true;
              changed();
            } catch (err) {
              jsonBroken = true;
              generalError.replaceChildren(h('div', { text: jsonProblem(e.target.value, err) }));
              generalError.hidden = false;
              sync();
            }
          } });
        content = h('div', { class: 'json-editor' }, area);
      } else if (spec.list) {
        const holder = { [section]: draft };
        content = formField(spec.list, holder, '', changed, draw);
      } else {
        content = h('div', { class: 'form' }, spec.fields.map((f) => formField(f, draft, section, changed, draw)));
      }
      fields.register(section, generalError, null);
      // the JSON box is for the few who know JSON: behind the 「高级」 switch, off by default
      const advanced = h('label', { class: 'check advanced-switch small', title: '给懂 JSON 的人用：直接改这一部分的原始内容' },
        h('input', { type: 'checkbox', checked: state.advanced, onchange: (e) => {
          state.advanced = e.target.checked;
          draw();
        } }), h('span', { text: '高级' }));
      const toggle = state.advanced && h('button', { type: 'button', class: 'btn small ghost json-toggle',
        text: mode === 'json' ? '用表单改' : '直接改 JSON',
        onclick: () => { state.sectionModes[section] = mode === 'json' ? 'form' : 'json'; draw(); } });
      wrap.replaceChildren(
        h('div', { class: 'pane-head' },
          h('h2', {}, spec.title || state.shop.sections[section] || section, ' ', dirtyTag(`section:${section}`)),
          spec.intro && h('p', { class: 'muted', text: spec.intro }),
          h('div', { class: 'pane-tools' }, advanced, toggle)),
        content,
        generalError,
        h('div', { class: 'case-actions sticky-actions' }, saveButton, discardButton, status));
      sync();
    }
    draw();
    return wrap;
  }

  // ------------------------------------------------------------------ 关键词回复, 快捷短语, 运费与规则

  RENDER.keywords = () => sectionEditor('keyword_rules');
  RENDER.phrases = () => sectionEditor('quick_phrases');

  RENDER.rules = () => {
    const nav = h('nav', { class: 'subnav', 'aria-label': '规则' }, RULE_SECTIONS.map((s) => h('button', {
      type: 'button', class: ['subnav-item', s === state.rulesSection && 'active'], dataset: { section: s },
      onclick: () => { state.rulesSection = s; renderTab(); },
    }, h('span', { text: FORMS[s].title || state.shop.sections[s] || s }), dirtyTag(`section:${s}`))));
    return h('div', { class: 'split' }, nav, sectionEditor(state.rulesSection));
  };

  // ------------------------------------------------------------------ 例句 (matching)

  function savedMatching(intent) {
    const saved = (state.shop.data.matching || {})[intent] || {};
    return {
      examples: (saved.examples || []).slice(),
      keywords: Object.entries(saved.keywords || {}).map(([weight, words]) => ({ weight: String(Number(weight)), words: words.slice() })),
    };
  }

  const matchingEntry = (intent) => state.matchingDrafts[intent] || savedMatching(intent);

  function matchingBody(entry) {
    const keywords = {};
    for (const row of entry.keywords) {
      if (!row.words || !row.words.length) continue;
      const key = String(Number(row.weight));
      keywords[key] = [...(keywords[key] || []), ...row.words];
    }
    return { examples: entry.examples.filter((e) => e.trim()), keywords };
  }

  RENDER.examples = () => {
    const names = state.shop.intent_names;
    if (!names.includes(state.examplesIntent)) state.examplesIntent = names[0];
    const intent = state.examplesIntent;
    const savedCount = (name) => {
      const m = (state.shop.data.matching || {})[name] || {};
      return (m.examples || []).length + Object.values(m.keywords || {}).flat().length;
    };
    const nav = h('nav', { class: 'subnav', 'aria-label': '问题的种类' }, names.map((n) => h('button', {
      type: 'button', class: ['subnav-item', n === intent && 'active'], dataset: { intent: n },
      onclick: () => { state.examplesIntent = n; renderTab(); },
    }, h('span', { text: intentTitle(n) }), savedCount(n) ? h('span', { class: 'count', text: String(savedCount(n)) }) : null,
    dirtyTag(`matching:${n}`))));

    const pane = h('div', { class: 'section-editor' });
    const draw = () => {
      const entry = matchingEntry(intent);
      const original = matchingBody(savedMatching(intent));
      const weights = new Set(['0.9', '0.6', '0.3', ...entry.keywords.map((k) => String(k.weight))]);
      const weightNames = { 0.9: '很确定（0.9）', 0.6: '比较确定（0.6）', 0.3: '有点像（0.3）' };
      const generalError = errorSlot('section-error');
      const saveButton = h('button', { type: 'button', class: 'btn primary save-section', text: '保存',
        onclick: () => busy(saveButton, '保存中…', async () => {
          try {
            const result = await api('PUT', `/examples/${encodeURIComponent(intent)}`, { json: matchingBody(entry), ifMatch: true });
            delete state.matchingDrafts[intent];
            await saved(result);
          } catch (e) {
            editFailed(e);
          }
        }) });
      const discardButton = h('button', { type: 'button', class: 'btn ghost', text: '放弃修改',
        onclick: () => { delete state.matchingDrafts[intent]; draw(); refreshPending(); } });
      const sync = () => {
        const dirty = intent in state.matchingDrafts;
        saveButton.disabled = !dirty;
        discardButton.hidden = !dirty;
        refreshPending();
      };
      const changed = () => {
        if (same(matchingBody(entry), original)) delete state.matchingDrafts[intent];
        else state.matchingDrafts[intent] = entry;
        sync();
      };
      const redraw = draw;
      const path = `matching.${intent}`;
      fields.register(path, generalError, null);
      pane.replaceChildren(
        h('div', { class: 'pane-head' },
          h('h2', {}, `${intentTitle(intent)}的例句和关键词 `, dirtyTag(`matching:${intent}`)),
          h('p', { class: 'muted', text: '买家常用的问法写在这里，机器人就能认出来。店小二自带的例句不在这里显示，'
            + '这里只是你店里自己加的。' })),
        h('div', { class: 'form' },
          formField(F('examples', '例句（一行一句买家会说的话）', 'lines'), entry, path, changed, redraw),
          formField(F('keywords', '关键词', 'list', {
            newItem: () => ({ weight: 0.9, words: [] }), addLabel: '+ 加一组关键词', compact: true,
            fields: [
              F('weight', '有多确定', 'select', { options: () => [...weights].map((w) => [w, weightNames[w] || w]) }),
              F('words', '关键词（用逗号隔开）', 'words'),
            ],
          }), entry, path, changed, redraw)),
        generalError,
        h('div', { class: 'case-actions sticky-actions' }, saveButton, discardButton,
          h('span', { class: 'muted small', text: '改完可以先在「试一试」里问问看（勾上「用还没保存的修改」）' })));
      sync();
    };
    draw();
    return h('div', { class: 'split' }, nav, pane);
  };

  // ------------------------------------------------------------------ 商品管理 (products)

  //: What each product field is called on the page (also in server problems: products[3].price).
  const PRODUCT_FIELD_NAMES = {
    id: '商家编码', name: '商品名称', price: '价格', category: '品类', aliases: '别名', item_ids: '平台商品 ID',
    colour_label: '第一种规格的名字', colours: '颜色', size_label: '第二种规格的名字', sizes: '尺码', prices: '各规格的价格',
    variant_aliases: '颜色尺码的别名', material: '面料材质', selling_points: '卖点', care: '洗涤打理', attributes: '其他属性',
    fit: '版型', fit_note: '版型说明', size_chart: '尺码表', bra_chart: '文胸尺码表', stock: '库存', restock: '补货和预售', couriers: '快递',
    negotiable: '议价', max_discount: '最多便宜多少', returns: '退换规则',
  };
  const NEW_PRODUCT = '';

  /** The name of the product at ``index`` of the shop's list (or the new one being added). */
  function productAt(index) {
    const products = (state.shop && state.shop.data.products) || [];
    if (products[index]) return products[index].name;
    const draft = state.productDrafts[NEW_PRODUCT];
    return draft && draft.name ? draft.name : '';
  }

  /** The form of a product, in sections that fold; select options read the product's own colours and sizes. */
  function productSections(draft, isNew) {
    const colours = () => (draft.colours || []).map((c) => [c, c]);
    const sizes = () => (draft.sizes || []).map((c) => [c, c]);
    const measure = (key, label, unit) => F(key, label, 'range', { unit, empty: undefined });
    return [
      ['basics', '基本信息', [
        isNew ? F('id', '商家编码（导入库存文件时用，只能写英文字母、数字、- 和 _，例如 dress-red）', 'text')
          : F('id', '商家编码（不能改：要改请添加一个新商品，再删掉这个）', 'fixed'),
        F('name', '商品名称', 'text'),
        F('price', '价格（元）', 'number', { step: 0.01 }),
        F('category', '品类（例如 连衣裙、零食）', 'text', { empty: undefined }),
        F('aliases', '买家还会怎么叫它（用逗号隔开）', 'words', { placeholder: '例如：碎花裙，那条碎花的' }),
        F('item_ids', '平台上的商品 ID（淘宝、京东商品链接里 id= 后面的数字，用逗号隔开）', 'words', { placeholder: '例如：689012345678' }),
      ]],
      ['variants', '颜色、尺码和价格', [
        F('colour_label', '第一种规格叫什么（衣服是颜色，零食可以是口味）', 'text', { def: '颜色', empty: undefined }),
        F('colours', '有哪些（用逗号隔开）', 'words', { placeholder: '例如：黑色，米白色' }),
        F('size_label', '第二种规格叫什么（衣服是尺码，零食可以是规格）', 'text', { def: '尺码', empty: undefined }),
        F('sizes', '有哪些（用逗号隔开，从小到大）', 'words', { placeholder: '例如：S，M，L，XL' }),
        F('prices', '价格不一样的规格（一行一个；某个颜色的某个尺码单独定价写「颜色 尺码」）', 'pairs',
          { kind: 'number', example: 'XL：179' }),
        F('variant_aliases', '颜色、尺码的别名（一行一个）', 'pairs', { kind: 'words', example: '雾霾蓝：蓝色，灰蓝' }),
      ]],
      ['about', '介绍和属性', [
        F('material', '面料材质', 'textarea', { empty: undefined }),
        F('selling_points', '卖点', 'textarea', { empty: undefined }),
        F('care', '怎么洗、怎么打理', 'textarea', { empty: undefined }),
        F('attributes', '其他属性（一行一个，买家问到就照着答）', 'pairs', { kind: 'text', example: '保质期：12个月' }),
      ]],
      ['sizing', '尺码表和版型', [
        F('fit', '版型', 'select', { options: [['small', '偏小'], ['regular', '标准'], ['large', '偏大']], def: 'regular' }),
        F('fit_note', '版型说明（买家问偏大偏小时说）', 'textarea', { empty: undefined }),
        F('size_chart', '尺码表（从小码写到大码，只填用得上的）', 'list', {
          itemTitle: (row, i) => `第 ${i + 1} 行：${row.size || '（还没选尺码）'}`,
          newItem: () => ({ size: (draft.sizes || [])[(draft.size_chart || []).length] || '' }),
          addLabel: '+ 加一行尺码',
          fields: [
            F('size', '尺码', 'select', { options: () => [['', '选一个尺码'], ...sizes()] }),
            F('names', '这个码的别的叫法（例如 美码9，用逗号隔开）', 'words'),
            measure('height', '适合身高', 'cm'), measure('weight', '适合体重', '斤'), measure('foot', '脚长', 'cm'),
            measure('chest', '胸围', 'cm'), measure('waist', '腰围', 'cm'), measure('hip', '臀围', 'cm'),
            measure('age', '年龄', '岁'), measure('finger', '指围（戒指）', 'mm'),
            measure('wrist', '腕围（手镯、表带）', 'cm'), measure('head', '头围（帽子）', 'cm'),
            F('measurements', '衣服本身的尺寸（一行一个，单位 cm）', 'pairs', { kind: 'number', example: '衣长：120' }),
          ],
        }),
      ]],
      ['restock', '补货和预售', [
        F('restock', '补货和预售', 'list', {
          itemTitle: (row, i) => `第 ${i + 1} 条：${[row.colour, row.size].filter(Boolean).join(' ') || '所有颜色尺码'}`
            + `${row.presale ? ' 预售' : ' 补货'}`,
          newItem: () => ({ date: '' }),
          addLabel: '+ 加一条补货或预售',
          fields: [
            F('colour', '哪个颜色', 'select', { options: () => [['', '所有颜色'], ...colours()], empty: undefined }),
            F('size', '哪个尺码', 'select', { options: () => [['', '所有尺码'], ...sizes()], empty: undefined }),
            F('date', '哪天到货（预售就是哪天发货）', 'date'),
            F('presale', '预售：现在就能拍，到那天发货', 'bool'),
          ],
        }),
      ]],
      ['rules', '快递、议价和退换', [
        F('couriers', '这款只发这些快递（空着 = 按店铺的快递）', 'words'),
        F('negotiable', '议价', 'tristate', { none: '按店铺的议价规则', yes: '这款可以议价', no: '这款不议价' }),
        F('max_discount', '这款最多便宜多少元（空着 = 按店铺的）', 'number', { empty: undefined }),
        F('returns', '退换', 'object', {
          optional: '这款的退换规则和店铺的不一样',
          fields: [
            F('no_reason_days', '几天无理由退换（0 = 不支持无理由退换）', 'int', { empty: undefined }),
            F('note', '说明（买家问退换时说）', 'textarea', { empty: undefined }),
          ],
        }),
      ]],
    ];
  }

  const EMPTY_DROPPED = ['aliases', 'item_ids', 'category', 'material', 'selling_points', 'care', 'attributes', 'prices',
    'variant_aliases', 'fit_note', 'size_chart', 'restock', 'couriers', 'colour_label', 'size_label'];

  /** The product as PUT sends it: empty optional fields left out, the stock of removed colours and sizes dropped. */
  function productBody(draft) {
    const body = clone(draft);
    for (const key of EMPTY_DROPPED) {
      const v = body[key];
      if (v === '' || v === null || (Array.isArray(v) && !v.length) || (v && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length)) delete body[key];
    }
    for (const key of ['negotiable', 'max_discount', 'returns']) if (body[key] === null || body[key] === undefined) delete body[key];
    if (body.stock) {
      const stock = {};
      for (const [colour, row] of Object.entries(body.stock)) {
        if (!(body.colours || []).includes(colour)) continue;
        const kept = Object.fromEntries(Object.entries(row).filter(([size]) => (body.sizes || []).includes(size)));
        if (Object.keys(kept).length) stock[colour] = kept;
      }
      if (Object.keys(stock).length) body.stock = stock; else delete body.stock;
    }
    return body;
  }

  /** The products with every unsaved product edit in place (the "pending" of try-it). */
  function pendingProducts() {
    const products = clone(state.shop.data.products || []);
    for (const [key, draft] of Object.entries(state.productDrafts)) {
      const body = productBody(draft);
      const at = products.findIndex((p) => p.id === (key || body.id));
      if (at >= 0 && key) products[at] = body; else if (!key) products.push(body);
    }
    return products;
  }

  function newProductId() {
    const taken = new Set((state.shop.data.products || []).map((p) => p.id));
    let n = taken.size + 1;
    while (taken.has(`product-${n}`)) n += 1;
    return `product-${n}`;
  }

  /** The editor of one product (key: its id, or NEW_PRODUCT), drawn into ``box``. */
  function productEditor(key, box) {
    const isNew = key === NEW_PRODUCT;
    const products = state.shop.data.products || [];
    const index = isNew ? products.length : products.findIndex((p) => p.id === key);
    const original = isNew ? null : products[index];
    if (!state.productDrafts[key]) {
      state.productDrafts[key] = isNew ? { id: newProductId(), name: '', colours: [], sizes: [] } : clone(original);
    }
    const draft = state.productDrafts[key];
    const path = `products[${index}]`;
    const generalError = errorSlot('section-error');
    const status = h('span', { class: 'muted small' });
    const saveButton = h('button', { type: 'button', class: 'btn primary save-product', text: isNew ? '添加这个商品' : '保存商品资料',
      onclick: () => busy(saveButton, '保存中…', () => saveProduct(key, draft, original)) });
    const closeEditor = () => {
      delete state.productDrafts[key];
      state.productEditing = state.productEditing === key ? null : state.productEditing;
      renderTab({ keepScroll: true });
      refreshPending();
    };
    const cancel = h('button', { type: 'button', class: 'btn ghost cancel-product', text: isNew ? '不添加了' : '放弃修改', onclick: closeEditor });
    const confirmBox = h('div', { class: 'confirm', role: 'alertdialog', hidden: true });
    const remove = !isNew && h('button', { type: 'button', class: 'btn ghost remove-product', text: '删除这个商品', onclick: () => {
      const yes = h('button', { type: 'button', class: 'btn danger', text: `确定删除「${original.name}」` });
      yes.addEventListener('click', () => busy(yes, '删除中…', () => deleteProduct(original)));
      confirmBox.replaceChildren(
        h('p', { text: `删除「${original.name}」以后，买家再问这款，机器人就不认识了（它的库存也一起删掉）。删错了可以在「版本」里回到删除前的那一版。` }),
        h('div', { class: 'case-actions' }, yes, h('button', { type: 'button', class: 'btn ghost', text: '不删了', onclick: () => { confirmBox.hidden = true; } })));
      confirmBox.hidden = false;
      confirmBox.scrollIntoView({ block: 'center' });
    } });
    const changed = () => {
      const dirty = isNew || !same(productBody(draft), productBody(original));
      status.textContent = dirty ? '有修改还没保存，可以先在试一试里问问看' : '';
      saveButton.disabled = !dirty;
      refreshPending();
    };
    const draw = () => {
      const folds = productSections(draft, isNew).map(([id, title, specs], i) => {
        const open = (state.productFolds[`${key}:${id}`] ?? (i < 2));
        const fold = h('details', { class: 'product-fold', open, dataset: { fold: id } },
          h('summary', { text: title }),
          h('div', { class: 'form' }, specs.map((f) => (f.type === 'fixed'
            ? h('div', { class: 'field' }, h('span', { class: 'label', text: f.label }), h('code', { class: 'product-id', text: draft.id }))
            : formField(f, draft, path, changed, draw)))));
        fold.addEventListener('toggle', () => { state.productFolds[`${key}:${id}`] = fold.open; });
        return fold;
      });
      fields.register(path, generalError, null);
      box.replaceChildren(
        h('h3', { text: isNew ? '添加商品' : `修改「${original.name}」的资料` }),
        h('p', { class: 'muted small', text: '点标题展开或收起每一部分。库存在下面的表格里改；删掉的颜色尺码，它们的库存也会一起删掉。' }),
        ...folds,
        generalError,
        confirmBox,
        h('div', { class: 'case-actions sticky-actions' }, saveButton, cancel, remove, status));
      changed();
    };
    draw();
    return box;
  }

  /** What a product needs before the server is asked: the problems, as the server would name them. */
  function productProblems(body, index) {
    const at = (key, message) => ({ field: `products[${index}].${key}`, code: 'required', message });
    const problems = [];
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(body.id || '')) {
      problems.push(at('id', '商家编码只能用英文字母、数字、- 和 _，最多 40 个，例如 dress-red'));
    }
    if (!String(body.name || '').trim()) problems.push(at('name', '请写商品名称'));
    if (typeof body.price !== 'number' || !(body.price > 0)) problems.push(at('price', '请写价格（大于 0 的数字），例如 199'));
    const first = body.colour_label || '颜色';
    const second = body.size_label || '尺码';
    if (!(body.colours || []).length) problems.push(at('colours', `至少写一个${first}（只有一种就写「默认」）`));
    if (!(body.sizes || []).length) problems.push(at('sizes', `至少写一个${second}（不分${second}就写「均码」）`));
    return problems;
  }

  async function saveProduct(key, draft, original) {
    const body = productBody(draft);
    const name = body.name || body.id;
    const products = state.shop.data.products || [];
    const problems = productProblems(body, original ? products.indexOf(original) : products.length);
    if (problems.length) {
      fields.show(problems);
      notify('error', `${original ? `没有保存「${original.name}」` : '没有添加'}：有 ${problems.length} 处要填，看红色的提示。`);
      return;
    }
    try {
      const result = await api('PUT', `/products/${encodeURIComponent(body.id || '')}`, { json: body, ifMatch: true });
      delete state.productDrafts[key];
      state.productEditing = null;
      const restocked = original ? '' : '，在下面的表格里填上库存吧';
      await saved(result, original
        ? `已保存商品「${name}」的资料，现在是第 ${result.revision} 版`
        : `已添加商品「${name}」，现在是第 ${result.revision} 版${restocked}`);
      fillProducts();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'id_mismatch') editFailed(e);
      else editFailed(e, original ? `没有保存「${original.name}」` : '没有添加');
    }
  }

  async function deleteProduct(product) {
    try {
      const result = await api('DELETE', `/products/${encodeURIComponent(product.id)}`, { ifMatch: true });
      delete state.productDrafts[product.id];
      state.productEditing = null;
      await saved(result, `已删除商品「${product.name}」，现在是第 ${result.revision} 版`);
    } catch (e) {
      editFailed(e, `没有删除「${product.name}」`);
    }
  }

  // ------------------------------------------------------------------ 商品与库存

  function stockCsv() {
    const rows = [['商品编码', '颜色', '尺码', '库存']];
    for (const p of state.shop.data.products || []) {
      for (const colour of p.colours) {
        for (const size of p.sizes) {
          const count = ((p.stock || {})[colour] || {})[size];
          if (count !== undefined) rows.push([p.id, colour, size, String(count)]);
        }
      }
    }
    const cell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
  }

  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: name, class: 'hidden-link' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  RENDER.stock = () => {
    const products = state.shop.data.products || [];
    const low = state.shop.full.settings.low_stock_at;
    const file = h('input', { id: 'csv-file', type: 'file', accept: '.csv,.txt,text/csv', 'aria-label': '库存 CSV 文件' });
    const result = h('div', { id: 'csv-result', class: 'csv-result', 'aria-live': 'polite' });
    const upload = h('button', { id: 'csv-upload', type: 'button', class: 'btn primary', text: '上传并导入',
      onclick: () => busy(upload, '导入中…', async () => {
        const chosen = file.files && file.files[0];
        if (!chosen) {
          result.replaceChildren(h('p', { class: 'error-text', text: '请先选一个 CSV 文件。' }));
          return;
        }
        result.replaceChildren(h('p', { class: 'muted', text: `正在导入 ${chosen.name}…` }));
        try {
          const body = await chosen.arrayBuffer();
          const result_ = await api('POST', '/stock.csv', { raw: body, contentType: 'text/csv', ifMatch: true });
          await saved(result_, `库存已导入（${chosen.name}）：${result_.summary.replace(/^导入库存:/, "")}，现在是第 ${result_.revision} 版`);
          const again = $('#csv-result');
          if (again) again.replaceChildren(h('p', { class: 'ok-text', text: `已导入 ${chosen.name}：${result_.summary}，现在是第 ${result_.revision} 版。` }));
        } catch (e) {
          if (e instanceof ApiError && e.status === 422) {
            result.replaceChildren(
              h('p', { class: 'error-text', text: `没有导入：${chosen.name} 有 ${e.problems.length || 1} 处问题，整个文件都没有用上。改好后再上传。` }),
              h('ul', { class: 'problems' }, (e.problems.length ? e.problems : [{ field: '', message: e.message }]).map((p) => h('li', {},
                h('strong', { text: String(p.field || '').replace(/^stock\.csv\s*/, '') || '文件' }), '：', p.message))));
          } else {
            result.replaceChildren();
            editFailed(e, '没有导入');
          }
        }
      }) });

    const csvCard = h('details', { class: 'card csv-card', open: Boolean(state.csvOpen) },
      h('summary', { class: 'card-summary' }, h('h3', { text: '用 CSV 文件导入库存' })),
      h('p', { class: 'muted', text: '从 ERP 或表格导出 CSV：第一行写「商品编码,颜色,尺码,库存」（或 product,colour,size,stock），'
        + '一行一个颜色尺码，UTF-8 或 GBK 都可以。有一行不对，整个文件都不会用上。' }),
      h('div', { class: 'csv-row' }, file, upload,
        h('button', { type: 'button', class: 'btn small ghost', text: '下载现在的库存 CSV',
          onclick: () => download(`${state.session.shop}-库存.csv`, stockCsv(), 'text/csv;charset=utf-8') })),
      result);
    csvCard.addEventListener('toggle', () => { state.csvOpen = csvCard.open; });

    const adding = state.productEditing === NEW_PRODUCT;
    const addButton = h('button', { type: 'button', class: 'btn add-product', text: '+ 添加商品', disabled: adding,
      onclick: () => { state.productEditing = NEW_PRODUCT; renderTab(); } });
    const newCard = adding && productEditor(NEW_PRODUCT, h('section', { class: 'card product-editor', dataset: { product: 'new' } }));

    const cards = products.map((p) => {
      const stock = p.stock || {};
      const table = h('table', { class: 'stock-table', dataset: { product: p.id } },
        h('thead', {}, h('tr', {}, h('th', { text: `${p.colour_label || '颜色'} \\ ${p.size_label || '尺码'}` }), p.sizes.map((s) => h('th', { text: s })))),
        h('tbody', {}, p.colours.map((colour) => h('tr', {}, h('th', { text: colour }), p.sizes.map((size) => {
          const value = (stock[colour] || {})[size];
          const input = h('input', {
            type: 'number', min: 0, step: 1, class: 'stock-cell', value: value ?? '', placeholder: '—',
            'aria-label': `${p.name} ${colour} ${size} 库存`, dataset: { colour, size },
            onchange: () => saveStock(p, colour, size, input),
          });
          input.classList.toggle('zero', value === 0);
          input.classList.toggle('low', value > 0 && value <= low);
          return h('td', {}, input);
        })))));
      const restock = (p.restock || []).map((r) => `${[r.colour, r.size].filter(Boolean).join(' ') || '全部'} ${r.presale ? '预售' : '补货'} ${r.date}`);
      const editing = state.productEditing === p.id;
      const edit = h('button', { type: 'button', class: 'btn small edit-product', text: editing ? '收起资料' : '改商品资料',
        onclick: () => {
          if (editing) delete state.productDrafts[p.id];
          state.productEditing = editing ? null : p.id;
          renderTab({ keepScroll: true });
          refreshPending();
        } });
      return h('section', { class: 'card product-card', dataset: { product: p.id } },
        h('div', { class: 'product-head' },
          h('h3', { text: p.name }),
          h('span', { class: 'price', text: `¥${p.price}` }),
          dirtyTag(`product:${p.id}`),
          h('span', { class: 'spacer' }),
          edit),
        h('p', { class: 'muted small product-ids' }, `商家编码 ${p.id}`,
          (p.item_ids || []).length ? `　平台商品 ID ${p.item_ids.join('、')}` : ''),
        editing && productEditor(p.id, h('div', { class: 'product-editor' })),
        h('div', { class: 'table-scroll' }, table),
        h('p', { class: 'muted small', text: `改完一格按回车或点别处就保存。0 = 卖完了（红色），${low} 件以下算库存不多（黄色）。`
          + (restock.length ? `　补货安排：${restock.join('；')}` : '') }));
    });
    return h('div', { class: 'pane' },
      h('div', { class: 'pane-head' }, h('h2', { text: '商品与库存' }),
        h('p', { class: 'muted', text: '买家问「黑色M码还有吗」「这件多少钱」时，机器人按这里的商品资料和库存回答。' }),
        h('div', { class: 'pane-tools' }, addButton)),
      newCard, csvCard, cards.length ? cards : h('p', { class: 'muted', text: '店里还没有商品，点「添加商品」加一个。' }));
  };

  async function saveStock(p, colour, size, input) {
    const text = input.value.trim();
    if (text === '') return;
    const count = Number(text);
    if (!Number.isInteger(count) || count < 0) {
      input.classList.add('invalid');
      notify('error', `${p.name} ${colour} ${size}：库存要写 0 或正整数`);
      return;
    }
    input.classList.remove('invalid');
    input.disabled = true;
    input.classList.add('saving');
    try {
      const result = await api('PUT', '/stock', { json: { product: p.id, colour, size, count }, ifMatch: true });
      await loadShop(); // the table stays as it is: the owner may be typing in the next cell
      input.classList.toggle('zero', count === 0);
      input.classList.toggle('low', count > 0 && count <= state.shop.full.settings.low_stock_at);
      notify('ok', `已保存 ${p.name} ${colour} ${size} 的库存为 ${count}，现在是第 ${result.revision} 版`);
    } catch (e) {
      input.classList.add('invalid');
      editFailed(e);
    } finally {
      input.disabled = false;
      input.classList.remove('saving');
    }
  }

  // ------------------------------------------------------------------ 版本 (revisions)

  RENDER.versions = () => {
    const pane = h('div', { class: 'pane' },
      h('div', { class: 'pane-head' }, h('h2', { text: '版本' }),
        h('p', { class: 'muted', text: '每保存一次就多一版。可以比较两版改了什么，也可以回到以前的某一版（回去也会存成新的一版，不会丢东西）。' })),
      h('p', { class: 'muted', text: '正在读取版本记录…' }));
    loadVersions(pane);
    return pane;
  };

  async function loadVersions(pane) {
    let revisions;
    try {
      revisions = (await api('GET', '/revisions?limit=200')).revisions;
    } catch (e) {
      pane.lastChild.textContent = `读不到版本记录：${plainMessage(e)}`;
      return;
    }
    if (!pane.isConnected) return;
    const options = (selected) => revisions.map((r) => h('option', { value: String(r.number), selected: r.number === selected, text: `第 ${r.number} 版` }));
    const newest = revisions[0] ? revisions[0].number : 1;
    const older = revisions[1] ? revisions[1].number : newest;
    const a = h('select', { id: 'rev-a', 'aria-label': '旧的一版' }, options(older));
    const b = h('select', { id: 'rev-b', 'aria-label': '新的一版' }, options(newest));
    const diffBox = h('div', { id: 'diff', class: 'diff-box' });
    const compare = h('button', { id: 'diff-btn', type: 'button', class: 'btn', text: '比较',
      onclick: () => busy(compare, '比较中…', () => showDiff(Number(a.value), Number(b.value), diffBox)) });
    const confirmBox = h('div', { id: 'rollback-confirm', class: 'confirm', hidden: true, role: 'alertdialog' });

    const askRollback = (r) => {
      const yes = h('button', { type: 'button', class: 'btn danger confirm-yes', text: `确定回到第 ${r.number} 版` });
      yes.addEventListener('click', () => busy(yes, '正在回去…', async () => {
        try {
          const result = await api('POST', `/revisions/${r.number}/rollback`, { ifMatch: true });
          await saved(result, `已回到第 ${r.number} 版的内容，存成了第 ${result.revision} 版`);
        } catch (e) {
          editFailed(e, '没有回去');
        }
      }));
      confirmBox.replaceChildren(
        h('p', { text: `确定要回到第 ${r.number} 版（${formatTime(r.at)}，${r.author}）吗？现在的内容不会丢，会另存为新的一版，以后还能再回来。` }),
        h('div', { class: 'case-actions' }, yes, h('button', { type: 'button', class: 'btn ghost', text: '取消', onclick: () => { confirmBox.hidden = true; } })));
      confirmBox.hidden = false;
      confirmBox.scrollIntoView({ block: 'center' });
    };

    const rows = revisions.map((r) => h('tr', { dataset: { rev: r.number } },
      h('td', {}, h('strong', { text: `第 ${r.number} 版` }), r.number === newest && h('span', { class: 'tag tag-custom', text: '现在用的' })),
      h('td', { class: 'nowrap', text: formatTime(r.at) }),
      h('td', { class: 'author', text: r.author || '' }),
      h('td', {}, h('div', { text: r.summary || '' }),
        // an older summary named fields by their ids: then the changes are said in words below it
        (!r.summary || /[a-z_]+\.[a-z_]/.test(r.summary)) && changeWords(r.changes).length
          ? h('div', { class: 'muted small', text: changeWords(r.changes).join('、') }) : null,
        r.changes && r.changes.length && !r.from_file ? h('div', { class: 'rev-ids small muted' }, '详细：', h('code', { text: r.changes.join('  ') })) : null),
      h('td', { class: 'nowrap' },
        r.number > 1 && h('button', { type: 'button', class: 'btn small ghost', text: '看改动', onclick: () => {
          a.value = String(Math.max(1, r.number - 1));
          b.value = String(r.number);
          compare.click();
        } }),
        r.number !== newest && h('button', { type: 'button', class: 'btn small rollback', text: '回到这一版', onclick: () => askRollback(r) }))));

    pane.lastChild.remove();
    pane.append(
      confirmBox,
      h('section', { class: 'card' },
        h('h3', { text: '比较两版' }),
        h('div', { class: 'compare-row' }, a, h('span', { text: '→' }), b, compare),
        diffBox),
      h('section', { class: 'card' },
        h('div', { class: 'table-scroll' }, h('table', { class: 'revisions' },
          h('thead', {}, h('tr', {}, ['版本', '时间', '谁改的', '改了什么', ''].map((t) => h('th', { text: t })))),
          h('tbody', {}, rows)))));
  }

  /** A revision's changed paths ("shipping.base_fee") in the owner's words, each once. */
  function changeWords(changes) {
    return [...new Set((changes || []).map((c) => (/^[a-z_]+(\.|\[|$)/.test(c) ? fieldTitle(c) : c)))];
  }

  async function showDiff(a, b, box) {
    try {
      const result = await api('GET', `/diff?a=${a}&b=${b}`);
      const lines = result.diff;
      if (!lines.length) {
        box.replaceChildren(h('p', { class: 'muted', text: `第 ${a} 版和第 ${b} 版一样，没有改动。` }));
        return;
      }
      const words = Array.isArray(result.words) ? result.words : [];
      const raw = h('details', { class: 'raw-diff', open: !words.length },
        h('summary', { text: '看原始改动' }),
        h('p', { class: 'muted small', text: '这是店铺文件里的原样改动：绿色「+」是新的一版多出来的，红色「-」是旧的一版有、新的一版没有的。' }),
        h('pre', { class: 'diff' }, lines.map((line) => {
          let cls = 'ctx';
          if (line.startsWith('+++') || line.startsWith('---')) cls = 'file';
          else if (line.startsWith('@@')) cls = 'hunk';
          else if (line.startsWith('+')) cls = 'add';
          else if (line.startsWith('-')) cls = 'del';
          return h('span', { class: `line ${cls}`, text: `${line}\n` });
        })));
      box.replaceChildren(
        words.length
          ? h('div', { class: 'diff-words' }, h('p', { class: 'small muted', text: `从第 ${a} 版到第 ${b} 版：` }),
            h('ul', {}, words.map((w) => h('li', { text: w }))))
          : h('p', { class: 'muted small', text: `从第 ${a} 版到第 ${b} 版的改动，还没有整理成一句话，请看下面的原始改动。` }),
        raw);
    } catch (e) {
      box.replaceChildren(h('p', { class: 'error-text', text: `比较不了：${plainMessage(e)}` }));
    }
  }

  // ------------------------------------------------------------------ 未回答 (unanswered)

  RENDER.unanswered = () => {
    const pane = h('div', { class: 'pane' },
      h('div', { class: 'pane-head' }, h('h2', { text: '未回答的问题' }),
        h('p', { class: 'muted', text: '最近机器人没把握、转给了人工的买家问题，相似的放在一组。把一组加为某类问题的例句，'
          + '或者做成关键词回复，下次机器人就能自己回答了。' })),
      h('p', { class: 'muted', text: '正在读取…' }));
    loadUnanswered(pane);
    return pane;
  };

  async function loadUnanswered(pane) {
    let groups;
    try {
      groups = (await api('GET', '/unanswered')).groups;
    } catch (e) {
      pane.lastChild.textContent = `读不到：${plainMessage(e)}`;
      return;
    }
    if (!pane.isConnected) return;
    pane.lastChild.remove();
    if (!groups.length) {
      pane.append(h('p', { class: 'empty', text: '现在没有没回答的问题。' }));
      return;
    }
    pane.append(...groups.map(groupCard));
  }

  function groupCard(g) {
    const names = state.shop.intent_names;
    const intent = h('select', { 'aria-label': '加到哪类问题', class: 'adopt-intent', value: names.includes(g.intent) ? g.intent : 'other' },
      names.map((n) => h('option', { value: n, text: intentTitle(n) })));
    const handsOff = h('div', { class: 'hands-off', role: 'alert', hidden: true });
    const adopt = async (button, body, what) => busy(button, '保存中…', async () => {
      try {
        const result = await api('POST', '/unanswered/adopt', { json: body, ifMatch: true });
        await saved(result, `${what}，现在是第 ${result.revision} 版`);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'other_hands_off') explainOther(e.message);
        else editFailed(e);
      }
    });
    // 闲聊及其他 hands its questions to a person: examples there change nothing the buyer sees
    const explainOther = (message) => {
      handsOff.replaceChildren(
        h('p', { text: message || `「${intentTitle('other')}」的问题，机器人都会转给人工，不会自己回答：把这些问法加成它的例句，`
          + '下次买家这样问还是转人工。想让机器人自己回答，请选它真正在问的那一类问题（比如「发货与运费」），'
          + '或者做成关键词回复，写好要回复的话。' }),
        h('div', { class: 'case-actions' },
          h('button', { type: 'button', class: 'btn small', text: '选一类问题', onclick: () => { handsOff.hidden = true; intent.focus(); } }),
          h('button', { type: 'button', class: 'btn small', text: '做成关键词回复', onclick: () => {
            handsOff.hidden = true;
            ruleBox.open = true;
            reply.focus();
          } })));
      handsOff.hidden = false;
    };
    const asExamples = h('button', { type: 'button', class: 'btn adopt-examples', text: '加为例句',
      onclick: () => {
        if (intent.value === 'other') {
          explainOther();
          return;
        }
        handsOff.hidden = true;
        adopt(asExamples, { texts: g.texts, intent: intent.value }, `已把 ${g.texts.length} 个问法加为「${intentTitle(intent.value)}」的例句`);
      } });
    const keywords = h('input', { type: 'text', class: 'rule-keywords', value: g.text.slice(0, 30), 'aria-label': '关键词' });
    const reply = h('textarea', { class: 'rule-reply', rows: 2, 'aria-label': '回复', placeholder: '买家问这个时回复什么' });
    const match = h('select', { 'aria-label': '什么时候算命中', class: 'rule-match' },
      h('option', { value: 'any', text: '含有任意一个关键词' }), h('option', { value: 'all', text: '所有关键词都含有' }));
    const ruleError = errorSlot();
    const ruleBox = h('details', { class: 'adopt-rule-box' }, h('summary', { text: '或者做成关键词回复…' }),
      h('div', { class: 'form' },
        h('label', { class: 'field' }, h('span', { class: 'label', text: '关键词（用逗号隔开）' }), keywords),
        h('label', { class: 'field' }, h('span', { class: 'label', text: '回复' }), reply),
        h('label', { class: 'field' }, h('span', { class: 'label', text: '什么时候算命中' }), match),
        ruleError));
    const asRule = h('button', { type: 'button', class: 'btn adopt-rule', text: '做成关键词回复', onclick: () => {
      const words = splitWords(keywords.value);
      ruleError.hidden = Boolean(words.length && reply.value.trim());
      ruleError.textContent = words.length ? '请写要回复的话。' : '请至少写一个关键词。';
      if (!ruleError.hidden) return;
      adopt(asRule, { texts: g.texts, keyword_rule: { keywords: words, reply: reply.value.trim(), match: match.value, intent: intent.value } },
        '已做成关键词回复');
    } });
    ruleBox.lastChild.append(h('div', {}, asRule));
    return h('section', { class: 'card group', dataset: { text: g.text } },
      h('div', { class: 'group-head' },
        h('q', { class: 'group-text', text: g.text }),
        h('span', { class: 'tag', text: `问了 ${g.count} 次` }),
        h('span', { class: 'muted small', text: `最近一次 ${formatTime(g.latest)}` })),
      g.texts.length > 1 && h('div', { class: 'group-texts' }, h('span', { class: 'muted small', text: '其他问法：' }),
        g.texts.filter((t) => t !== g.text).map((t) => h('span', { class: 'chip plain', text: t }))),
      h('p', { class: 'muted small', text: `机器人猜是「${intentTitle(g.intent)}」，把握 ${Number(g.score).toFixed(2)}` }),
      h('div', { class: 'adopt-row' }, h('span', { class: 'small', text: '加到：' }), intent, asExamples),
      handsOff,
      ruleBox);
  }

  // ------------------------------------------------------------------ 试一试 (try-it chat)

  function fillProducts() {
    const select = $('#try-item');
    const products = state.shop.data.products || [];
    const before = state.chat.item || select.value || (products[0] ? products[0].id : '');
    select.replaceChildren(h('option', { value: '', text: '（不指定商品）' }),
      ...products.map((p) => h('option', { value: p.id, text: p.name })));
    select.value = products.some((p) => p.id === before) ? before : '';
    state.chat.item = select.value;
  }

  /** "2026-12-01 15:30" and 周二 as the owner reads them: 12月1日 周二 15:30. */
  function momentDate(now, weekday) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2})/.exec(String(now || ''));
    if (!m) return String(now || '');
    return `${Number(m[2])}月${Number(m[3])}日 ${weekday || ''} ${m[4]}`.replace(/\s+/g, ' ');
  }

  /** What applied at the time a try-it answered: the promotion, today's cut-off or day off. */
  function showMoment(result) {
    const box = $('#try-moment');
    if (!result || !result.now) {
      box.hidden = true;
      return;
    }
    const when = momentDate(result.now, result.weekday);
    const parts = [result.promotion ? `活动「${result.promotion}」` : '没有活动'];
    if (result.day_off) parts.push(result.day_off === '不发货的日子' ? '今天不发货' : `今天是${result.day_off}，不发货`);
    else if (result.cutoff) parts.push(`今天 ${result.cutoff} 前下单当天发`);
    box.textContent = `${state.chat.now ? '按' : '按现在'} ${when} 试：${parts.join('，')}`;
    box.hidden = false;
  }

  function clearTryError() {
    $('#try-error').hidden = true;
    $('#try-error').textContent = '';
  }

  /** Ask the try-it chat; the answer (POST /try's result), or null when it failed. */
  async function sendTry(messages) {
    const log = $('#chat-log');
    const error = $('#try-error');
    const send = $('#try-send');
    clearTryError();
    openDrawer();
    const pending = $('#try-pending').checked ? buildPending() : null;
    let all = [...state.chat.history, ...messages];
    if (all.length > 20) all = all.slice(-20); // the API answers at most 20 messages at a time
    const body = { messages: all };
    if (state.chat.item) body.item_id = state.chat.item;
    if (state.chat.now) body.now = state.chat.now.replace('T', ' ');
    if (pending) body.pending = pending;
    const waiting = h('div', { class: 'msg bot waiting' }, h('div', { class: 'bubble muted', text: '正在想…' }));
    log.append(...messages.map((m) => h('div', { class: 'msg buyer pending-msg' }, h('div', { class: 'bubble', text: m }))), waiting);
    log.scrollTop = log.scrollHeight;
    send.disabled = true;
    try {
      const result = await api('POST', '/try', { json: body });
      for (const el of log.querySelectorAll('.pending-msg, .waiting')) el.remove();
      state.chat.history = all;
      for (const old of log.querySelectorAll('details.trace[open]')) old.open = false;
      const fresh = result.turns.slice(-messages.length).map((turn) => turnNodes(turn, result.pending));
      for (const nodes of fresh) log.append(...nodes);
      // the newest question at the top of the chat, its answer and trace below it
      log.scrollTop = Math.min(fresh[0][0].offsetTop - 8, log.scrollHeight);
      fields.clearShown();
      showMoment(result);
      return result;
    } catch (e) {
      for (const el of log.querySelectorAll('.pending-msg, .waiting')) el.remove();
      let text = `试不了：${plainMessage(e)}`;
      if (e instanceof ApiError && e.status === 422 && e.problems.length) {
        fields.show(e.problems);
        text = `还没保存的修改有问题，先改好再试：${e.problems.map((p) => `${fieldTitle(p.field)}：${plainProblem(p.message)}`).join('；')}`;
      } else if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        text = `试不了：${e.message}（请重新登录）`;
      }
      error.textContent = text;
      error.hidden = false;
      return null;
    } finally {
      send.disabled = false;
    }
  }

  function turnNodes(turn, pendingGiven) {
    const cls = (MODES[turn.mode] || ['', ''])[1];
    // the label only when this reply differs from what the saved shop says (older servers: whenever an edit was given)
    const usedPending = 'used_pending' in turn ? turn.used_pending === true : pendingGiven;
    const buyer = h('div', { class: 'msg buyer' }, h('div', { class: 'bubble', text: turn.message }));
    const bot = h('div', { class: 'msg bot', dataset: { mode: turn.mode } },
      h('div', { class: 'bubble' },
        h('div', { class: 'bubble-meta' }, h('span', { class: ['mode', cls], text: modeTitle(turn.mode) }),
          usedPending && h('span', { class: 'tag tag-dirty pending-used', text: '用了没保存的修改' })),
        h('div', { class: 'reply-text', text: turn.text || '（这句不回复）' }),
        turn.suggestion && turn.suggestion !== turn.text
          && h('div', { class: 'suggestion' }, h('span', { class: 'muted', text: '给客服的建议：' }), turn.suggestion)),
      traceNode(turn.trace || {}, turn));
    return [buyer, bot];
  }

  /** Which wording of a case a template id names: "stock.in_stock#2" → 第 2 种说法. */
  function templateText(template) {
    const rule = /^keyword_rules\[(\d+)\]$/.exec(template);
    if (rule) return `第 ${Number(rule[1]) + 1} 条关键词回复`;
    const number = /#(\d+)$/.exec(template);
    return number ? `第 ${number[1]} 种说法` : '';
  }

  function traceNode(trace, turn = {}) {
    const rows = [];
    const ids = [];
    const row = (name, ...value) => rows.push(h('dt', { text: name }), h('dd', {}, ...value));
    const intents = (trace.intents || []).map((i) => intentTitle(i)).join('、');
    row('问题种类', intents || '没认出来');
    if (trace.intents && trace.intents.length) ids.push(`问题种类 ${trace.intents.join('、')}`);
    row('把握', typeof trace.score === 'number' ? trace.score.toFixed(2) : '');
    if (trace.reason) row('为什么', trace.reason);
    const titles = new Map((turn.cases || []).map((c) => [c.key, c.title]));
    for (const part of trace.parts || []) {
      const key = `${part.intent}.${part.case}`;
      const known = findCase(key);
      let caseName = titles.get(key) || (known ? caseTitle(known) : '');
      if (!caseName) caseName = part.case === 'keyword_rule' || /^keyword_rules/.test(part.template || '') ? '本店的关键词回复' : '其他情况';
      row('情况', h('span', { class: 'trace-case', text: caseName }));
      const which = templateText(String(part.template || ''));
      if (which) row('话术', h('span', { text: which }));
      ids.push(h('code', { class: 'trace-template', text: part.template || key }));
      const facts = Object.entries(part.facts || {});
      if (facts.length) {
        row('用到的信息', h('ul', { class: 'facts' }, facts.map(([k, v]) => h('li', {},
          h('span', { class: 'muted', text: `${placeholderName(k).replace(/[(（].*$/, '')}：` }), String(v)))));
      }
    }
    if ((trace.evidence || []).length) {
      row('依据', h('div', { class: 'evidence' }, trace.evidence.map((e) => h('span', { class: 'chip plain', text: evidenceText(e) }))));
      ids.push(`依据 ${trace.evidence.join('  ')}`);
    }
    if ((trace.actions || []).length) row('动作', trace.actions.map(actionText).join('；'));
    if ((trace.quick_phrases || []).length) row('快捷短语', trace.quick_phrases.map((q) => q.title).join('、'));
    const details = h('p', { class: 'trace-ids small muted' }, '详细：',
      ids.flatMap((part, i) => (i ? ['　', part] : [part])));
    return h('details', { class: 'trace', open: true }, h('summary', { text: '为什么这样回答' }), h('dl', {}, rows), details);
  }

  function renderChat() {
    const log = $('#chat-log');
    if (!log.children.length) {
      log.append(h('p', { class: 'chat-hint muted small', text: '在下面输入买家会说的话，看看机器人怎么回答、为什么这样回答。'
        + '勾上「用还没保存的修改」，就能在保存前先看效果。' }));
    }
  }

  // On a narrow screen (a phone) the try-it panel is a drawer opened by a button.
  const narrow = () => window.matchMedia('(max-width: 760px)').matches;

  function openDrawer() {
    if (!narrow()) return;
    $('#try-panel').classList.add('open');
    $('#try-open').setAttribute('aria-expanded', 'true');
  }

  function closeDrawer() {
    $('#try-panel').classList.remove('open');
    $('#try-open').setAttribute('aria-expanded', 'false');
  }

  // ------------------------------------------------------------------ for console.js (the new tabs)

  /** Adds a tab (or replaces one with the same id); render returns the tab's DOM node. */
  function registerTab(id, label, render) {
    const at = TABS.findIndex(([known]) => known === id);
    if (at >= 0) TABS[at] = [id, label]; else TABS.push([id, label]);
    RENDER[id] = render;
    if (state.shop && !$('#app').hidden) renderTabs();
  }

  function showTab(id) {
    state.tab = id;
    renderTabs();
    renderTab();
  }

  /** The 话术 tab with this case open and its 试一试 question filled in. */
  function openCase(key, question) {
    const c = findCase(key);
    if (!c) {
      notify('warn', `找不到这种情况的话术（${key}），请在「话术」里自己找一下。`);
      showTab('scripts');
      return;
    }
    state.intent = key.split('.')[0];
    state.expanded.add(key);
    if (question) state.tryQuestions[key] = question;
    showTab('scripts');
    const card = document.querySelector(`section.case[data-key="${CSS.escape(key)}"]`);
    if (!card) return;
    const group = card.closest('details.case-group');
    if (group) group.open = true;
    card.scrollIntoView({ block: 'start' });
  }

  /** The 例句 tab for this intent, with the text added to its unsaved examples. */
  function openExamples(intent, text) {
    state.examplesIntent = intent;
    const entry = clone(matchingEntry(intent));
    const line = String(text || '').trim();
    if (line && !entry.examples.includes(line)) {
      entry.examples.push(line);
      state.matchingDrafts[intent] = entry;
    }
    showTab('examples');
    refreshPending();
  }

  /** The 关键词回复 tab with a new rule whose keyword is the text. */
  function openKeywordRule(text) {
    const section = 'keyword_rules';
    const draft = state.sectionDrafts[section] !== undefined ? state.sectionDrafts[section]
      : clone(state.shop.full[section] ?? state.shop.data[section] ?? []);
    const words = String(text || '').trim().slice(0, 30);
    draft.push({ keywords: words ? [words] : [], reply: '', match: 'any', intent: 'other' });
    state.sectionDrafts[section] = draft;
    state.sectionModes[section] = 'form';
    showTab('keywords');
    refreshPending();
    const items = document.querySelectorAll('#main .list-item');
    const last = items[items.length - 1];
    if (last) {
      last.scrollIntoView({ block: 'center' });
      const reply = last.querySelector('textarea');
      if (reply) reply.focus();
    }
  }

  window.xiaoer = {
    h, api, notify, state, registerTab, openCase, openExamples, openKeywordRule, formatTime, intentTitle, caseTitle,
    MODES, reload: loadShop, renderTab, editFailed, busy, ApiError, refreshPending, saved, errorSlot, showTab,
  };

  // ------------------------------------------------------------------ start

  function wire() {
    $('#login-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const button = $('#login-submit');
      await busy(button, '登录中…', () => login($('#login-shop').value.trim(), $('#login-token').value.trim(),
        $('#login-editor').value.trim().replace(/[\x00-\x1f\x7f]/g, '')));
    });
    $('#logout-btn').addEventListener('click', () => {
      const n = pendingCount();
      if (n) {
        notify('warn', `还有 ${n} 处修改没保存，退出就没了。`, [['仍然退出', () => logout()]]);
        return;
      }
      logout();
    });
    $('#reload-btn').addEventListener('click', () => reloadEverything());
    $('#export-btn').addEventListener('click', async () => {
      try {
        const text = await api('GET', '/export', { text: true });
        download(`${state.session.shop}.yaml`, text, 'application/x-yaml;charset=utf-8');
      } catch (e) {
        editFailed(e, '没有导出');
      }
    });
    $('#try-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = $('#try-input');
      const lines = input.value.split('\n').map((s) => s.trim()).filter(Boolean);
      if (!lines.length) return;
      input.value = '';
      sendTry(lines);
    });
    $('#try-input').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        $('#try-form').requestSubmit();
      }
    });
    $('#try-clear').addEventListener('click', () => {
      state.chat.history = [];
      $('#chat-log').replaceChildren();
      clearTryError();
      renderChat();
    });
    $('#try-now').addEventListener('change', (e) => {
      state.chat.now = e.target.value;
      $('#try-now-clear').hidden = !state.chat.now;
      $('#try-moment').hidden = true;
    });
    $('#try-now-clear').addEventListener('click', () => {
      state.chat.now = '';
      $('#try-now').value = '';
      $('#try-now-clear').hidden = true;
      $('#try-moment').hidden = true;
    });
    $('#try-open').addEventListener('click', () => {
      $('#try-panel').classList.add('open');
      $('#try-open').setAttribute('aria-expanded', 'true');
      $('#try-input').focus();
    });
    $('#try-close').addEventListener('click', closeDrawer);
    $('#try-item').addEventListener('change', (e) => {
      state.chat.item = e.target.value;
      state.chat.history = [];
      const name = e.target.selectedOptions[0] ? e.target.selectedOptions[0].textContent : '';
      $('#chat-log').append(h('p', { class: 'chat-note muted small', text: `买家换成在看：${name}（对话重新开始）` }));
    });
  }

  async function start() {
    wire();
    const kept = sessionStorage.getItem(SESSION_KEY);
    if (kept) {
      try {
        const session = JSON.parse(kept);
        $('#login-shop').value = session.shop || 'example';
        $('#login-editor').value = session.editor || '';
        if (await login(session.shop, session.token, session.editor)) return;
      } catch (_) {
        sessionStorage.removeItem(SESSION_KEY);
      }
    }
    $('#login-view').hidden = false;
    $('#login-token').focus();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
