package org.apparatus.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apparatus.publish.MediaTypes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a published site on the loopback interface, for reading while editing: every request reads the output as it
 * is now, so a rebuild that swapped the output in is seen at once. Only files inside the output are served. Each HTML
 * page is sent with a script that reloads it when a rebuild of it is published ({@link LiveReload}, told by
 * {@link #published}); the files themselves stay as built.
 */
public final class SiteServer implements AutoCloseable {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path output;
    private final LiveReload reload = new LiveReload();
    /**
     * The last pages sent, with the script put in, by file (a rebuild moves a new file in, with a file key of its
     * own): a page asked for again and again (a reader reloading, a benchmark polling) is not parsed again each time.
     */
    private final Map<Path, Served> served = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Path, Served> eldest) {
                    return size() > 64;
                }
            });

    /** A page as served, and what its file was when it was read. */
    private record Served(List<Object> file, byte[] body) {
    }

    /**
     * Starts serving {@code output} (a published output folder or its link) on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     */
    public SiteServer(Path output, int port) throws IOException {
        this.output = output.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // an open page's event stream holds no thread (see LiveReload): these answer the requests themselves
        this.threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.createContext(LiveReload.EVENTS_PATH, this::events);
        server.createContext(LiveReload.SCRIPT_PATH, exchange -> {
            try {
                if (exchange.getRequestURI().getRawPath().equals(LiveReload.SCRIPT_PATH)) {
                    send(exchange, 200, "text/javascript; charset=utf-8",
                            LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 404, TEXT, "not found\n".getBytes(StandardCharsets.UTF_8));
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /**
     * Tells the open pages that a rebuild was published: those whose paths are among {@code paths} (the files it
     * rewrote or deleted, relative to the site; {@code *} for a whole new site) reload.
     */
    public void published(java.util.Collection<String> paths) {
        reload.published(paths);
    }

    /** How many pages listen for reloads now (their event streams open). */
    public int listening() {
        return reload.open();
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getRawPath()
                .equals(LiveReload.EVENTS_PATH)) {
            send(exchange, 404, TEXT, "not found\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
            return;
        }
        reload.open(exchange); // left open: the events follow as rebuilds are published
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, TEXT, "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create("http://localhost" + exchange.getRequestURI().getRawPath()).getPath();
            Path root = output.toRealPath();
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(root)) {
                send(exchange, 404, TEXT, ("not in the site: " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = MediaTypes.of(root.relativize(file).toString().replace('\\', '/'));
            send(exchange, 200, type, type.startsWith("text/html") ? page(file) : Files.readAllBytes(file));
        } catch (IllegalArgumentException | IOException e) {
            send(exchange, 404, TEXT, "not found\n".getBytes(StandardCharsets.UTF_8));
        } finally {
            exchange.close();
        }
    }

    /** The page in this file as it is served: with the reload script, made again only when the file changed. */
    private byte[] page(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        List<Object> now = java.util.Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
        Served known = served.get(file);
        if (known != null && a.fileKey() != null && known.file().equals(now)) {
            return known.body();
        }
        byte[] body = LiveReload.inject(Files.readAllBytes(file));
        served.put(file, new Served(now, body));
        return body;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        reload.close(); // the open pages' streams end first; their scripts reconnect to the next serve
        server.stop(0);
        threads.shutdownNow();
    }
}
