package app.recoverydesk.api;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The one reading of every JSON request body: strict UTF-8 (no silent U+FFFD), strict JSON, then the JSON checked
 * against the Java type field by field ({@link JsonShape}) and only then bound with the shared JSON-B instance.
 * Each refusal is a 400 naming the field, or {@code body} when the body as a whole is not JSON.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(Priorities.USER - 1000)
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** Larger JSON bodies are refused unread: no field of the API holds more than a few thousand characters. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final Set<Class<?>> NOT_JSON_BOUND = Set.of(InputStream.class, Reader.class, byte[].class,
            String.class, java.io.File.class, jakarta.activation.DataSource.class);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && isJson(mediaType) && !NOT_JSON_BOUND.contains(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    static boolean isJson(MediaType type) {
        String sub = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return sub.equals("json") || sub.endsWith("+json");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException(Kind.TOO_LARGE, "problem.http.413");
        }
        if (bytes.length == 0) {
            return null; // no body: the operation says whether it needs one
        }
        String text = utf8(bytes);
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException(JsonShape.BODY, "problem.json");
        }
        Type target = genericType == null ? type : genericType;
        JsonShape.check(value, target);
        try {
            return JsonbResolver.JSONB.fromJson(text, target);
        } catch (JsonbException e) {
            throw new InvalidInputException(JsonShape.BODY, "problem.json");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(JsonShape.BODY, "json.utf8");
        }
    }
}
