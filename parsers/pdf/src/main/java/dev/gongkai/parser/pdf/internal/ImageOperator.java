package dev.gongkai.parser.pdf.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The {@code Do} operator: an image XObject drawn is reported with the matrix it is drawn with (its
 * unit square mapped onto the page); forms are run as the text stripper runs them.
 */
final class ImageOperator extends OperatorProcessor {

    /** An image drawn: the image and the current transformation matrix at {@code Do}. */
    record Drawn(PDImageXObject image, Matrix ctm) {}

    private final DrawObject forms;
    private final Consumer<Drawn> sink;

    private ImageOperator(PDFStreamEngine engine, Consumer<Drawn> sink) {
        super(engine);
        this.forms = new DrawObject(engine);
        this.sink = sink;
    }

    static void register(PDFStreamEngine engine, Consumer<Drawn> sink) {
        engine.addOperator(new ImageOperator(engine, sink));
    }

    @Override
    public String getName() {
        return "Do";
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDResources resources = getContext().getResources();
            PDXObject x = null;
            try {
                x = resources == null ? null : resources.getXObject(name);
            } catch (IOException | RuntimeException e) {
                return; // a broken image costs only the image
            }
            if (x instanceof PDImageXObject image) {
                sink.accept(new Drawn(image, getContext().getGraphicsState().getCurrentTransformationMatrix().clone()));
                return;
            }
        }
        forms.process(operator, operands);
    }
}
