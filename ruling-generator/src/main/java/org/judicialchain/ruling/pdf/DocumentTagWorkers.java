package org.judicialchain.ruling.pdf;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.html2pdf.attach.ITagWorker;
import com.itextpdf.html2pdf.attach.ProcessorContext;
import com.itextpdf.html2pdf.attach.impl.DefaultTagWorkerFactory;
import com.itextpdf.html2pdf.attach.impl.tags.DivTagWorker;
import com.itextpdf.html2pdf.css.apply.ICssApplier;
import com.itextpdf.html2pdf.css.apply.impl.DefaultCssApplierFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.styledxmlparser.css.util.CssDimensionParsingUtils;
import com.itextpdf.styledxmlparser.node.IElementNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The two elements templates may use beyond HTML:
 * <ul>
 *   <li>{@code <qr-code value="..." size="28mm">}: a vector QR code (iText barcodes), error
 *       correction M;</li>
 *   <li>{@code <div data-signature-slot="...">}: an ordinary block whose place on the page is
 *       recorded, so the signer puts the visible signature there.</li>
 * </ul>
 * One instance per conversion: it holds the slot found in that document.
 */
final class DocumentTagWorkers extends DefaultTagWorkerFactory {

    static final String QR_TAG = "qr-code";
    static final String SLOT_ATTRIBUTE = "data-signature-slot";
    private static final String DEFAULT_QR_SIZE = "28mm";

    private SignatureSlot slot;

    SignatureSlot slot() {
        return slot;
    }

    @Override
    public ITagWorker getCustomTagWorker(IElementNode tag, ProcessorContext context) {
        if (QR_TAG.equals(tag.name())) {
            return new QrCodeWorker(tag, context);
        }
        if ("div".equals(tag.name()) && tag.getAttribute(SLOT_ATTRIBUTE) != null) {
            return new SlotWorker(tag, context);
        }
        return null;
    }

    /** The QR code sizes itself from its attributes; CSS on it has nothing to apply. */
    static final class CssAppliers extends DefaultCssApplierFactory {
        @Override
        public ICssApplier getCustomCssApplier(IElementNode tag) {
            return QR_TAG.equals(tag.name()) ? (context, styles, worker) -> { } : null;
        }
    }

    private void record(int page, Rectangle box) {
        if (slot == null && box.getWidth() > 0 && box.getHeight() > 0) {
            slot = new SignatureSlot(page, box.getX(), box.getY(), box.getWidth(), box.getHeight());
        }
    }

    private static final class QrCodeWorker implements ITagWorker {
        private final Image image;

        QrCodeWorker(IElementNode tag, ProcessorContext context) {
            String value = tag.getAttribute("value");
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("<qr-code> needs a value attribute");
            }
            String sizeAttribute = tag.getAttribute("size");
            float size = CssDimensionParsingUtils.parseAbsoluteLength(
                    sizeAttribute == null || sizeAttribute.isBlank() ? DEFAULT_QR_SIZE : sizeAttribute.strip());
            Map<EncodeHintType, Object> hints = new HashMap<>();
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
            BarcodeQRCode qr = new BarcodeQRCode(value, hints);
            float moduleSize = size / qr.getBarcodeSize().getWidth();
            PdfFormXObject form = qr.createFormXObject(ColorConstants.BLACK, moduleSize, context.getPdfDocument());
            image = new Image(form).setHorizontalAlignment(HorizontalAlignment.CENTER);
        }

        @Override
        public void processEnd(IElementNode element, ProcessorContext context) {
        }

        @Override
        public boolean processContent(String content, ProcessorContext context) {
            return true;
        }

        @Override
        public boolean processTagChild(ITagWorker childTagWorker, ProcessorContext context) {
            return true;
        }

        @Override
        public IPropertyContainer getElementResult() {
            return image;
        }
    }

    private final class SlotWorker extends DivTagWorker {
        SlotWorker(IElementNode element, ProcessorContext context) {
            super(element, context);
        }

        @Override
        public IPropertyContainer getElementResult() {
            IPropertyContainer result = super.getElementResult();
            if (result instanceof Div div) {
                div.setNextRenderer(new SlotRenderer(div));
            }
            return result;
        }
    }

    private final class SlotRenderer extends DivRenderer {
        SlotRenderer(Div div) {
            super(div);
        }

        @Override
        public IRenderer getNextRenderer() {
            return new SlotRenderer((Div) modelElement);
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            Rectangle box = applyMargins(getOccupiedArea().getBBox().clone(), false);
            record(getOccupiedArea().getPageNumber(), box);
        }
    }
}
