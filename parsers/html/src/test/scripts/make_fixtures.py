#!/usr/bin/env python3
"""Writes the HTML fixtures of the html reader's tests from the bundled seed reports.

Each seed's prose (every line outside its tables) is kept word for word; its three tables are written
again from the seed's expected JSON in the layout of the official template (rowspan/colspan header
blocks, as 政府网站 pages and Word exports have them), and the whole is dressed in one of the page
shapes of SPEC section 5. The expected JSON is copied beside each fixture as its golden output.

Run from the repository root:  python3 parsers/html/src/test/scripts/make_fixtures.py
"""
import html
import json
import os
import re

SEEDS = "corpus/seeds"
OUT = "parsers/html/src/test/resources/fixtures"

HEADING = re.compile(r"^\s*(一|二|三|四|五|六)、")


def read_seed(name):
    with open(os.path.join(SEEDS, name + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(SEEDS, "expected", name + ".json"), encoding="utf-8") as f:
        expected = json.load(f)
    return text, expected


def is_table_line(line):
    return line.startswith("\t") or line.rstrip().endswith("|")


def segments(text):
    """The seed as [("p", line) | ("table", section)], tables replaced by the section they belong to.

    A table runs over tab-prefixed or |-terminated lines, the blank lines between them, and the lines
    of broken cells (a line that is no heading and is followed, after blank lines, by a table line)."""
    lines = [l.rstrip("\r") for l in text.split("\n")]

    def next_is_table(i):
        for l in lines[i + 1:]:
            if l.strip():
                return is_table_line(l)
        return False

    out = []
    section = None
    in_table = False
    emitted = set()
    for i, line in enumerate(lines):
        table_line = is_table_line(line)
        broken_cell = in_table and line.strip() and not HEADING.match(line) and next_is_table(i)
        blank_inside = in_table and not line.strip()
        if table_line or broken_cell or blank_inside:
            if not blank_inside and section not in emitted:
                out.append(("table", section))
                emitted.add(section)
            in_table = True
            continue
        in_table = False
        if not line.strip():
            continue
        m = HEADING.match(line)
        if m:
            section = m.group(1)
        out.append(("p", line.strip()))
    return out


# ---------------------------------------------------------------- the template's tables as cell rows

def cell(text, colspan=1, rowspan=1, header=False):
    return {"text": text, "colspan": colspan, "rowspan": rowspan, "header": header}


def value(v):
    if v is None:
        return None
    s = str(v)
    return s


ACTIVE_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章"), ("normative_documents", "行政规范性文件")], ["issued", "abolished", "in_force"]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("administrative_licensing", "行政许可")], ["decisions"]),
    ("第二十条第（六）项", ["本年处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")], ["decisions"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("administrative_fees", "行政事业性收费")], ["amount"]),
]

ACTIVE_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("rules", "规章"), ("normative_documents", "规范性文件")], ["newly_made", "newly_published", "total_published"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_licensing", "行政许可"), ("other_external_services", "其他对外管理服务事项")],
     ["previous_year_items", "change", "decisions"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")],
     ["previous_year_items", "change", "decisions"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("administrative_fees", "行政事业性收费")],
     ["previous_year_items", "change"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("centralized_procurement", "政府集中采购")],
     ["procurement_items", "procurement_amount"]),
]

SPANS_2019 = {"第二十条第（八）项": [1, 2], "第二十条第（九）项": [2, 1]}


def active_rows(report, labels):
    edition = report["edition"]
    blocks = ACTIVE_2021 if edition == "2021" else ACTIVE_2019
    data = report["active_disclosure"]
    rows = []
    for item, headers, items, columns in blocks:
        rows.append([cell(labels.get(item, item), colspan=4, header=True)])
        spans = SPANS_2019.get(item) if edition == "2019" else None
        if spans is None:
            spans = [1] * len(headers) if len(headers) == 3 else [3]
        rows.append([cell(labels.get("信息内容", "信息内容"), header=True)]
                    + [cell(labels.get(h, h), colspan=s, header=True) for h, s in zip(headers, spans)])
        for code, label in items:
            values = data.get(code, {})
            rows.append([cell(labels.get(label, label))]
                        + [cell(value(values.get(c)), colspan=s) for c, s in zip(columns, spans)])
    return rows


APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
              "legal_service_org", "other_org", "total"]

