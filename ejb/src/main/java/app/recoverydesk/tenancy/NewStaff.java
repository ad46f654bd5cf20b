package app.recoverydesk.tenancy;

import app.recoverydesk.validation.PersonName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** A staff member a tenant admin adds: their login and the roles they get. */
public class NewStaff implements Serializable {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-zA-Z0-9._@-]+")
    private String username;

    @NotBlank
    @Email
    @Size(max = 200)
    private String email;

    @NotBlank
    @Size(max = 100)
    @PersonName
    private String firstName;

    @NotBlank
    @Size(max = 100)
    @PersonName
    private String lastName;

    @NotEmpty
    private Set<String> roles = new HashSet<>();

    /** The locations whose incidents they see where the tenant restricts staff to their locations. */
    private Set<Long> locationIds = new HashSet<>();

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles); }
    public Set<Long> getLocationIds() { return locationIds; }
    public void setLocationIds(Set<Long> ids) { this.locationIds = ids == null ? new HashSet<>() : new HashSet<>(ids); }
}
