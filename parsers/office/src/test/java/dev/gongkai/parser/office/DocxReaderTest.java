package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Table;
import dev.gongkai.parser.office.internal.Extraction;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.parser.office.render.Expected;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/** Word details the renderer does not write: text boxes, nested tables, legacy merges, headers. */
class DocxReaderTest {
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private static List<String> blocks(XWPFDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return Expected.of(OfficeReader.read(out.toByteArray(), "t.docx").blocks());
    }

    private static String box(String text) {
        return "<w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent>";
    }

    @Test
    void textBoxesAreReadOnceBeforeTheirParagraph() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().getCTP().set(CTP.Factory.parse("<xml-fragment " + NS + "><w:r><mc:AlternateContent>"
                    + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
                    + box("樟树市2023年政府信息") + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                    + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box("樟树市2023年政府信息")
                    + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                    + "<w:r><w:t>公开工作年度报告</w:t></w:r></xml-fragment>"));
            doc.createParagraph().getCTP().set(CTP.Factory.parse("<xml-fragment " + NS + "><w:r><w:pict><v:shape><v:textbox>"
                    + box("（2024年1月）") + "</v:textbox></v:shape></w:pict></w:r></xml-fragment>"));
            doc.createParagraph().createRun().setText("一、总体情况");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉文字");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
            assertThat(blocks(doc)).containsExactly("P|樟树市2023年政府信息", "P|公开工作年度报告", "P|（2024年1月）",
                    "P|一、总体情况");
        }
    }

    @Test
    void aTableHoldingTablesIsLayout() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable outer = doc.createTable();
            var cell = outer.getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("三、收到和处理政府信息公开申请情况");
            CTTbl inner = cell.getCTTc().addNewTbl();
            for (String[] row : new String[][] {{"项目", "自然人"}, {"一、本年新收政府信息公开申请数量", "20"}}) {
                CTRow tr = inner.addNewTr();
                for (String t : row) {
                    tr.addNewTc().addNewP().addNewR().addNewT().setStringValue(t);
                }
            }
            cell.getCTTc().addNewP();
            doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            Extraction x = OfficeReader.read(out.toByteArray(), "t.docx");
            assertThat(Expected.of(x.blocks())).containsExactly("P|三、收到和处理政府信息公开申请情况",
                    "T|\n项目¦自然人¦\n一、本年新收政府信息公开申请数量¦20¦", "P|四、政府信息公开行政复议、行政诉讼情况");
            Table t = (Table) x.blocks().get(1);
            assertThat(t.rows().get(1).get(1).span().path()).isEqualTo("table[0]/row[1]/cell[1]");
        }
    }

    @Test
    void legacyHorizontalMergesAndGridBeforeKeepColumns() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable();
            CTTbl tbl = t.getCTTbl();
            tbl.removeTr(0);
            tbl.addNewTr().set(CTRow.Factory.parse("<xml-fragment " + NS + ">"
                    + "<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc>"
                    + "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"
                    + "<w:tc><w:p><w:r><w:t>行政诉讼</w:t></w:r></w:p></w:tc></xml-fragment>"));
            tbl.addNewTr().set(CTRow.Factory.parse("<xml-fragment " + NS + "><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
                    + "<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc>"
                    + "<w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></xml-fragment>"));
            assertThat(blocks(doc)).containsExactly("T|\n行政复议¦行政诉讼¦\n¦3¦4¦");
        }
    }
}
