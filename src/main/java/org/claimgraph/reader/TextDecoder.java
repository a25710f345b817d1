package org.claimgraph.reader;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, refusing what is not text. The charset is chosen in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE): the file says what it is;</li>
 *   <li>{@code --encoding};</li>
 *   <li>for HTML, a {@code <meta charset>} or {@code http-equiv Content-Type} declaration, unless the
 *       bytes contradict it (see {@link #trustedMeta});</li>
 *   <li>otherwise detection: bytes that are valid UTF-8 are UTF-8. Bytes that are not are read as
 *       windows-1252 (the usual legacy encoding of Western web pages and text dumps) only when the
 *       file holds no valid multi-byte UTF-8 sequence at all. A file that does hold UTF-8 sequences
 *       and also broken ones is a damaged UTF-8 file: it is rejected as "invalid UTF-8 at byte N"
 *       (N counted from 0) rather than silently turned into mojibake.</li>
 * </ol>
 * Declared charsets decode strictly too: an undecodable byte is an error, never a silent U+FFFD.
 */
final class TextDecoder {
    /** Decoded text, the charset used and how it was chosen ("byte-order mark", "declared", ...). */
    record Decoded(String text, Charset charset, String how) {}

    private record Magic(byte[] bytes, int offset, String kind) {}

    /** File signatures of the binary formats people save next to articles. */
    private static final Magic[] MAGICS = {
            magic("%PDF-", 0, "PDF"),
            magic("\u0089PNG", 0, "PNG image"),
            magic("\u00FF\u00D8\u00FF", 0, "JPEG image"),
            magic("GIF87a", 0, "GIF image"),
            magic("GIF89a", 0, "GIF image"),
            magic("RIFF", 0, "RIFF media (WebP/WAV/AVI)"),
            magic("ftyp", 4, "MP4/QuickTime media"),
            magic("ID3", 0, "MP3 audio"),
            magic("PK\u0003\u0004", 0, "zip archive"),
            magic("PK\u0005\u0006", 0, "zip archive"),
            magic("\u001F\u008B", 0, "gzip"),
            magic("7z\u00BC\u00AF", 0, "7-Zip archive"),
            magic("\u00D0\u00CF\u0011\u00E0", 0, "MS Office document"),
            magic("\u007FELF", 0, "executable"),
    };

    /** How much of a file is examined to sniff NUL bytes, control characters and HTML. */
    private static final int SNIFF = 8192;
    /** Share of control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<\\?xml[^>]*>\\s*(<!doctype\\s+html|<html))",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private TextDecoder() {}

    private static Magic magic(String latin1, int offset, String kind) {
        return new Magic(latin1.getBytes(StandardCharsets.ISO_8859_1), offset, kind);
    }

    /** The binary format the bytes start with, or null. */
    static String binaryKind(byte[] b) {
        for (Magic m : MAGICS) {
            if (b.length < m.offset + m.bytes.length) continue;
            boolean same = true;
            for (int i = 0; i < m.bytes.length && same; i++) same = b[m.offset + i] == m.bytes[i];
            if (same) return m.kind;
        }
        return null;
    }

    /** True when the first bytes look like an HTML page (an HTML file saved without .html). */
    static boolean looksLikeHtml(String start) {
        return HTML_START.matcher(start.length() > SNIFF ? start.substring(0, SNIFF) : start).find();
    }

    /**
     * Decodes {@code bytes}; {@code html} says whether a meta charset may be honoured.
     * Throws with the reason when the bytes are not text in the chosen charset.
     */
    static Decoded decode(String name, byte[] bytes, boolean htmlByName, Charset declared) throws InputRejected {
        String kind = binaryKind(bytes);
        if (kind != null) throw new InputRejected(name, "binary file (" + kind + ")");

        Charset bomCharset = null;
        int bom = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) { bomCharset = StandardCharsets.UTF_8; bom = 3; }
        else if (startsWith(bytes, 0xFF, 0xFE)) { bomCharset = StandardCharsets.UTF_16LE; bom = 2; }
        else if (startsWith(bytes, 0xFE, 0xFF)) { bomCharset = StandardCharsets.UTF_16BE; bom = 2; }

        Charset wide = bomCharset != null ? bomCharset : declared;
        boolean sixteenBit = wide != null && wide.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
        if (!sixteenBit) {
            for (int i = bom, n = Math.min(bytes.length, SNIFF); i < n; i++) {
                if (bytes[i] == 0) throw new InputRejected(name, "binary file (contains NUL bytes)");
            }
        }

        Charset charset;
        String how;
        if (bomCharset != null) { charset = bomCharset; how = "byte-order mark"; }
        else if (declared != null) { charset = declared; how = "--encoding"; }
        else {
            String asciiStart = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
            Charset meta = htmlByName || looksLikeHtml(asciiStart) ? trustedMeta(metaCharset(asciiStart), bytes) : null;
            if (meta != null) { charset = meta; how = "HTML meta charset"; }
            else if (firstInvalidUtf8(bytes, 0) < 0) { charset = StandardCharsets.UTF_8; how = "detected (valid UTF-8)"; }
            else if (!hasUtf8Sequence(bytes)) { charset = Charset.forName("windows-1252"); how = "detected (not UTF-8; read as windows-1252)"; }
            else throw new InputRejected(name, "invalid UTF-8 at byte " + firstInvalidUtf8(bytes, 0));
        }
        String text = strictDecode(name, bytes, bom, charset);
        if (text.isBlank()) throw new InputRejected(name, "empty file");
        if (controlShare(text) > MAX_CONTROL_SHARE) throw new InputRejected(name, "binary file (control characters)");
        return new Decoded(text, charset, how);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /**
     * A meta charset checked against the bytes, or null to leave the choice to detection. One whose
     * encoding of ASCII differs from ASCII (UTF-16, UTF-32) cannot be true of a page whose declaration
     * was read as ASCII: the HTML standard reads such pages as UTF-8, and so does this. Bytes that are
     * valid UTF-8 with multi-byte sequences, under a declared single-byte charset, are UTF-8 too: legacy
     * text is almost never valid UTF-8 by chance, while a template's stale meta tag is common.
     */
    private static Charset trustedMeta(Charset meta, byte[] bytes) {
        if (meta == null) return null;
        byte[] probe = "<meta charset=".getBytes(StandardCharsets.US_ASCII);
        boolean asciiCompatible = meta.canEncode() && java.util.Arrays.equals(probe, new String(probe, StandardCharsets.US_ASCII).getBytes(meta));
        if (!asciiCompatible) return null;
        if (!meta.equals(StandardCharsets.UTF_8) && firstInvalidUtf8(bytes, 0) < 0 && hasUtf8Sequence(bytes)) return null;
        return meta;
    }

    private static Charset metaCharset(String asciiStart) {
        Matcher m = META_CHARSET.matcher(asciiStart);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;    // an unknown declaration is ignored: detection decides
        }
    }

    private static String strictDecode(String name, byte[] bytes, int offset, Charset charset) throws InputRejected {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            String what = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw new InputRejected(name, "invalid " + what + " at byte " + in.position());
        }
        try {
            r = decoder.flush(out);
            if (r.isError()) throw new CharacterCodingException();
        } catch (CharacterCodingException e) {
            throw new InputRejected(name, "invalid " + charset.name() + " at end of file");
        }
        out.flip();
        return out.toString();
    }

    /** Offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int len = sequenceLength(b, i);
            if (len == 0) return i;
            i += len;
        }
        return -1;
    }

    /** True when the bytes contain at least one valid multi-byte UTF-8 sequence. */
    private static boolean hasUtf8Sequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0 && sequenceLength(b, i) > 1) return true;
        }
        return false;
    }

    /** Length of the valid UTF-8 sequence starting at i (1 for ASCII), 0 when invalid (RFC 3629). */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) return 1;
        int len;
        int min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
        else return 0;
        if (i + len > b.length) return 0;
        int cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        return len;
    }

    /** Share of C0 control characters (other than tab, line ends, form feed) in the text's start. */
    private static double controlShare(String text) {
        int n = Math.min(text.length(), SNIFF * 8);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) controls++;
        }
        return controls < 4 ? 0 : (double) controls / n;
    }
}
