package fr.missive.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * What one durable "sent" mark costs on this machine, four ways (docs/performance.md, "Delivering
 * e-mail"): an HSQLDB commit on a reused connection (the file database as Missive opens it, one
 * row updated per commit), the fsync of a file appended to, {@code force(false)} of overwrites in
 * a preallocated file, and writes to a preallocated file opened with DSYNC. Prints the median and
 * the 90th percentile of each, in microseconds.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.missive.bench.DurableMarkProbe [folder] [iterations]</pre>
 */
public final class DurableMarkProbe {

    private static final int RECORD = 160;

    private DurableMarkProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of("target"), "probe");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.out.printf("folder %s, %d iterations, median / 90th percentile in µs%n", folder, iterations);
        for (int round = 1; round <= 2; round++) {
            report("HSQLDB commit, one row updated", hsqldbCommit(folder.resolve("db" + round), iterations));
            report("append + FileChannel.force(true)", append(folder.resolve("append" + round), iterations, true));
            report("append + FileChannel.force(false)", append(folder.resolve("appendf" + round), iterations, false));
            report("preallocated, overwrite + force(false)", preallocated(folder.resolve("pre" + round), iterations));
            report("preallocated, opened DSYNC", dsync(folder.resolve("dsync" + round), iterations));
        }
    }

    private static long[] hsqldbCommit(Path db, int iterations) throws SQLException {
        String url = "jdbc:hsqldb:file:" + db.resolve("probe").toAbsolutePath()
                + ";hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.tx=mvcc;shutdown=false";
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("SET FILES WRITE DELAY FALSE");
                s.execute("CREATE TABLE m (id BIGINT PRIMARY KEY, state VARCHAR(16), sent_at TIMESTAMP)");
                for (int i = 0; i < iterations; i++) {
                    s.execute("INSERT INTO m VALUES (" + i + ", 'SENDING', NULL)");
                }
            }
            c.setAutoCommit(false);
            c.commit();
            long[] times = new long[iterations];
            try (PreparedStatement p = c.prepareStatement("UPDATE m SET state = 'SENT', sent_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    p.setLong(1, i);
                    p.executeUpdate();
                    c.commit();
                    times[i] = System.nanoTime() - start;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return times;
        }
    }

    private static long[] append(Path file, int iterations, boolean metadata) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                ch.write(record(i));
                ch.force(metadata);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static long[] preallocated(Path file, int iterations) throws IOException {
        preallocate(file, iterations);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                ch.write(record(i), (long) i * RECORD);
                ch.force(false);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static long[] dsync(Path file, int iterations) throws IOException {
        preallocate(file, iterations);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                ch.write(record(i), (long) i * RECORD);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static void preallocate(Path file, int iterations) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(iterations * RECORD + 4096));
            ch.force(true);
        }
    }

    private static ByteBuffer record(int i) {
        ByteBuffer b = ByteBuffer.allocate(RECORD);
        b.putLong(i).putLong(System.currentTimeMillis());
        while (b.hasRemaining()) {
            b.put((byte) ('a' + i % 26));
        }
        return b.flip();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s %7d %7d%n", what, sorted[sorted.length / 2] / 1000,
                sorted[sorted.length * 9 / 10] / 1000);
    }
}
