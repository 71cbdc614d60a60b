package vn.dangbo.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template (well-formed XHTML, under {@code templates/pdf/}) to a PDF with the
 * embedded DejaVu Serif font (a serif face like the Times of official Party documents, with every
 * Vietnamese glyph). Templates may use messages, {@code @fmt} and the {@code fragments/official} header;
 * numbers and dates follow the given locale.
 */
@Component
public class PdfRenderer {

    private static final String FONT_FAMILY = "DejaVu Serif";

    private final SpringTemplateEngine templates;
    private final ApplicationContext applicationContext;
    private final ConversionService conversionService;

    PdfRenderer(SpringTemplateEngine templates, ApplicationContext applicationContext, ConversionService mvcConversionService) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.conversionService = mvcConversionService;
    }

    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(Map.copyOf(model));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService));
        Locale previous = LocaleContextHolder.getLocale();
        String xhtml;
        try {
            LocaleContextHolder.setLocale(locale);
            xhtml = templates.process(template, context);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        font(builder, "", 400, PdfRendererBuilder.FontStyle.NORMAL);
        font(builder, "-Bold", 700, PdfRendererBuilder.FontStyle.NORMAL);
        font(builder, "-Italic", 400, PdfRendererBuilder.FontStyle.ITALIC);
        font(builder, "-BoldItalic", 700, PdfRendererBuilder.FontStyle.ITALIC);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering of " + template + " failed", e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String variant, int weight, PdfRendererBuilder.FontStyle style) {
        ClassPathResource file = new ClassPathResource("fonts/DejaVuSerif" + variant + ".ttf");
        builder.useFont(() -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, FONT_FAMILY, weight, style, true);
    }
}
