package app.recoverydesk.tenancy;

public enum BusinessType {
    RESTAURANT, HOTEL, CAR_RENTAL, OTHER
}
