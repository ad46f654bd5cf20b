package app.recoverydesk.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver, both named explicitly so that Selenium never
 * tries to download a browser or a driver.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final Path profile;
    private final Path downloads;

    public Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
            downloads = Files.createTempDirectory("chromium-downloads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                "--lang=en-US");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        if (width < 500) {
            // a headless window is never narrower than 500 px: emulate the phone's viewport instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.withMessage(() -> "on " + driver.getCurrentUrl() + " (" + driver.getTitle() + ")");
        // an Ajax update replaces the elements a condition reads: read them again rather than fail. Chromium reports
        // a node replaced between finding and reading it as a plain WebDriverException ("Node with given id does not
        // belong to the document"), not as a stale element; a lasting error still ends the wait with it as the cause
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Opens the app, is sent to the Keycloak login page, signs in and lands back in the app. */
    public void signIn(String username) {
        signIn(username, "demo", null);
    }

    /** Signs in with a one-time password and chooses {@code newPassword} when Keycloak asks for it. */
    public void signIn(String username, String password, String newPassword) {
        driver.get(Deployments.APP + "/");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // organizations enabled: Keycloak asks for the username first, then for the password
            driver.findElement(By.id("kc-login")).click();
        }
        // the two-step page may still be navigating to the password step when it is looked for (waiting reads again)
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (newPassword != null) {
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(newPassword);
            driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
            driver.findElement(By.cssSelector("form [type='submit']")).click();
        }
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant-name")));
    }

    /** Clicks a download link and answers the file once the browser has saved it completely. */
    public Path download(By link, String suffix) {
        driver.findElement(link).click();
        return waiting().until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public void screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of(System.getProperty("recovery.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
