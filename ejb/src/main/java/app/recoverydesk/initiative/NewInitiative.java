package app.recoverydesk.initiative;

import app.recoverydesk.incident.RootCause;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** A manager's proposal: the problem, its root cause and category (and locations), and the drop it aims for. */
public class NewInitiative implements Serializable {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 2000)
    private String problem;

    private RootCause rootCause;

    private Long categoryId;

    private Set<Long> locationIds = new HashSet<>();

    @Size(max = 1000)
    private String expectedEffect;

    @Min(1)
    @Max(100)
    private int targetDropPercent = 30;

    @Min(1)
    @Max(365)
    private int windowDays = 30;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public RootCause getRootCause() { return rootCause; }
    public void setRootCause(RootCause rootCause) { this.rootCause = rootCause; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Set<Long> getLocationIds() { return locationIds; }
    public void setLocationIds(Set<Long> ids) { this.locationIds = ids == null ? new HashSet<>() : new HashSet<>(ids); }
    public String getExpectedEffect() { return expectedEffect; }
    public void setExpectedEffect(String expectedEffect) { this.expectedEffect = expectedEffect; }
    public int getTargetDropPercent() { return targetDropPercent; }
    public void setTargetDropPercent(int targetDropPercent) { this.targetDropPercent = targetDropPercent; }
    public int getWindowDays() { return windowDays; }
    public void setWindowDays(int windowDays) { this.windowDays = windowDays; }
}
