import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * For delivery-bench.sh: writes each queued message of a Missive data folder's outbox as the
 * bytes it will send (NNNNNN.eml) and its envelope (NNNNNN.env: the sender, then one recipient a
 * line), so a reference client sends exactly what Missive sends.
 *
 * <p>Run as a source file with Missive's jar on the class path (it holds the HSQLDB driver):
 * {@code java -cp target/missive.jar src/test/scripts/DeliveryBenchExport.java DATA/db/missive OUT}.
 * The database must not be open in another process.
 */
public final class DeliveryBenchExport {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        String url = "jdbc:hsqldb:file:" + args[0] + ";hsqldb.lock_file=false;shutdown=true";
        int written = 0;
        try (Connection c = DriverManager.getConnection(url, "SA", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.id, m.envelope_from, m.envelope_to, b.mime FROM outbox_message m"
                     + " JOIN outbox_body b ON b.message_id = m.id WHERE m.state = 'QUEUED' ORDER BY m.id")) {
            while (rs.next()) {
                String name = String.format("%06d", rs.getLong(1));
                Files.writeString(out.resolve(name + ".env"), rs.getString(2) + "\n" + rs.getString(3) + "\n");
                Files.write(out.resolve(name + ".eml"), rs.getBytes(4));
                written++;
            }
        }
        if (written == 0) {
            throw new IllegalStateException("no queued message in " + args[0]);
        }
    }
}
