package cabletag.workspace.report;

import cabletag.core.score.EntityScore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A report as JSON for machines: the scope, the overall figures, then every section with its notes,
 * charts (categories and series) and tables (each row an object keyed by column heading). Ratios are
 * numbers 0..1, as seqeval gives them.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(Report report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("title", report.title());
            json.writeObjectFieldStart("scope");
            json.writeStringField("cables", report.scope().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("description", report.scopeLine());
            json.writeNumberField("scored", report.scored());
            json.writeNumberField("corpus", report.cables());
            json.writeEndObject();
            EntityScore overall = report.overall();
            json.writeObjectFieldStart("overall");
            json.writeNumberField("precision", overall.precision());
            json.writeNumberField("recall", overall.recall());
            json.writeNumberField("f1", overall.f1());
            json.writeNumberField("correct", overall.correct());
            json.writeNumberField("predicted", overall.predicted());
            json.writeNumberField("gold", overall.gold());
            json.writeEndObject();
            json.writeArrayFieldStart("sections");
            for (ReportSection section : report.sections()) {
                section(json, section);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    private static void section(JsonGenerator json, ReportSection section) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", section.id());
        json.writeStringField("title", section.title());
        json.writeArrayFieldStart("notes");
        for (String note : section.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("charts");
        for (ReportChart chart : section.charts()) {
            json.writeStartObject();
            json.writeStringField("id", chart.id());
            json.writeStringField("title", chart.title());
            json.writeStringField("kind", chart.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeArrayFieldStart("categories");
            for (String category : chart.categories()) {
                json.writeString(category);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("series");
            for (ReportChart.Series series : chart.series()) {
                json.writeStartObject();
                json.writeStringField("name", series.name());
                json.writeArrayFieldStart("values");
                for (long value : series.values()) {
                    json.writeNumber(value);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tables");
        for (ReportTable table : section.tables()) {
            json.writeStartObject();
            json.writeStringField("id", table.id());
            json.writeStringField("title", table.title());
            json.writeArrayFieldStart("columns");
            for (String column : table.columns()) {
                json.writeString(column);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
            for (List<Object> row : table.rows()) {
                json.writeStartObject();
                for (int c = 0; c < row.size(); c++) {
                    json.writeFieldName(table.columns().get(c));
                    Object cell = row.get(c);
                    if (cell instanceof Long count) {
                        json.writeNumber(count);
                    } else if (cell instanceof Double ratio) {
                        json.writeNumber(ratio);
                    } else {
                        json.writeString((String) cell);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
