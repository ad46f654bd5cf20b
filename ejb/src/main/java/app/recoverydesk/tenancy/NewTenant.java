package app.recoverydesk.tenancy;

import app.recoverydesk.validation.PersonName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the platform operator enters to create a tenant and its first administrator. */
public class NewTenant implements Serializable {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private BusinessType businessType;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    private String country;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}")
    private String currency;

    @NotNull
    @Pattern(regexp = "nb|en|pl|hr|ru")
    private String language;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    @NotBlank
    @Email
    @Size(max = 200)
    private String adminEmail;

    @NotBlank
    @Size(max = 100)
    @PersonName
    private String adminFirstName;

    @NotBlank
    @Size(max = 100)
    @PersonName
    private String adminLastName;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BusinessType getBusinessType() { return businessType; }
    public void setBusinessType(BusinessType businessType) { this.businessType = businessType; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
    public String getAdminFirstName() { return adminFirstName; }
    public void setAdminFirstName(String adminFirstName) { this.adminFirstName = adminFirstName; }
    public String getAdminLastName() { return adminLastName; }
    public void setAdminLastName(String adminLastName) { this.adminLastName = adminLastName; }
}
