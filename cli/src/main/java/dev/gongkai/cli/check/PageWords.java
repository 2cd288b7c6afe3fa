package dev.gongkai.cli.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The words report.html's script shows, in the page's language, as one JSON object. */
final class PageWords {
    private PageWords() {}

    static String json(Words w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", new String[] {w.status(Status.UNREADABLE), w.status(Status.ERROR), w.status(Status.WARNING),
            w.status(Status.OK), w.status(Status.SKIPPED)});
        m.put("back", w.t("← all files", "← 返回文件列表"));
        m.put("prev", w.t("‹ previous", "‹ 上一页"));
        m.put("next", w.t("next ›", "下一页 ›"));
        m.put("page", w.t("page %1 of %2", "第 %1 / %2 页"));
        m.put("shown", w.t("%1 of %2 files", "%1 / %2 个文件"));
        m.put("none", w.t("No file matches.", "没有符合条件的文件。"));
        m.put("findings", w.t("Findings", "发现"));
        m.put("notes", w.t("What the reader reported while reading the document", "读取文档时读取器报告的问题"));
        m.put("notesShort", w.t("reader problems", "读取问题"));
        m.put("severity", w.t("severity", "级别"));
        m.put("rule", w.t("rule", "规则"));
        m.put("cell", w.t("cell", "单元格"));
        m.put("expected", w.t("expected", "应为"));
        m.put("read", w.t("read", "实为"));
        m.put("message", w.t("message", "说明"));
        m.put("source", w.t("source", "原文位置"));
        m.put("problem", w.t("problem", "问题"));
        m.put("description", w.t("description", "说明"));
        m.put("t2", w.t("Table 二 · active disclosure", "表二 · 主动公开政府信息情况"));
        m.put("t3", w.t("Table 三 · applications received and handled", "表三 · 收到和处理政府信息公开申请情况"));
        m.put("t4", w.t("Table 四 · administrative review and litigation", "表四 · 政府信息公开行政复议、行政诉讼情况"));
        m.put("absent", w.t("not found in the document", "文档中未见此表"));
        m.put("unmapped", w.t("held in the document but not read with certainty", "文档中有此表，但未能确定读取"));
        m.put("omitted", w.t("Tables not embedded (this page embeds them for the first %1 files, errors first); "
                + "they are in the canonical JSON: ", "表格未嵌入本页（本页只嵌入前 %1 个文件的表格，错误优先）；见规范 JSON："));
        m.put("noTables", w.t("No tables: the document could not be read.", "无表格：文档无法读取。"));
        m.put("uncertain", w.t("read with doubt", "读取存疑"));
        m.put("legend", new String[] {w.t("ERROR", "错误"), w.t("WARNING", "警告"), w.t("INFO", "提示"),
            w.t("read with doubt (hatched)", "读取存疑（斜线）"), w.t("blank", "空白")});
        m.put("click", w.t("Point at or click a marked cell for its finding and where it stands in the document.",
                "指向或点击有标记的单元格，查看发现及其在原文中的位置。"));
        m.put("info", w.t("information", "信息内容"));
        m.put("situation", w.t("本年度情况", "本年度情况"));
        m.put("applicant", w.t("申请人情况", "申请人情况"));
        m.put("json", w.t("canonical JSON", "规范 JSON"));
        m.put("organ", w.t("organ", "机关"));
        m.put("year", w.t("year", "年度"));
        m.put("edition", w.t("edition", "格式版本"));
        m.put("reader", w.t("reader", "读取器"));
        m.put("noDecompress", w.t("This browser cannot open the compressed data of this page (it needs DecompressionStream).",
                "此浏览器无法打开本页的压缩数据（需要 DecompressionStream）。"));
        m.put("wholeDoc", w.t("the whole document", "整份文档"));
        try {
            return OutDir.JSON.writeValueAsString(m).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