OUTCOMES_2021 = [
    ("（三）不予公开", [("denied.state_secret", "1.属于国家秘密"), ("denied.prohibited_by_law", "2.其他法律行政法规禁止公开"),
                 ("denied.security_stability", "3.危及“三安全一稳定”"), ("denied.third_party_rights", "4.保护第三方合法权益"),
                 ("denied.internal_affairs", "5.属于三类内部事务信息"), ("denied.process_information", "6.属于四类过程性信息"),
                 ("denied.law_enforcement_file", "7.属于行政执法案卷"), ("denied.administrative_inquiry", "8.属于行政查询事项")]),
    ("（四）无法提供", [("unable.not_held", "1.本机关不掌握相关政府信息"), ("unable.needs_creation", "2.没有现成信息需要另行制作"),
                 ("unable.unclear_after_correction", "3.补正后申请内容仍不明确")]),
    ("（五）不予处理", [("not_processed.complaint", "1.信访举报投诉类申请"), ("not_processed.duplicate", "2.重复申请"),
                 ("not_processed.publication", "3.要求提供公开出版物"), ("not_processed.excessive", "4.无正当理由大量反复申请"),
                 ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息")]),
    ("（六）其他处理", [("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                 ("other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                 ("other.other", "3.其他")]),
]


def value_cells(values):
    """Value cells of one row; trailing missing values are left out (a short row), others are blank."""
    vals = [values.get(c) for c in APPLICANTS]
    while vals and vals[-1] is None:
        vals.pop()
    return [cell(value(v)) for v in vals]


def application_rows(report, labels):
    data = report["applications"]
    L = lambda s: labels.get(s, s)
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    rows = [
        [cell(L(note), colspan=3, rowspan=3, header=True), cell(L("申请人情况"), colspan=7, header=True)],
        [cell(L("自然人"), rowspan=2, header=True), cell(L("法人或其他组织"), colspan=5, header=True),
         cell(L("总计"), rowspan=2, header=True)],
        [cell(L(x), header=True) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]],
        [cell(L("一、本年新收政府信息公开申请数量"), colspan=3)] + value_cells(data["new_received"]),
        [cell(L("二、上年结转政府信息公开申请数量"), colspan=3)] + value_cells(data["carried_over"]),
    ]
    groups = list(OUTCOMES_2021)
    collapsed = "other" in data
    if collapsed:
        groups = groups[:3]
    body = [
        [cell(L("（一）予以公开"), colspan=2)] + value_cells(data["granted"]),
        [cell(L("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), colspan=2)] + value_cells(data["partially_granted"]),
    ]
    for group, items in groups:
        for i, (code, label) in enumerate(items):
            row = [cell(L(group), rowspan=len(items))] if i == 0 else []
            body.append(row + [cell(L(label))] + value_cells(data[code]))
    if collapsed:
        body.append([cell(L("（六）其他处理"), colspan=2)] + value_cells(data["other"]))
    body.append([cell(L("（七）总计"), colspan=2)] + value_cells(data["total_handled"]))
    body[0] = [cell(L("三、本年度办理结果"), rowspan=len(body))] + body[0]
    rows += body
    rows.append([cell(L("四、结转下年度继续办理"), colspan=3)] + value_cells(data["carried_forward"]))
    return rows


REVIEW_COLUMNS = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
                  ("total", "总计")]


def review_rows(report, labels):
    data = report["review_litigation"]
    L = lambda s: labels.get(s, s)
    rows = [
        [cell(L("行政复议"), colspan=5, header=True), cell(L("行政诉讼"), colspan=10, header=True)],
        [cell(L(label), rowspan=2, header=True) for _, label in REVIEW_COLUMNS]
        + [cell(L("未经复议直接起诉"), colspan=5, header=True), cell(L("复议后起诉"), colspan=5, header=True)],
        [cell(L(label), header=True) for _, label in REVIEW_COLUMNS] * 2,
        [cell(value(data[g][c])) for g in ["review", "litigation_direct", "litigation_after_review"]
         for c, _ in REVIEW_COLUMNS],
    ]
    return rows


def table_rows(section, report, labels):
    return {"二": active_rows, "三": application_rows, "四": review_rows}[section](report, labels)


# ---------------------------------------------------------------- page shapes

def esc(s):
    return html.escape(s, quote=False)


def cell_html(c, style, blank="&nbsp;"):
    text = c["text"]
    attrs = ""
    if c["colspan"] > 1:
        attrs += f' colspan="{c["colspan"]}"'
    if c["rowspan"] > 1:
        attrs += f' rowspan="{c["rowspan"]}"'
    if style == "word":
        if text is None or text == "":
            inner = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        else:
            inner = "".join(word_cell_paragraph(part) for part in text.split("\n"))
        return (f"<td{attrs.replace(chr(34), '')} valign=top style='border:solid windowtext 1.0pt;mso-border-alt:"
                f"solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n{inner}</td>")
    tag = "th" if c["header"] and style == "fragment" else "td"
    if text is None or text == "":
        inner = blank
    elif style in ("cms", "gbk"):
        inner = "<br>".join(esc(part) for part in text.split("\n"))
    else:
        inner = esc(text).replace("\n", "<br/>")
    return f"<{tag}{attrs}>{inner}</{tag}>"


def word_cell_paragraph(text):
    runs = word_runs(text, cell=True)
    return f"<p class=MsoNormal align=center style='text-align:center'>{runs}<o:p></o:p></p>\n"


def word_runs(text, cell=False):
    """Word's runs: ASCII in lang=EN-US spans, Chinese split into pieces of a few characters, source wrapped."""
    size = "10.5pt" if cell else "16.0pt"
    font = "宋体" if cell else "仿宋_GB2312"
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%/\-]+|[^0-9A-Za-z.%/\-]+", text):
        piece = m.group(0)
        if re.match(r"[0-9A-Za-z]", piece):
            out.append(f"<span lang=EN-US style='font-size:{size};font-family:\"Times New Roman\";"
                       f"mso-fareast-font-family:{font}'>{esc(piece)}</span>")
        else:
            for k in range(0, len(piece), 7):
                out.append(f"<span style='font-size:{size};font-family:{font};mso-ascii-font-family:"
                           f"\"Times New Roman\"'>{esc(piece[k:k + 7])}</span>")
    joined = "".join(out)
    # Word wraps its source near 76 columns, inside text runs as well as between attributes
    lines = []
    while len(joined) > 76:
        cut = joined.rfind(" ", 40, 76)
        if cut < 0:
            cut = 76
        lines.append(joined[:cut])
        joined = joined[cut:].lstrip(" ")
    lines.append(joined)
    return "\n".join(lines)


def table_html(rows, style):
    if style == "word":
        head = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=568 style='width:426.1pt;"
                "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n")
    elif style == "gbk":
        head = '<table width="96%" border="1" cellspacing="0" cellpadding="2" bordercolor="#000000" style="font-size:12px">\n'
    elif style == "fragment":
        head = '<table class="table">\n<tbody>\n'
    else:
        head = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">\n<tbody>\n'
    body = []
    for i, row in enumerate(rows):
        tr = "<tr style='mso-yfti-irow:%d'>" % i if style == "word" else "<tr>"
        body.append(tr + "\n" + "\n".join(cell_html(c, style) for c in row) + "\n</tr>")
    tail = "\n</table>\n" if style in ("word", "gbk") else "\n</tbody>\n</table>\n"
    return head + "\n".join(body) + tail


def paragraph_html(text, style, kind):
    if style == "word":
        if kind == "heading":
            return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                    f"mso-line-height-rule:exactly'><b>{word_runs(text)}</b><span lang=EN-US><o:p></o:p></span></p>\n")
        if kind == "sign":
            return f"<p class=MsoNormal align=right style='text-align:right'>{word_runs(text)}<o:p></o:p></p>\n"
        return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                f"mso-line-height-rule:exactly'>{word_runs(text)}<span lang=EN-US><o:p></o:p></span></p>\n")
    if style == "gbk":
        if kind == "heading":
            return f'<p><font face="黑体" size="3"><b>{esc(text)}</b></font></p>\n'
        return f'<p style="text-indent:2em;line-height:180%"><font face="仿宋_GB2312">{esc(text)}</font></p>\n'
    if kind == "heading":
        return f"<p style=\"text-indent:2em\"><strong>{esc(text)}</strong></p>\n"
    if kind == "sign":
        return f"<p style=\"text-align:right\">{esc(text)}</p>\n"
    return f"<p style=\"text-indent:2em\">&nbsp;&nbsp;{esc(text)}</p>\n"


