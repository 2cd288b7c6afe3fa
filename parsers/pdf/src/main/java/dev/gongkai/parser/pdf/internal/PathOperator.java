package dev.gongkai.parser.pdf.internal;

import dev.gongkai.layout.page.PathRecorder;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The path operators ({@code m l c v y h re S s f F f* B B* b b* n}), fed to a {@link PathRecorder} so
 * that rulings are collected in the same pass over the content stream as the text.
 */
final class PathOperator extends OperatorProcessor {

    private final String name;
    private final PathRecorder recorder;

    private PathOperator(PDFStreamEngine engine, String name, PathRecorder recorder) {
        super(engine);
        this.name = name;
        this.recorder = recorder;
    }

    /** Registers every path operator on an engine. */
    static void register(PDFStreamEngine engine, PathRecorder recorder) {
        for (String op : List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
                "B", "B*", "b", "b*", "n")) {
            engine.addOperator(new PathOperator(engine, op, recorder));
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        switch (name) {
            case "m" -> {
                if (numbers(operands, 2)) {
                    moveTo(point(operands, 0));
                }
            }
            case "l" -> {
                if (numbers(operands, 2)) {
                    lineTo(point(operands, 0));
                }
            }
            case "c" -> {
                if (numbers(operands, 6)) {
                    curveTo(point(operands, 4));
                }
            }
            case "v", "y" -> {
                if (numbers(operands, 4)) {
                    curveTo(point(operands, 2));
                }
            }
            case "h" -> recorder.closePath();
            case "re" -> rectangle(operands);
            case "S" -> recorder.paint(false, true);
            case "s" -> {
                recorder.closePath();
                recorder.paint(false, true);
            }
            case "f", "F", "f*" -> recorder.paint(true, false);
            case "B", "B*" -> recorder.paint(true, true);
            case "b", "b*" -> {
                recorder.closePath();
                recorder.paint(true, true);
            }
            default -> recorder.endPath();
        }
    }

    private void rectangle(List<COSBase> operands) {
        if (!numbers(operands, 4)) {
            return;
        }
        float x = value(operands, 0), y = value(operands, 1), w = value(operands, 2), h = value(operands, 3);
        Point2D.Float p0 = transform(x, y), p1 = transform(x + w, y), p2 = transform(x + w, y + h), p3 = transform(x, y + h);
        recorder.rectangle(p0.x, p0.y, p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
    }

    private void moveTo(Point2D.Float p) {
        recorder.moveTo(p.x, p.y);
    }

    private void lineTo(Point2D.Float p) {
        recorder.lineTo(p.x, p.y);
    }

    private void curveTo(Point2D.Float p) {
        recorder.curveTo(p.x, p.y);
    }

    private Point2D.Float point(List<COSBase> operands, int i) {
        return transform(value(operands, i), value(operands, i + 1));
    }

    private Point2D.Float transform(float x, float y) {
        return getContext().getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private static float value(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    private static boolean numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }
}
