package app.recoverydesk.volume;

import app.recoverydesk.tenancy.BusinessType;

/** What a day's volume counts, by the kind of business: a restaurant its covers, a hotel room nights, an agency rentals. */
public enum VolumeUnit {
    COVERS, ROOM_NIGHTS, RENTALS, UNITS;

    public static VolumeUnit of(BusinessType type) {
        return switch (type) {
            case RESTAURANT -> COVERS;
            case HOTEL -> ROOM_NIGHTS;
            case CAR_RENTAL -> RENTALS;
            case OTHER -> UNITS;
        };
    }
}
