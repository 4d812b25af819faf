package org.apparatus.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.sun.net.httpserver.HttpExchange;

/**
 * Reloads the pages open in a browser when serve publishes a rebuild of them. The server sends each served HTML page
 * with a small script ({@link #SCRIPT}, at {@link #SCRIPT_PATH}) that listens to a stream of server-sent events at
 * {@link #EVENTS_PATH}: one {@code reload} event per published rebuild, naming the paths it rewrote or deleted
 * ({@code *} when it published a whole new site), and the page reloads when its own path is among them. The script
 * is put into the page as it is sent ({@link #inject}); the built site never holds it.
 *
 * <p>Each stream starts with a {@code hello} naming this server: a page whose stream reconnects to another server (serve
 * was started again, and built the site again) reloads. A comment every {@link #KEEP_ALIVE_SECONDS} seconds keeps
 * the streams open and finds the closed ones. A stream holds no thread: its handler returns at once and the events
 * are written by one sender thread, so open pages never keep the server from answering other requests.
 */
final class LiveReload implements AutoCloseable {

    /** Where the pages' script listens. */
    static final String EVENTS_PATH = "/__apparatus/events";
    /** The script's own address. */
    static final String SCRIPT_PATH = "/__apparatus/reload.js";
    static final long KEEP_ALIVE_SECONDS = 15;

    /**
     * The pages' script: it does nothing where a browser has no {@code EventSource}; it reloads the page when a
     * rebuild rewrote it (or all), and when the stream reconnects to another server; a stream the browser gave up on
     * is opened again a second later.
     */
    static final String SCRIPT = """
            // apparatus serve: reloads this page when serve publishes a rebuild of it; only served pages load this
            (function () {
              "use strict";
              if (typeof EventSource === "undefined") {
                return;
              }
              var here = decodeURIComponent(location.pathname).replace(/^\\/+/, "");
              if (here === "" || here.charAt(here.length - 1) === "/") {
                here += "index.html";
              }
              var server = null;
              function connect() {
                var events = new EventSource("%s");
                events.addEventListener("hello", function (e) {
                  if (server !== null && server !== e.data) {
                    location.reload();
                  }
                  server = e.data;
                });
                events.addEventListener("reload", function (e) {
                  var paths = e.data.split("\\n");
                  if (paths.indexOf("*") >= 0 || paths.indexOf(here) >= 0) {
                    location.reload();
                  }
                });
                events.onerror = function () {
                  if (events.readyState === EventSource.CLOSED) {
                    setTimeout(connect, 1000);
                  }
                };
              }
              connect();
            })();
            """.formatted(EVENTS_PATH);

    /** What names this server in each stream's {@code hello}: another serve process, another name. */
    private final String server = Long.toString(ProcessHandle.current().pid(), 36) + "-"
            + Long.toString(System.nanoTime(), 36);
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "apparatus-live-reload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    LiveReload() {
        sender.scheduleWithFixedDelay(() -> send(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    /** An open event stream: the exchange is closed when the stream is, at the end or when a write fails. */
    private record Stream(HttpExchange exchange, OutputStream body) {
    }

    /** Opens an event stream on this exchange and leaves it open; the handler's thread is free at once. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0); // chunked: as long as the server runs
        Stream stream = new Stream(exchange, exchange.getResponseBody());
        streams.add(stream);
        if (closed) {
            end(stream);
            return;
        }
        String hello = "retry: 1000\nevent: hello\ndata: " + server + "\n\n";
        try {
            sender.execute(() -> write(stream, hello));
        } catch (RejectedExecutionException e) {
            end(stream); // closing
        }
    }

    /** How many event streams are open. */
    int open() {
        return streams.size();
    }

    /**
     * Tells every open page that a rebuild was published: the paths it rewrote or deleted, or {@code *} for a new
     * site. The events are written by the sender thread; this returns at once.
     */
    void published(Collection<String> paths) {
        StringBuilder event = new StringBuilder("event: reload\n");
        List<String> lines = new ArrayList<>();
        paths.stream().filter(p -> p.indexOf('\n') < 0 && p.indexOf('\r') < 0).sorted().forEach(lines::add);
        if (lines.isEmpty()) {
            lines.add("");
        }
        lines.forEach(path -> event.append("data: ").append(path).append('\n'));
        send(event.append('\n').toString());
    }

    private void send(String event) {
        try {
            sender.execute(() -> streams.forEach(stream -> write(stream, event)));
        } catch (RejectedExecutionException e) {
            // closing: no page waits for it
        }
    }

    private void write(Stream stream, String text) {
        try {
            stream.body().write(text.getBytes(StandardCharsets.UTF_8));
            stream.body().flush();
        } catch (IOException e) {
            end(stream); // the page went away
        }
    }

    private void end(Stream stream) {
        streams.remove(stream);
        stream.exchange().close();
    }

    /**
     * The page as it is served: its Content-Security-Policy lets it load this server's script and open its event
     * stream ({@code 'self'} added to {@code script-src} and {@code connect-src}), and the script is loaded at the end
     * of its body. Read and rewritten with jsoup, the rest of the page as it was.
     */
    static byte[] inject(byte[] html) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        for (Element meta : page.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                meta.attr("content", allowSelf(meta.attr("content"), Set.of("script-src", "connect-src")));
            }
        }
        page.body().appendElement("script").attr("src", SCRIPT_PATH).attr("data-apparatus-serve", "reload");
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A policy that allows {@code 'self'} for these directives: added to each that is there, and each that is not
     * there but would fall back to a {@code default-src} is added with {@code 'self'} alone.
     */
    static String allowSelf(String policy, Set<String> directives) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        boolean fallback = false;
        for (String part : policy.split(";")) {
            String directive = part.strip();
            if (directive.isEmpty()) {
                continue;
            }
            String name = directive.split("\\s+")[0].toLowerCase(Locale.ROOT);
            fallback |= name.equals("default-src");
            if (directives.contains(name) && seen.add(name)) {
                List<String> sources = new ArrayList<>(List.of(directive.split("\\s+")));
                sources.removeIf(s -> s.equalsIgnoreCase("'none'"));
                if (sources.stream().noneMatch(s -> s.equalsIgnoreCase("'self'"))) {
                    sources.add("'self'");
                }
                directive = String.join(" ", sources);
            }
            parts.add(directive);
        }
        if (fallback) {
            directives.stream().sorted().filter(d -> !seen.contains(d)).forEach(d -> parts.add(d + " 'self'"));
        }
        return String.join("; ", parts);
    }

    /** Ends every stream and stops the sender: a page's script sees its stream close, and reconnects later. */
    @Override
    public void close() {
        closed = true;
        sender.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.forEach(this::end);
    }
}
