package app.recoverydesk.web.volumes;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.volume.LocationVolume;
import app.recoverydesk.volume.Volumes;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.volume.VolumeCsv;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daily volume page: a CSV file of days for one location (or naming a location on each line), and the days
 * recorded lately. A bad line refuses the whole file; the message names the line and the field.
 */
@Named
@ViewScoped
public class VolumeUpload implements Serializable {

    /** The recorded days shown under the form. */
    private static final int RECENT_DAYS = 31;

    @Inject
    private Volumes volumes;

    @Inject
    private LocaleSelector localeSelector;

    private List<Location> locations;
    private Long locationId;
    private transient Part file;
    private List<LocationVolume> recent = List.of();

    @PostConstruct
    void init() {
        locations = volumes.recordableLocations();
        if (!locations.isEmpty()) {
            locationId = locations.get(0).getId();
        }
        load();
    }

    private void load() {
        recent = locationId == null ? List.of() : volumes.of(locationId, LocalDate.now(zone()).minusDays(RECENT_DAYS - 1), LocalDate.now(zone()));
    }

    private java.time.ZoneId zone() {
        return locations.stream().filter(l -> l.getId().equals(locationId)).findFirst()
                .map(Location::getTimeZone).orElse(java.time.ZoneOffset.UTC);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInputException("file", "volume.empty");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(VolumeCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException("file", "volume.csv.cutOff");
        }
        Locale locale = localeSelector.getLocale();
        List<Volumes.Entry> entries = new ArrayList<>();
        for (VolumeCsv.Row row : VolumeCsv.read(content, locale, "file")) {
            entries.add(new Volumes.Entry(row.line(), row.location() == null ? selected() : named(row), row.day(), row.units()));
        }
        Volumes.Outcome outcome = volumes.recordAll(entries);
        Messages.infoText(MessageFormat.format(Messages.text("volume.uploaded"), outcome.recorded(), outcome.replaced(),
                outcome.unchanged()));
        load();
    }

    /** Shows the recorded days of the location chosen. */
    public void show() {
        load();
    }

    private long selected() {
        if (locationId == null) {
            throw new InvalidInputException("location", "volume.location.choose");
        }
        return locationId;
    }

    /** A line's location, by its name or number among those the caller may record for. */
    private long named(VolumeCsv.Row row) {
        String name = row.location().strip();
        return locations.stream().filter(l -> l.getName().equalsIgnoreCase(name) || String.valueOf(l.getId()).equals(name))
                .findFirst().map(Location::getId)
                .orElseThrow(() -> new InvalidInputException("location", "volume.line.location", row.line(), name));
    }

    public String unitName() {
        return Messages.text("VolumeUnit." + volumes.unit());
    }

    public List<Location> getLocations() { return locations; }
    public Long getLocationId() { return locationId; }
    public void setLocationId(Long locationId) { this.locationId = locationId; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<LocationVolume> getRecent() { return recent; }
}