def body_html(segs, report, labels, style, skip_title=0, sign_lines=0):
    out = []
    prose = [i for i, s in enumerate(segs) if s[0] == "p"]
    signs = set(prose[len(prose) - sign_lines:]) if sign_lines else set()
    for i, (kind, content) in enumerate(segs):
        if i in prose[:skip_title]:
            continue
        if kind == "table":
            out.append(table_html(table_rows(content, report, labels), style))
        else:
            k = "sign" if i in signs else "heading" if HEADING.match(content) else "text"
            out.append(paragraph_html(content, style, k))
    return "".join(out)


def title_lines(segs, n):
    return [c for k, c in segs if k == "p"][:n]


def page_cms(segs, report, labels):
    """A CMS page saved whole: navigation, breadcrumb, related links, share widgets, title in an h1."""
    title = title_lines(segs, 1)[0]
    content = body_html(segs, report, labels, "cms", skip_title=1)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}_樟树市人民政府</title>
<meta name="ArticleTitle" content="{esc(title)}">
<link rel="stylesheet" href="/images/common.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; var title = "一、总体情况 二、主动公开政府信息情况";</script>
<style>.nav li {{ float:left }} td {{ border:1px solid #000 }}</style>
</head>
<body>
<div class="top-bar"><span>今天是：<span id="date"></span></span><a href="/wza">无障碍</a> <a href="/old">长者模式</a></div>
<div class="header">
  <div class="logo"><img src="/images/logo.png" alt="樟树市人民政府"></div>
  <div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
</div>
<div class="nav"><ul>
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjzs/">走进樟树</a></li>
</ul></div>
<div class="container">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>
  <div class="sidebar">
    <h3>相关报告</h3>
    <ul>
      <li><a href="/ndbg/2022.html">樟树市2022年政府信息公开工作年度报告</a></li>
      <li><a href="/ndbg/2021.html">樟树市2021年政府信息公开工作年度报告</a></li>
    </ul>
  </div>
  <div class="article">
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-info">
      <span>发布时间：2024-01-20 16:30</span> <span>来源：市政府办</span> <span>浏览次数：<em id="hits">1024</em></span>
      <span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
    </div>
    <div class="article-content" id="zoom">
{content}
    </div>
    <div class="bdsharebuttonbox"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
</div>
<div class="footer">
  <p>主办：樟树市人民政府办公室　承办：樟树市大数据中心</p>
  <p>版权所有 © 樟树市人民政府 赣ICP备00000000号 网站标识码：0000000000</p>
</div>
<script>$(function(){{ $('#date').text(new Date().toLocaleDateString()); }});</script>
</body>
</html>
"""


def page_gov_meta(segs, report, labels):
    """A 政府网站 page whose body has no title line: the title and date are only in the page's meta tags
    (ArticleTitle, PubDate, ContentSource, SiteName, ColumnName) and in its <title> after the site name."""
    title = title_lines(segs, 1)[0]
    content = body_html(segs, report, labels, "cms", skip_title=1)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>铜鼓县人民政府 - {esc(title)}</title>
<meta name="SiteName" content="铜鼓县人民政府">
<meta name="SiteDomain" content="www.tonggu.gov.cn">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="2022-01-25 10:15">
<meta name="ContentSource" content="铜鼓县人民政府办公室">
</head>
<body>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article-content">
{content}
</div>
<div class="footer"><p>主办：铜鼓县人民政府办公室</p></div>
</body>
</html>
"""


def page_zhengwen_year_first(segs, report, labels):
    """A page whose article starts with the word 正文 on its own line, then a title that puts the year
    before the organ, then a line 发布日期：…; the <title> is the column's name only."""
    title = title_lines(segs, 1)[0]
    year = re.search(r"(\d{4})年", title).group(1)
    organ = title[:title.index(year)]
    year_first = year + "年" + organ + title[title.index(year) + 5:]
    content = body_html(segs, report, labels, "cms", skip_title=1)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>政府信息公开年报</title>
</head>
<body>
<div class="article">
<p>正文</p>
<h2>{esc(year_first)}</h2>
<p>发布日期：2022-01-28</p>
{content}
</div>
</body>
</html>
"""


def page_fragment(segs, report, labels):
    """A bare fragment, as a crawler takes it out of a JavaScript string: no html, head or body."""
    return f'<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0;font-size:12pt}}</style>\n' \
           f'{body_html(segs, report, labels, "fragment")}</div>\n'


def page_word(segs, report, labels, sign_lines):
    """HTML saved by Word: mso- styles, o:p, runs splitting labels, several p per cell, WordSection divs."""
    content = body_html(segs, report, labels, "word", sign_lines=sign_lines)
    cut = content.find("<table")
    sections = (f"<div class=WordSection1 style='layout-grid:15.6pt'>\n{content[:cut]}</div>\n"
                f"<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all "
                f"style='page-break-before:always;mso-break-type:section-break'>\n</span>\n"
                f"<div class=WordSection2 style='layout-grid:15.6pt'>\n{content[cut:]}</div>\n")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>政府信息公开工作年度报告</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>admin</o:Author>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;}}
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

{sections}
</body>

</html>
"""


def page_gbk(segs, report, labels, title_count):
    """An older page in GB2312 declared only in a meta tag, laid out with tables of tables."""
    titles = title_lines(segs, title_count)
    content = body_html(segs, report, labels, "gbk", skip_title=title_count)
    title = "<br>".join(esc(t) for t in titles)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc("".join(titles))}</title>
<link href="../../css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="../../images/top.jpg"><img src="../../images/logo.gif"></td></tr>
  <tr><td class="menu"><a href="/">网站首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/bsfw/">办事服务</a></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left">
      <table width="100%"><tr><td class="lm">信息公开目录</td></tr><tr><td><a href="#">机构职能</a></td></tr>
      <tr><td><a href="#">政策文件</a></td></tr><tr><td><a href="#">年度报告</a></td></tr></table>
    </td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; 年度报告</td></tr>
        <tr><td align="center" class="title" height="60"><font size="5"><b>{title}</b></font></td></tr>
        <tr><td align="center" class="date">发布日期：2021-01-25　　来源：本站　　【<a href="javascript:window.close()">关闭</a>】</td></tr>
        <tr><td class="content">
{content}
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center"><tr><td class="bottom" align="center">版权所有：樟树市人民政府　技术支持：信息中心<br>建议使用1024×768分辨率浏览</td></tr></table>
</body>
</html>
"""


def page_breaks(segs, report, labels, sign_lines):
    """A CMS body holding each section's lines in one div, separated by br; table headers in thead."""
    out = []
    buffer = []

    def flush():
        if buffer:
            out.append("<div>" + "<br>\n".join(esc(b) for b in buffer) + "<br></div>\n")
            buffer.clear()

    prose = [c for k, c in segs if k == "p"]
    signs = prose[len(prose) - sign_lines:]
    for kind, content in segs:
        if kind == "table":
            flush()
            rows = table_rows(content, report, labels)
            head = [r for r in rows if r and all(c["header"] for c in r)]
            body = [r for r in rows if r not in head]
            t = ['<table border="1" cellspacing="0">', "<thead>"]
            t += ["<tr>" + "".join(cell_html(c, "fragment") for c in r) + "</tr>" for r in head]
            t += ["</thead>", "<tbody>"]
            t += ["<tr>" + "".join(cell_html(c, "cms", blank="") for c in r) + "</tr>" for r in body]
            t += ["</tbody>", "</table>"]
            out.append("\n".join(t) + "\n")
        elif content in signs:
            flush()
            out.append(f'<p align="right">{esc(content)}</p>\n')
        else:
            buffer.append(content)
    flush()
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>清镇市人民政府</title></head>
<body>
<div id="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="crumbs">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div id="main">
<div class="zoom" id="Zoom">
{"".join(out)}</div>
<div class="share"><a>微信</a><a>微博</a></div>
</div>
<div id="footer">清镇市人民政府办公室主办</div>
</body>
</html>
"""


def markdown_table(rows):
    """The table as a PDF converter writes Markdown: a merged cell once (no cells for its colspan), an
    empty cell where a rowspan from above covers the row."""
    covered = {}
    lines = []
    width = 0
    for r, row in enumerate(rows):
        entries = []
        x = 0
        queue = list(row)
        while queue or any(k[0] == r and k[1] >= x for k in covered):
            if (r, x) in covered:
                entries.append("")
                x += covered[(r, x)]
                continue
            if not queue:
                break
            c = queue.pop(0)
            entries.append((c["text"] or "").replace("\n", ""))
            for dr in range(1, c["rowspan"]):
                covered[(r + dr, x)] = c["colspan"]
            x += c["colspan"]
        width = max(width, len(entries))
        lines.append("| " + " | ".join(entries) + " |")
        if r == 0:
            lines.append("|" + "---|" * len(entries))
    return lines


def markdown_lines(segs, report, labels):
    out = []
    for kind, content in segs:
        if kind == "table":
            out.extend(markdown_table(table_rows(content, report, labels)))
        else:
            out.append(content)
    return out


def page_markdown_pre(segs, report, labels):
    """A page whose report is Markdown inside a pre, as a converter left it."""
    text = "\n".join(esc(l) for l in markdown_lines(segs, report, labels))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>年度报告</title></head>
<body>
<nav><a href="/">首页</a></nav>
<main><pre class="report">
{text}
</pre></main>
</body></html>
"""


def page_markdown_paragraphs(segs, report, labels):
    """Markdown table rows that reached a page as plain paragraphs."""
    ps = "".join(f"<p>{esc(l)}</p>\n" for l in markdown_lines(segs, report, labels))
    return f'<div class="article">\n{ps}</div>\n'


# ---------------------------------------------------------------- the fixtures

LABELS_002 = {"总计": "合计", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开（区分处理的，只记这一情形，不记其他情形）",
              "1.信访举报投诉类申请": "1.信访投诉举报类申请", "结果维持": "结果维护", "规章": "规    章"}
LABELS_BROKEN = {"商业企业": "商业\n企业", "科研机构": "科研\n机构", "社会公益组织": "社会公益\n组织",
                 "法律服务机构": "法律服务\n机构", "结果纠正": "结果\n纠正", "其他结果": "其他\n结果", "尚未审结": "尚未\n审结",
                 "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）":
                     "（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）"}


def write(name, text, expected, encoding="utf-8"):
    with open(os.path.join(OUT, name + ".html"), "w", encoding=encoding, newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    fixtures = []

    text, exp = read_seed("000_caa70d9250cb3ad4")
    segs = segments(text)
    # the page's line under the title states the publication date the seed's text does not
    write("saved-page-with-chrome", page_cms(segs, exp, LABELS_BROKEN), dict(exp, published="2024-01-20"))
    write("markdown-in-pre", page_markdown_pre(segs, exp, {}), exp)
    fixtures += ["saved-page-with-chrome", "markdown-in-pre"]

    text, exp = read_seed("001_0f3a3c160bddc4d1")
    segs = segments(text)
    write("br-lines-and-thead", page_breaks(segs, exp, {}, sign_lines=2), exp)
    fixtures.append("br-lines-and-thead")

    text, exp = read_seed("002_d99c8dcb44f53e53")
    segs = segments(text)
    write("gbk-meta-layout-tables", page_gbk(segs, exp, LABELS_002, 2), exp, encoding="gb18030")
    fixtures.append("gbk-meta-layout-tables")

    text, exp = read_seed("003_e52139f12275cdbc")
    segs = segments(text)
    write("fragment-without-html", page_fragment(segs, exp, {}), exp)
    write("markdown-paragraphs", page_markdown_paragraphs(segs, exp, {}), exp)
    fixtures += ["fragment-without-html", "markdown-paragraphs"]
    # the title, organ and date only in the meta tags; the year-first title behind 正文, with 发布日期
    write("gov-meta-tags", page_gov_meta(segs, exp, {}), dict(exp, published="2022-01-25"))
    year_first = dict(exp, published="2022-01-28")
    year_first["title"] = "2021年铜鼓县政府信息公开工作年度报告"
    write("zhengwen-year-first-title", page_zhengwen_year_first(segs, exp, {}), year_first)
    fixtures += ["gov-meta-tags", "zhengwen-year-first-title"]

    text, exp = read_seed("004_848a9e02a78f2d1d")
    segs = segments(text)
    write("word-export", page_word(segs, exp, LABELS_BROKEN, sign_lines=2), exp)
    fixtures.append("word-export")

    print("wrote", len(fixtures), "fixtures to", OUT)


if __name__ == "__main__":
    main()
