/*
 * Launcher used by infra/engines/index.ts: runs a main class (kafka.Kafka) and exits the JVM
 * as soon as its standard input reaches end-of-file. The Node harness holds the write end of
 * that pipe, so when the Node process dies for any reason (even SIGKILL, or a jest worker
 * being torn down) the broker shuts down instead of lingering as an orphan.
 *
 * Usage: java -cp 'libs/*:launcher' ParentWatch <main-class> [args...]
 * Compiled by infra/engines/provision.sh into <cache>/kafka-<version>/launcher.
 */
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

public final class ParentWatch {
    private ParentWatch() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            System.err.println("usage: ParentWatch <main-class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(ParentWatch::watchStdin, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();

        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void watchStdin() {
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // the harness never writes; anything read is ignored
            }
        } catch (IOException ignored) {
            // a broken pipe means the same thing as EOF
        }
        System.err.println("[ParentWatch] stdin closed: parent process is gone, shutting down");
        // Hard stop if the graceful shutdown (Kafka's shutdown hook) hangs.
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException ignored) {
                // fall through
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watch-halt");
        killer.setDaemon(true);
        killer.start();
        System.exit(0);
    }
}
