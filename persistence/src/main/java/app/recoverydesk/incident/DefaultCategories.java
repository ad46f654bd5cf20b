package app.recoverydesk.incident;

import app.recoverydesk.tenancy.BusinessType;
import java.util.List;

/** The category catalogue a new tenant starts with, by business type (codes; labels are in the bundles). */
public final class DefaultCategories {

    /**
     * Categories are tenant-owned, but a new tenant's catalogue is written by the platform (at start-up and
     * when an operator creates a tenant), outside any tenant's session: hence plain SQL, with the tenant named.
     */
    public static final String INSERT_SQL = "insert into incident_category (tenant_id, code, active) values (?, ?, true)";

    private DefaultCategories() {
    }

    public static List<String> of(BusinessType type) {
        return switch (type) {
            case RESTAURANT -> List.of("FOOD_NOT_SERVED", "WRONG_ORDER", "FOOD_QUALITY", "WAIT_TIME",
                    "STAFF_BEHAVIOUR", "CLEANLINESS", "BILLING", "RESERVATION", "OTHER");
            case HOTEL -> List.of("ROOM_NOT_READY", "CLEANLINESS", "NOISE", "MAINTENANCE", "CHECK_IN_OUT",
                    "STAFF_BEHAVIOUR", "BILLING", "RESERVATION", "OTHER");
            case CAR_RENTAL -> List.of("VEHICLE_FAULT", "VEHICLE_NOT_AVAILABLE", "WAIT_TIME", "VEHICLE_CLEANLINESS",
                    "DAMAGE_DISPUTE", "STAFF_BEHAVIOUR", "BILLING", "RESERVATION", "OTHER");
            case OTHER -> List.of("SERVICE_FAILURE", "WAIT_TIME", "STAFF_BEHAVIOUR", "BILLING", "OTHER");
        };
    }
}
