package dev.gongkai.cli.check;

/** The inline style and script of report.html. */
final class HtmlAssets {
    private HtmlAssets() {}

    static final String CSS = String.join("\n",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1d2329;background:#fafbfc}",
            "h1{font-size:22px;margin:4px 0}h2{font-size:17px;margin:24px 0 8px}.meta{color:#667;margin:0 0 12px}",
            ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.card{background:#fff;border:1px solid #dde2e7;border-radius:8px;padding:8px 14px;min-width:96px}",
            ".card b{display:block;font-size:22px}.card span{color:#556;font-size:12px}.cards.small .card b{font-size:18px}",
            ".card.error b,.sev.error{color:#c62828}.card.warning b,.sev.warning{color:#b26a00}.card.info b,.sev.info{color:#1e88e5}.card.ok b{color:#2e7d32}.card.unreadable b{color:#6a1b9a}.card.skipped b{color:#78848f}",
            ".charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}figure{margin:0;background:#fff;border:1px solid #dde2e7;border-radius:8px;padding:10px}",
            "figcaption{font-weight:600;margin-bottom:6px}svg text{font-size:12px;fill:#334}svg text.n{fill:#556}.none{color:#778}",
            "table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #e6e9ed;padding:5px 8px;text-align:left;vertical-align:top}",
            "th{background:#f0f3f6;cursor:pointer;user-select:none;white-space:nowrap}th.asc:after{content:' ▲'}th.desc:after{content:' ▼'}",
            "#files td:nth-child(n+7){text-align:right}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            ".badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;white-space:nowrap}",
            ".badge.error{background:#c62828}.badge.warning{background:#ef8f00}.badge.ok{background:#2e7d32}.badge.unreadable{background:#6a1b9a}.badge.skipped{background:#90a4ae}",
            ".sev{font-weight:600;font-size:12px}.reason{color:#6a1b9a;font-size:12px}.label{color:#667;font-size:12px}a.json{font-size:11px;color:#78848f}",
            "#filter{margin:4px 0 8px;padding:5px 8px;width:320px;border:1px solid #cdd3d9;border-radius:6px}",
            "details{background:#fff;border:1px solid #dde2e7;border-radius:8px;margin:8px 0;padding:6px 10px}summary{cursor:pointer;padding:2px 0}",
            "table.findings{margin-top:6px}table.findings th{cursor:default}code{font-size:12px}",
            "table.findings td:nth-child(3){min-width:220px;max-width:320px;word-break:break-all}table.findings td:nth-child(6){min-width:300px}",
            "@media (max-width:900px){.charts{grid-template-columns:1fr}}");

    static final String JS = String.join("\n",
            "(function(){var t=document.getElementById('files');if(!t)return;var tb=t.tBodies[0];",
            "function key(tr,c,num){var td=tr.cells[c];var v=td.getAttribute('data-v');if(v!==null)return +v;var s=td.textContent.trim();return num?(s===''?-1:+s):s;}",
            "function sort(c,dir){var th=t.tHead.rows[0].cells[c];var num=th.hasAttribute('data-num')||th.cellIndex===0;",
            "var rows=Array.prototype.slice.call(tb.rows);rows.sort(function(a,b){var x=key(a,c,num),y=key(b,c,num);",
            "var r=num?x-y:String(x).localeCompare(String(y),'zh');if(r===0)r=key(a,1,false).localeCompare(key(b,1,false));return dir*r;});",
            "rows.forEach(function(r){tb.appendChild(r);});Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h){h.classList.remove('asc','desc');});",
            "th.classList.add(dir>0?'asc':'desc');}",
            "Array.prototype.forEach.call(t.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){sort(i,th.classList.contains('asc')?-1:1);});});",
            "sort(0,1);var f=document.getElementById('filter');f.addEventListener('input',function(){var q=f.value.toLowerCase();",
            "Array.prototype.forEach.call(tb.rows,function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});});})();");
}
