package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the run cost in memory: the application server's garbage-collection pauses, from the JVM's own log
 * (-Xlog:gc*, see bench/run.sh), and the resident memory of the servers and the database, from /proc.
 */
final class Memory {

    /** A pause line of the gc tag: "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->100M(1024M) 12.345ms". */
    private static final Pattern PAUSE = Pattern.compile(
            "\\[gc\\s*\\] GC\\((\\d+)\\) (Pause .*?) (\\d+[KMG])->(\\d+[KMG])\\((\\d+[KMG])\\) ([\\d.]+)ms");
    static final double FULL_GC_LIMIT_MS = 1000;

    /** One pause of the application's JVM. */
    record Pause(long gc, String kind, String heap, double ms) {
        boolean full() {
            return kind.startsWith("Pause Full");
        }
    }

    /** The pauses of the whole run, and the resident memory (MB) of each process group that was asked for. */
    record Result(List<Pause> pauses, Map<String, Long> residentMb) {
        double longestMs() {
            return pauses.stream().mapToDouble(Pause::ms).max().orElse(0);
        }

        long fullOverLimit() {
            return pauses.stream().filter(p -> p.full() && p.ms() > FULL_GC_LIMIT_MS).count();
        }

        long full() {
            return pauses.stream().filter(Pause::full).count();
        }
    }

    private Memory() {
    }

    /** groups: name=process group id (the servers' scripts start each in its own group), comma-separated. */
    static Result measure(Path gcLog, String groups) throws IOException {
        List<Pause> pauses = new ArrayList<>();
        if (gcLog != null && Files.exists(gcLog)) {
            try (Stream<String> lines = Files.lines(gcLog)) {
                lines.forEach(line -> {
                    Matcher m = PAUSE.matcher(line);
                    if (m.find()) {
                        pauses.add(new Pause(Long.parseLong(m.group(1)), m.group(2).strip(),
                                m.group(3) + "->" + m.group(4) + "(" + m.group(5) + ")", Double.parseDouble(m.group(6))));
                    }
                });
            }
        }
        Map<String, Long> resident = new LinkedHashMap<>();
        for (String group : groups.split(",")) {
            String[] nameAndId = group.split("=");
            if (nameAndId.length == 2 && !nameAndId[1].isBlank()) {
                resident.put(nameAndId[0], residentKb(p -> nameAndId[1].strip().equals(p.group())) / 1024);
            }
        }
        resident.put("mariadb", residentKb(p -> p.command().equals("mariadbd") || p.command().equals("mysqld")) / 1024);
        Result result = new Result(pauses, resident);
        print(result, gcLog);
        return result;
    }

    private static void print(Result r, Path gcLog) {
        System.out.printf("%n== Memory (WildFly's GC log %s)%n", gcLog);
        if (r.pauses().isEmpty()) {
            System.out.println("  no GC pauses found in the log");
        } else {
            double total = r.pauses().stream().mapToDouble(Pause::ms).sum();
            System.out.printf("  %,d pauses, %.0f ms in all; %d full GCs, %d over %.0f ms; the longest:%n",
                    r.pauses().size(), total, r.full(), r.fullOverLimit(), FULL_GC_LIMIT_MS);
            r.pauses().stream().sorted(Comparator.comparingDouble(Pause::ms).reversed()).limit(5).forEach(p ->
                    System.out.printf("    GC(%d) %-50s %-20s %8.1f ms%n", p.gc(), p.kind(), p.heap(), p.ms()));
        }
        r.residentMb().forEach((name, mb) -> System.out.printf("  resident memory of %-8s %,6d MB%n", name, mb));
    }

    /** One process as /proc/N/stat has it: its command and process group. */
    private record Process(String command, String group) {
    }

    private static long residentKb(java.util.function.Predicate<Process> which) throws IOException {
        long kb = 0;
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) all.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // "pid (command) state ppid pgrp ...": the command may hold spaces, so split after its ')'
                    int close = stat.lastIndexOf(')');
                    String[] after = stat.substring(close + 2).split(" ");
                    Process p = new Process(stat.substring(stat.indexOf('(') + 1, close), after[2]);
                    if (which.test(p)) {
                        for (String line : Files.readAllLines(dir.resolve("status"))) {
                            if (line.startsWith("VmRSS:")) {
                                kb += Long.parseLong(line.replaceAll("\\D", ""));
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile, or is not ours to read
                }
            }
        }
        return kb;
    }
}
