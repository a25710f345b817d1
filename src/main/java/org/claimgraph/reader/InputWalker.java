package org.claimgraph.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the user's arguments into inputs, lazily: "-" is standard input, a file is itself, a directory
 * is walked depth-first with each directory's entries in name order, so runs are repeatable.
 * A path that cannot be read (missing, a dangling link, a FIFO or device, no permission) is returned
 * as a rejected {@link Input}, never thrown: the batch carries on and the user hears about it.
 * <p>
 * Named files are always read (the reader refuses them if they are not text). Inside directories,
 * hidden entries are skipped, .txt/.text/.html/.htm/.xhtml files are read, and any other file (with or
 * without an extension) is read only if its first bytes look like text: images, PDFs and archives next to articles are ignored and
 * counted in {@link #ignored()}. A WARC archive (.warc, .warc.gz) is its pages ({@link WarcArchive}).
 * The "Page_files" folder a browser saves beside "Page.html" holds the
 * page's scripts and pictures, not articles, and is skipped.
 */
public final class InputWalker implements Iterator<Input> {
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml");
    private static final int SNIFF = 8192;

    /** Pending work: argument strings (from the user) or paths (found in directories). */
    private final Deque<Object> pending = new ArrayDeque<>();
    private final Set<Path> visitedDirectories = new HashSet<>();
    private Input next;
    private int ignored;

    public InputWalker(List<String> arguments) {
        pending.addAll(arguments);
    }

    /** All inputs of these arguments, in order. */
    public static Stream<Input> inputs(List<String> arguments) {
        return new InputWalker(arguments).stream();
    }

    /** The arguments expanded at once: the readable inputs, the rejected ones, and how many non-text files were ignored. */
    public record Expansion(List<Input> inputs, List<Rejection> rejected, int ignored) {}

    public record Rejection(String given, String reason) {}

    /** Walks all the arguments now: for a batch that wants its size up front (a progress bar). */
    public static Expansion expand(List<String> arguments) {
        InputWalker walker = new InputWalker(arguments);
        List<Input> inputs = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        walker.forEachRemaining(in -> {
            if (in.rejected() == null) inputs.add(in);
            else rejected.add(new Rejection(in.given(), in.rejected()));
        });
        return new Expansion(inputs, rejected, walker.ignored());
    }

    public Stream<Input> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Files inside directories that were not read because they are not text. */
    public int ignored() { return ignored; }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            Object item = pending.removeFirst();
            next = switch (item) {
                case String arg -> argument(arg);
                case Input page -> page;
                default -> found((Path) item);
            };
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        Input result = next;
        next = null;
        return result;
    }

    private Input argument(String arg) {
        if (arg.equals(Input.STDIN)) return Input.stdin();
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) return directory(path);
        Input input = file(path);
        return input.rejected() == null && WarcArchive.isArchiveName(arg) ? archive(path) : input;
    }

    private Input found(Path path) {
        if (Files.isDirectory(path)) return directory(path);
        Input input = file(path);
        if (input.rejected() == null && WarcArchive.isArchiveName(path.getFileName().toString())) return archive(path);
        if (input.rejected() != null || hasTextExtension(path)) return input;
        String binary = sniffBinary(path);
        if (binary == null) return input;
        if (!binary.isEmpty()) return Input.rejected(path.toString(), binary);
        ignored++;
        return null;
    }

    private static Input file(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            return Input.rejected(name, Files.isSymbolicLink(path) ? "no such file (dangling symbolic link)" : "no such file");
        }
        if (!Files.isRegularFile(path)) return Input.rejected(name, "not a regular file (a pipe, socket or device)");
        if (!Files.isReadable(path)) return Input.rejected(name, "permission denied");
        return Input.file(path);
    }

    /** Queues a directory's entries in name order; null (nothing to return yet) or a rejection. */
    private Input directory(Path dir) {
        try {
            if (!visitedDirectories.add(dir.toRealPath())) return null;   // a symbolic link loop
        } catch (IOException e) {
            return Input.rejected(dir.toString(), reason(e));
        }
        List<Path> entries = new ArrayList<>();
        Set<String> savedPages = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                entries.add(p);
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".html") || lower.endsWith(".htm")) savedPages.add(name.substring(0, name.lastIndexOf('.')) + "_files");
            }
        } catch (IOException e) {
            return Input.rejected(dir.toString(), reason(e));
        }
        entries.removeIf(p -> savedPages.contains(p.getFileName().toString()) && Files.isDirectory(p));
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (int i = entries.size() - 1; i >= 0; i--) pending.addFirst(entries.get(i));
        return null;
    }

    /** Queues the pages of a WARC archive (responses that are not pages count as ignored); null or a rejection. */
    private Input archive(Path path) {
        List<Input> pages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path)) {
            WarcArchive.pages(path.toString(), in, page -> pages.add(page.rejected() == null
                    ? Input.archived(path, page.offset()) : Input.rejected(page.given(), page.rejected())), () -> ignored++);
        } catch (IOException | RuntimeException e) {
            // A truncated or corrupt archive: the pages before the damage are still read.
            pages.add(Input.rejected(path.toString(), "unreadable WARC archive (" + e.getMessage() + ")"));
        }
        for (int i = pages.size() - 1; i >= 0; i--) pending.addFirst(pages.get(i));
        return null;
    }

    private static boolean hasTextExtension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Null when the file's start looks like text; "" when it is binary; a reason when it cannot be read. */
    private static String sniffBinary(Path path) {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(SNIFF);
        } catch (IOException e) {
            return reason(e);
        }
        if (TextDecoder.binaryKind(start) != null) return "";
        for (byte b : start) if (b == 0) return "";
        return null;
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        return "cannot read (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
