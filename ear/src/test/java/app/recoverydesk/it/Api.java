package app.recoverydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small client of the REST API as a script would use it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Answer(int status, String contentType, String location, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public jakarta.json.JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }
    }

    private Api() {
    }

    public static Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public static Answer post(String path, String token, JsonStructure body) {
        return postRaw(path, token, body.toString());
    }

    public static Answer postRaw(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with an Accept-Language, as a client in another language sends it. */
    public static Answer send(String path, String token, String language, JsonStructure body) {
        return send(request(path, token).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static Answer put(String path, String token, JsonStructure body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public static Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public static Answer postBytes(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static HttpResponse<byte[]> download(String path, String token) {
        try {
            return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
                        (path.startsWith("/openapi") ? Deployments.APP : Deployments.APP + "/api/v1") + path))
                .header("Accept", "application/json")
                // the suite reads its answers in English unless a test asks for another language (setHeader)
                .header("Accept-Language", "en");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
