package app.recoverydesk.recovery;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A manager's decision: approve (possibly a different amount) or reject with a reason. */
public class Decision {

    private boolean approve;

    @Pattern(regexp = "\\d{1,9}(\\.\\d{1,3})?")
    private String amount;

    @Size(max = 1000)
    private String reason;

    public boolean isApprove() { return approve; }
    public void setApprove(boolean approve) { this.approve = approve; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
