package app.recoverydesk.api;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.volume.LocationVolume;
import app.recoverydesk.volume.Volumes;
import app.recoverydesk.web.volume.VolumeCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A location's daily volume (covers, room nights or rentals, by the business's kind), from which the report and the
 * initiative gate read incidents per 1,000 units. Tenant admins record for every location, managers for theirs;
 * executives read. A batch is all or nothing: a bad line refuses it, naming the line and the field.
 */
@Path("locations/{locationId}/volumes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.TENANT_ADMIN})
@Tag(name = "Volume")
public class VolumeResource {

    public record DayJson(LocalDate date, long units, String recordedBy, Instant recordedAt) {
        static DayJson of(LocationVolume v) {
            return new DayJson(v.getDay(), v.getUnits(), v.getRecordedBy(), v.getRecordedAt());
        }
    }

    /** {@code unit}: COVERS, ROOM_NIGHTS, RENTALS or UNITS; only the recorded days are listed. */
    public record RangeJson(long locationId, String unit, LocalDate from, LocalDate to, List<DayJson> days) {
    }

    public record OutcomeJson(int recorded, int replaced, int unchanged) {
        static OutcomeJson of(Volumes.Outcome o) {
            return new OutcomeJson(o.recorded(), o.replaced(), o.unchanged());
        }
    }

    /** One day's figure. */
    public static class UnitsBody {
        @Schema(description = "units served that day, 0 to 999999999", minimum = "0", maximum = "999999999")
        public Long units;
    }

    /** Many days at once. */
    public static class VolumesBody {
        @Schema(description = "at most 3700 days")
        public List<DayBody> volumes;
    }

    public static class DayBody {
        public LocalDate date;
        @Schema(minimum = "0", maximum = "999999999")
        public Long units;
    }

    @Inject
    private Volumes volumes;

    @Inject
    private ApiLanguage language;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.EXECUTIVE, Roles.TENANT_ADMIN})
    @Operation(summary = "The recorded days of a location between from and to (both included; default: the last 31 days)")
    public RangeJson read(@PathParam("locationId") long locationId, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        LocalDate last = Params.date("to", to);
        LocalDate first = Params.date("from", from);
        Location location = volumes.requireReadable(locationId);
        last = last != null ? last : LocalDate.now(location.getTimeZone());
        first = first != null ? first : last.minusDays(30);
        if (first.isAfter(last) || first.plusDays(Volumes.MAX_ENTRIES).isBefore(last)) {
            throw new InvalidInputException("to", "report.period.invalid");
        }
        return new RangeJson(locationId, volumes.unit().name(), first, last,
                volumes.of(locationId, first, last).stream().map(DayJson::of).toList());
    }

    @PUT
    @Path("{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one day's volume (a day in the location's time zone, ISO), replacing the figure it had")
    public DayJson record(@PathParam("locationId") long locationId, @PathParam("day") String day, UnitsBody body) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "param.date");
        }
        if (body == null || body.units == null) {
            throw new InvalidInputException("units", "volume.units.missing");
        }
        if (body.units < 0 || body.units > LocationVolume.MAX_UNITS) {
            throw new InvalidInputException("units", "volume.units.range");
        }
        volumes.record(locationId, date, body.units);
        return volumes.of(locationId, date, date).stream().map(DayJson::of).findFirst().orElseThrow();
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RequestBody(content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "date,units a line (or location,date,units, the location by name or id: this one);"
                            + " an optional header; dates ISO or as the caller's language writes them; at most 3700 lines")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolumesBody.class))})
    @Operation(summary = "Record many days at once, as CSV or JSON; all or nothing",
            description = "A bad line refuses the whole upload (400 naming the field, the message the line).")
    public OutcomeJson upload(@PathParam("locationId") long locationId, @Context HttpHeaders headers, InputStream body) {
        Location location = volumes.requireRecordable(locationId);
        byte[] content;
        try {
            content = body.readNBytes(VolumeCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(JsonShape.BODY, "volume.csv.cutOff");
        }
        MediaType type = headers.getMediaType();
        List<Volumes.Entry> entries = type != null && StrictJsonReader.isJson(type) ? json(locationId, content)
                : csv(location, content);
        return OutcomeJson.of(volumes.recordAll(entries));
    }

    private List<Volumes.Entry> csv(Location location, byte[] content) {
        List<Volumes.Entry> entries = new ArrayList<>();
        for (VolumeCsv.Row row : VolumeCsv.read(content, language.locale(), JsonShape.BODY)) {
            if (row.location() != null && !row.location().equals(String.valueOf(location.getId()))
                    && !row.location().equalsIgnoreCase(location.getName())) {
                throw new InvalidInputException("location", "volume.line.otherLocation", row.line(), row.location());
            }
            entries.add(new Volumes.Entry(row.line(), location.getId(), row.day(), row.units()));
        }
        return entries;
    }

    private List<Volumes.Entry> json(long locationId, byte[] content) {
        if (content.length > VolumeCsv.MAX_BYTES) {
            throw new BusinessException(Kind.TOO_LARGE, "problem.http.413");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(JsonShape.BODY, "json.utf8");
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException(JsonShape.BODY, "problem.json");
        }
        JsonShape.check(value, VolumesBody.class);
        VolumesBody parsed;
        try {
            parsed = JsonbResolver.JSONB.fromJson(text, VolumesBody.class);
        } catch (JsonbException e) {
            throw new InvalidInputException(JsonShape.BODY, "problem.json");
        }
        if (parsed == null || parsed.volumes == null || parsed.volumes.isEmpty()) {
            throw new InvalidInputException("volumes", "volume.empty");
        }
        if (parsed.volumes.size() > Volumes.MAX_ENTRIES) {
            throw new InvalidInputException("volumes", "volume.tooMany", Volumes.MAX_ENTRIES);
        }
        List<Volumes.Entry> entries = new ArrayList<>();
        for (int i = 0; i < parsed.volumes.size(); i++) {
            DayBody day = parsed.volumes.get(i);
            int line = i + 1;
            if (day == null || day.date == null) {
                throw new InvalidInputException("date", "volume.line.date", line, "");
            }
            if (day.units == null || day.units < 0 || day.units > LocationVolume.MAX_UNITS) {
                throw new InvalidInputException("units", "volume.line.units", line, day.units == null ? "" : day.units);
            }
            entries.add(new Volumes.Entry(line, locationId, day.date, day.units));
        }
        return entries;
    }
}
