package app.recoverydesk.recovery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a staff member asks for: an option, an amount (decimal string, tenant currency), a note and, above policy, why. */
public class GrantRequest implements Serializable {

    @NotNull
    private Long optionId;

    @Pattern(regexp = "\\d{1,9}(\\.\\d{1,3})?")
    private String amount;

    @Size(max = 1000)
    private String note;

    @Size(max = 1000)
    private String reason;

    public Long getOptionId() { return optionId; }
    public void setOptionId(Long optionId) { this.optionId = optionId; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
