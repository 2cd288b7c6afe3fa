(function () {
  'use strict';
  // report.html's script: the list of files with findings (paged, sorted, filtered) and each file's
  // detail (#file=N, N counted from 1 in the data's order), drawn from the embedded data (PageData).
  var W = JSON.parse(document.getElementById('gk-words').textContent);
  var SEV = ['error', 'warning', 'info'];
  var STATUS = ['unreadable', 'error', 'warning', 'ok', 'skipped'];
  var PAGE = 100;
  var D, F, S;
  var state = {status: '', sev: '', rule: '', organ: '', text: '', key: 'status', dir: 1, page: 0};
  var shown = [];

  function esc(s) {
    return s == null ? '' : String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function fmt(t) {
    var a = arguments;
    return t.replace(/%(\d)/g, function (m, i) { return a[+i]; });
  }
  function str(i) { return i < 0 ? null : S[i]; }
  function msg(t, nums) {
    var s = str(t);
    if (s == null) return '';
    var n = nums ? nums.split(',') : [], k = 0;
    return s.replace(/\u0001/g, function () { return n[k++]; });
  }
  function path(f) { return S[f[0]] + f[1]; }

  function load() {
    var el = document.getElementById('gk-data');
    if (el.getAttribute('data-encoding') === 'json') return Promise.resolve(JSON.parse(el.textContent));
    if (typeof DecompressionStream === 'undefined') return Promise.reject(new Error(W.noDecompress));
    var b = atob(el.textContent.trim()), u = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) u[i] = b.charCodeAt(i);
    var s = new Blob([u]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(s).text().then(JSON.parse);
  }

  // ---- the list ----
  var KEYS = {
    status: function (f) { return f[2]; }, file: path, organ: function (f) { return str(f[3]) || ''; },
    year: function (f) { return f[4] == null ? -1 : f[4]; }, edition: function (f) { return str(f[5]) || ''; },
    reader: function (f) { return str(f[6]) || ''; },
    e: function (f) { return f[7]; }, w: function (f) { return f[8]; }, i: function (f) { return f[9]; }
  };
  function matches(f) {
    if (state.status !== '' && f[2] !== +state.status) return false;
    if (state.sev !== '' && f[7 + +state.sev] === 0) return false;
    var fs = f[10], k;
    if (state.rule !== '') {
      var r = ruleIndex, hit = false;
      for (k = 0; k < fs.length && !hit; k++) hit = fs[k][0] === r;
      if (!hit) return false;
    }
    if (state.organ && (str(f[3]) || '').toLowerCase().indexOf(state.organ) < 0) return false;
    if (state.text) {
      var q = state.text;
      if ((path(f) + ' ' + (str(f[3]) || '') + ' ' + (f[13] || '')).toLowerCase().indexOf(q) >= 0) return true;
      for (k = 0; k < fs.length; k++) {
        if (msg(fs[k][8], fs[k][9]).toLowerCase().indexOf(q) >= 0 || (S[fs[k][0]] || '').indexOf(q) >= 0) return true;
      }
      return false;
    }
    return true;
  }
  var ruleIndex = -1;
  function refresh() {
    ruleIndex = state.rule === '' ? -1 : S.indexOf(state.rule);
    shown = [];
    for (var i = 0; i < F.length; i++) if (matches(F[i])) shown.push(i);
    var key = KEYS[state.key], dir = state.dir;
    shown.sort(function (a, b) {
      var x = key(F[a]), y = key(F[b]);
      var r = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
      return r !== 0 ? dir * r : a - b;
    });
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    draw(pages);
  }
  function draw(pages) {
    var rows = [], from = state.page * PAGE;
    for (var k = from; k < Math.min(shown.length, from + PAGE); k++) {
      var n = shown[k], f = F[n], st = STATUS[f[2]];
      rows.push('<tr data-n="' + (n + 1) + '"><td><span class="badge ' + st + '">' + esc(W.status[f[2]]) + '</span></td><td>'
        + '<a href="#file=' + (n + 1) + '">' + esc(path(f)) + '</a>'
        + (f[13] ? '<div class="reason">' + esc(f[13]) + '</div>' : '')
        + (f[11].length ? '<div class="label">' + esc(W.notesShort) + ': ' + f[11].length + '</div>' : '')
        + '</td><td>' + esc(str(f[3])) + '</td><td>' + (f[4] == null ? '' : f[4]) + '</td><td>' + esc(str(f[5]))
        + '</td><td>' + esc(str(f[6])) + '</td><td>' + f[7] + '</td><td>' + f[8] + '</td><td>' + f[9] + '</td></tr>');
    }
    var tb = document.querySelector('#list tbody');
    tb.innerHTML = rows.length ? rows.join('') : '<tr><td colspan="9" class="none">' + esc(W.none) + '</td></tr>';
    document.getElementById('f-count').textContent = fmt(W.shown, shown.length, F.length);
    document.getElementById('pager').innerHTML = '<button data-p="-1"' + (state.page === 0 ? ' disabled' : '') + '>'
      + esc(W.prev) + '</button><span>' + esc(fmt(W.page, state.page + 1, pages)) + '</span><button data-p="1"'
      + (state.page >= pages - 1 ? ' disabled' : '') + '>' + esc(W.next) + '</button>';
    var ths = document.querySelectorAll('#list th');
    for (var i = 0; i < ths.length; i++) {
      ths[i].classList.remove('asc', 'desc');
      if (ths[i].getAttribute('data-key') === state.key) ths[i].classList.add(state.dir > 0 ? 'asc' : 'desc');
    }
  }
  function wire() {
    var timer;
    [['f-status', 'status'], ['f-sev', 'sev'], ['f-rule', 'rule'], ['f-organ', 'organ'], ['f-text', 'text']].forEach(function (p) {
      var el = document.getElementById(p[0]);
      el.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { state[p[1]] = el.value.trim().toLowerCase(); if (p[1] === 'rule') state.rule = el.value; state.page = 0; refresh(); }, 150);
      });
    });
    document.querySelector('#list thead').addEventListener('click', function (e) {
      var k = e.target.getAttribute('data-key');
      if (!k) return;
      state.dir = state.key === k ? -state.dir : 1;
      state.key = k;
      refresh();
    });
    document.querySelector('#list tbody').addEventListener('click', function (e) {
      var tr = e.target.closest('tr[data-n]');
      if (tr && e.target.tagName !== 'A') location.hash = 'file=' + tr.getAttribute('data-n');
    });
    document.getElementById('pager').addEventListener('click', function (e) {
      var p = e.target.getAttribute('data-p');
      if (p) { state.page += +p; draw(Math.max(1, Math.ceil(shown.length / PAGE))); }
    });
  }

  // ---- one file's detail ----
  function key(t, r, c) { return t + '|' + (r == null ? '*' : r) + '|' + (c == null ? '*' : c); }
  function detail(n) {
    var f = F[n - 1], out = [];
    if (!f) return false;
    var st = STATUS[f[2]];
    out.push('<a class="back" href="#">' + esc(W.back) + '</a><div class="head"><span class="badge ' + st + '">'
      + esc(W.status[f[2]]) + '</span><h1>' + esc(path(f)) + '</h1></div><p class="meta">'
      + [str(f[3]) && esc(W.organ) + ' ' + esc(str(f[3])), f[4] != null && esc(W.year) + ' ' + f[4],
        str(f[5]) && esc(W.edition) + ' ' + esc(str(f[5])), str(f[6]) && esc(W.reader) + ' ' + esc(str(f[6])),
        'ERROR ' + f[7] + ' · WARNING ' + f[8] + ' · INFO ' + f[9]].filter(Boolean).join(' · ')
      + (f[14] != null ? ' · <a class="json" href="' + esc(S[f[14]] + f[15]) + '">' + esc(W.json) + '</a>' : '') + '</p>'
      + (f[13] ? '<p class="reason">' + esc(f[13]) + '</p>' : ''));
    // findings by the place they name
    var by = {}, fs = f[10];
    fs.forEach(function (x, i) {
      var k = key(str(x[2]), str(x[3]), str(x[4]));
      (by[k] = by[k] || []).push(i);
    });
    var tb = f[12];
    if (tb === null) {
      out.push('<p class="meta">' + esc(W.noTables) + '</p>');
    } else if (tb === 0) {
      out.push('<p class="meta">' + esc(fmt(W.omitted, D.maxTables)) + (f[14] != null ? '<a class="json" href="'
        + esc(S[f[14]] + f[15]) + '">' + esc(S[f[14]] + f[15]) + '</a>' : '') + '</p>');
    } else {
      var unc = {};
      tb[4].forEach(function (u) { unc[key(str(u[0]), str(u[1]), str(u[2]))] = str(u[3]); });
      var L = D.layouts[tb[0]], ctx = {f: f, by: by, unc: unc};
      out.push('<div class="legend">' + ['s0', 's1', 's2', 'unc', 'blank'].map(function (c, i) {
        return '<span><i class="' + c + '"></i>' + esc(W.legend[i]) + '</span>';
      }).join('') + '<span>' + esc(W.click) + '</span></div><div class="tables">');
      out.push(t2(L, tb[1], ctx), t3(L, tb[2], ctx), t4(tb[3], ctx), '</div>');
    }
    out.push('<div id="cellinfo"></div>');
    if (fs.length) {
      out.push('<h3>' + esc(W.findings) + ' (' + fs.length + ')</h3><table class="findings"><thead><tr><th>' + esc(W.severity)
        + '</th><th>' + esc(W.rule) + '</th><th>' + esc(W.cell) + '</th><th>' + esc(W.expected) + '</th><th>' + esc(W.read)
        + '</th><th>' + esc(W.message) + '</th><th>' + esc(W.source) + '</th></tr></thead><tbody>');
      fs.forEach(function (x, i) {
        var loc = [str(x[2]), x[2] < 0 ? null : (str(x[3]) || '*'), x[2] < 0 ? null : (str(x[4]) || '*')].filter(Boolean).join('/')
          + (x[5] >= 0 ? ' §' + str(x[5]) : '');
        out.push('<tr data-i="' + i + '" data-k="' + esc(key(str(x[2]), str(x[3]), str(x[4]))) + '"><td><span class="sev '
          + SEV[x[1]] + '">' + ['ERROR', 'WARNING', 'INFO'][x[1]] + '</span></td><td><code>' + esc(S[x[0]]) + '</code></td><td><code>'
          + esc(loc || W.wholeDoc) + '</code></td><td class="num">' + (x[6] == null ? '' : x[6]) + '</td><td class="num">'
          + (x[7] == null ? '' : x[7]) + '</td><td>' + esc(msg(x[8], x[9])) + '</td><td>' + esc(x[10]) + '</td></tr>');
      });
      out.push('</tbody></table>');
    }
    if (f[11].length) {
      out.push('<h3>' + esc(W.notes) + '</h3><table class="findings"><thead><tr><th>' + esc(W.problem) + '</th><th>'
        + esc(W.description) + '</th><th>' + esc(W.source) + '</th></tr></thead><tbody>');
      f[11].forEach(function (x) {
        out.push('<tr><td><code>' + esc(str(x[0])) + '</code></td><td>' + esc(msg(x[1], x[2])) + '</td><td>' + esc(x[3]) + '</td></tr>');
      });
      out.push('</tbody></table>');
    }
    var d = document.getElementById('detail');
    d.innerHTML = out.join('');
    d.onclick = function (e) {
      var c = e.target.closest('[data-k]');
      if (c) select(f, by, c.getAttribute('data-k'));
    };
    return true;
  }
  // the findings on a place, as the title of its cell
  function title(ctx, k) {
    var lines = [];
    (ctx.by[k] || []).forEach(function (i) {
      var x = ctx.f[10][i];
      lines.push(['ERROR', 'WARNING', 'INFO'][x[1]] + ' ' + S[x[0]] + ': ' + msg(x[8], x[9]) + (x[10] ? ' (' + W.source + ': ' + x[10] + ')' : ''));
    });
    if (ctx.unc[k]) lines.push(W.uncertain + ': ' + ctx.unc[k]);
    return lines.join('\n');
  }
  function worst(ctx, k) {
    var w = 9;
    (ctx.by[k] || []).forEach(function (i) { w = Math.min(w, ctx.f[10][i][1]); });
    return w === 9 ? '' : 's' + w;
  }
  // expected vs read, shown on the cell a sum or comparison names
  function expected(ctx, k) {
    var s = '';
    (ctx.by[k] || []).forEach(function (i) {
      var x = ctx.f[10][i];
      if (x[6] != null && !s) s = '<small class="exp">' + esc(W.expected) + ' ' + x[6] + (x[7] != null ? ' · ' + esc(W.read) + ' ' + x[7] : '') + '</small>';
    });
    return s;
  }
  function td(ctx, t, r, c, v, span) {
    var k = key(t, r, c), cls = [worst(ctx, k)], tt = title(ctx, k);
    // a cell of a row or column that a finding names as a whole: tinted
    var lane = worst(ctx, key(t, null, c)) || worst(ctx, key(t, r, null));
    if (lane && !cls[0]) cls.push('l' + lane.slice(1));
    if (ctx.unc[k]) cls.push('unc');
    if (v === '') cls.push('blank');
    var marked = tt !== '';
    return '<td' + (span > 1 ? ' colspan="' + span + '"' : '') + ' class="' + cls.filter(Boolean).join(' ') + '"'
      + (marked ? ' data-k="' + esc(k) + '" title="' + esc(tt) + '"' : '') + '>' + esc(v) + expected(ctx, k)
      + (ctx.unc[k] ? '<small class="why">' + esc(ctx.unc[k]) + '</small>' : '') + '</td>';
  }
  // a header naming a whole row or column: marked when a finding names that row or column
  function th(ctx, k, label, attrs, cls) {
    var tt = title(ctx, k), c = [cls || '', worst(ctx, k), ctx.unc[k] ? 'unc' : ''].filter(Boolean).join(' ');
    return '<th' + (attrs || '') + (c ? ' class="' + c + '"' : '') + (tt ? ' data-k="' + esc(k) + '" title="' + esc(tt) + '"' : '')
      + '>' + esc(label) + (tt ? expected(ctx, k) : '') + '</th>';
  }
  function caption(ctx, t, label, values) {
    var k = key(t, null, null), note = values == null ? W.absent : '';
    if (ctx.unc[k]) note = W.unmapped + ' (' + ctx.unc[k] + ')';
    var tt = title(ctx, k);
    return '<caption' + (tt ? ' data-k="' + esc(k) + '" title="' + esc(tt) + '" class="' + worst(ctx, k) + '"' : '') + '>'
      + esc(label) + (note ? ' <span class="meta">— ' + esc(note) + '</span>' : '') + '</caption>';
  }
  function vals(s) { return s == null ? null : s.split(','); }

  function t2(L, s, ctx) {
    var v = vals(s), rows = L.active_disclosure, T = 'active_disclosure', width = 1, h = [], p = 0, sig = null;
    rows.forEach(function (r) { width = Math.max(width, r[3].length); });
    h.push('<table class="grid">' + caption(ctx, T, W.t2, v));
    if (v) {
      rows.forEach(function (r) {
        var cols = r[3], sg = cols.map(function (c) { return c[0]; }).join();
        if (sg !== sig) {
          sig = sg;
          h.push('<tr><th>信息内容</th>' + cols.map(function (c, i) {
            return th(ctx, key(T, null, c[0]), c[1], i === cols.length - 1 && width > cols.length ? ' colspan="' + (width - i) + '"' : '');
          }).join('') + '</tr>');
        }
        h.push('<tr>' + th(ctx, key(T, r[0], null), r[1], '', 'rl') + cols.map(function (c, i) {
          return td(ctx, T, r[0], c[0], v[p++], i === cols.length - 1 ? width - i : 1);
        }).join('') + '</tr>');
      });
    }
    return h.join('') + '</table>';
  }

  function t3(L, s, ctx) {
    var v = vals(s), rows = L.applications, cols = L.applicants, T = 'applications', h = [];
    h.push('<table class="grid">' + caption(ctx, T, W.t3, v));
    if (v) {
      h.push('<tr><th colspan="3" rowspan="3">' + esc(W.situation) + '</th><th colspan="7">' + esc(W.applicant) + '</th></tr>'
        + '<tr>' + th(ctx, key(T, null, cols[0][0]), cols[0][1], ' rowspan="2"') + '<th colspan="5">法人或其他组织</th>'
        + th(ctx, key(T, null, cols[6][0]), cols[6][1], ' rowspan="2"') + '</tr><tr>'
        + cols.slice(1, 6).map(function (c) { return th(ctx, key(T, null, c[0]), c[1]); }).join('') + '</tr>');
      var results = rows.filter(function (r) { return r[3] === 'OUTCOME' || r[3] === 'TOTAL'; }).length, resultsDone = false;
      rows.forEach(function (r, ri) {
        var cells = '';
        if (r[3] === 'OUTCOME' || r[3] === 'TOTAL') {
          if (!resultsDone) { cells += '<th rowspan="' + results + '" class="rl">三、本年度办理结果</th>'; resultsDone = true; }
          if (r[2]) {
            if (ri === 0 || rows[ri - 1][2] !== r[2]) {
              var n = rows.filter(function (x) { return x[2] === r[2]; }).length;
              cells += '<th rowspan="' + n + '" class="rl">' + esc(r[2]) + '</th>';
            }
            cells += th(ctx, key(T, r[0], null), r[1], '', 'rl');
          } else {
            cells += th(ctx, key(T, r[0], null), r[1], ' colspan="2"', 'rl');
          }
        } else {
          cells += th(ctx, key(T, r[0], null), r[1], ' colspan="3"', 'rl');
        }
        cols.forEach(function (c, ci) { cells += td(ctx, T, r[0], c[0], v[ri * cols.length + ci], 1); });
        h.push('<tr>' + cells + '</tr>');
      });
    }
    return h.join('') + '</table>';
  }

  function t4(s, ctx) {
    var v = vals(s), G = D.review_groups, C = D.review_columns, T = 'review_litigation', h = [];
    h.push('<table class="grid">' + caption(ctx, T, W.t4, v));
    if (v) {
      var lit = G[1][1].split(' / ')[0];
      h.push('<tr>' + th(ctx, key(T, G[0][0], null), G[0][1], ' colspan="5"') + '<th colspan="10">' + esc(lit) + '</th></tr><tr>');
      C.forEach(function (c) { h.push('<th rowspan="2">' + esc(c[1]) + '</th>'); });
      G.slice(1).forEach(function (g) { h.push(th(ctx, key(T, g[0], null), g[1].split(' / ').pop(), ' colspan="5"')); });
      h.push('</tr><tr>');
      G.slice(1).forEach(function () { C.forEach(function (c) { h.push('<th>' + esc(c[1]) + '</th>'); }); });
      h.push('</tr><tr>');
      G.forEach(function (g, gi) { C.forEach(function (c, ci) { h.push(td(ctx, T, g[0], c[0], v[gi * C.length + ci], 1)); }); });
      h.push('</tr>');
    }
    return h.join('') + '</table>';
  }

  function select(f, by, k) {
    var prev = document.querySelectorAll('#detail .sel, #detail tr.hit');
    for (var i = 0; i < prev.length; i++) prev[i].classList.remove('sel', 'hit');
    var marks = document.querySelectorAll('#detail [data-k="' + k.replace(/"/g, '') + '"]');
    for (i = 0; i < marks.length; i++) marks[i].classList.add(marks[i].tagName === 'TR' ? 'hit' : 'sel');
    var info = (by[k] || []).map(function (j) {
      var x = f[10][j];
      return '<p><span class="sev ' + SEV[x[1]] + '">' + ['ERROR', 'WARNING', 'INFO'][x[1]] + '</span> <code>' + esc(S[x[0]])
        + '</code> ' + esc(msg(x[8], x[9])) + (x[6] != null ? ' — ' + esc(W.expected) + ' ' + x[6] : '')
        + (x[7] != null ? ', ' + esc(W.read) + ' ' + x[7] : '') + (x[10] ? ' — ' + esc(W.source) + ': ' + esc(x[10]) : '') + '</p>';
    });
    document.getElementById('cellinfo').innerHTML = info.join('');
  }

  function route() {
    var m = /^#file=(\d+)/.exec(location.hash), ov = document.getElementById('overview'), d = document.getElementById('detail');
    if (m && F && detail(+m[1])) {
      ov.hidden = true;
      d.hidden = false;
      window.scrollTo(0, 0);
    } else {
      d.hidden = true;
      ov.hidden = false;
    }
  }

  load().then(function (data) {
    D = data; F = D.files; S = D.s;
    wire();
    refresh();
    route();
    window.addEventListener('hashchange', route);
    document.body.setAttribute('data-ready', Math.round(performance.now())); // ms from navigation to the list drawn
  }, function (e) {
    document.querySelector('#list tbody').innerHTML = '<tr><td colspan="9" class="reason">' + esc(e.message) + '</td></tr>';
  });
})();
