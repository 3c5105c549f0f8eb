package org.zonewatch.article.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns uploaded bytes into text. A byte order mark decides the encoding; otherwise UTF-8 is tried
 * first because every current file uses it, and only bytes that are not UTF-8 go to the detector,
 * which recognises the legacy Chinese encodings (GBK/GB18030, Big5) that older saved pages use.
 * Decoding is strict: a byte sequence that does not belong to the encoding refuses the file rather
 * than producing replacement characters that would silently corrupt names and figures.
 */
final class TextDecoder {
    /** Text files may hold a stray control byte (a DOS end-of-file mark, say); binary data holds many. */
    private static final int MAX_CONTROL_BYTES_PER_HUNDRED = 1;
    /**
     * The legacy encodings Chinese pages were saved in. Chinese bytes that the detector takes for a
     * Western encoding would decode without error into nonsense, so any other guess is refused.
     */
    private static final Set<String> LEGACY_CHINESE = Set.of(Constants.CHARSET_GB18030, Constants.CHARSET_BIG5);

    private TextDecoder() {
    }

    static DecodedFile decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ArticleRejectedException(Rejection.EMPTY, "0 bytes received");
        }
        String marked = UniversalDetector.detectCharsetFromBOM(bytes);
        Charset charset;
        String text;
        if (marked != null) {
            charset = charsetNamed(marked);
            text = strictly(charset, bytes).substring(1); // the mark itself decodes to U+FEFF
        } else {
            rejectBinary(bytes);
            try {
                charset = StandardCharsets.UTF_8;
                text = reporting(charset).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                charset = legacyChinese(bytes);
                text = strictly(charset, bytes);
            }
        }
        if (text.isBlank()) {
            throw new ArticleRejectedException(Rejection.EMPTY, "the file holds only whitespace");
        }
        return new DecodedFile(fileName, text, charset);
    }

    /** UTF-16/32 without a byte order mark is refused here too: it cannot be told from binary data. */
    private static void rejectBinary(byte[] bytes) {
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                throw new ArticleRejectedException(Rejection.NOT_TEXT, "a NUL byte at offset " + i + " (binary data)");
            }
            if (b > 0 && b < 0x20 && !isLayout(b)) {
                controls++;
            }
        }
        if (controls * 100L > (long) bytes.length * MAX_CONTROL_BYTES_PER_HUNDRED) {
            throw new ArticleRejectedException(Rejection.NOT_TEXT,
                    controls + " control bytes in " + bytes.length + " (binary data)");
        }
    }

    private static boolean isLayout(byte b) {
        return b == '\t' || b == '\n' || b == '\f' || b == '\r';
    }

    private static Charset legacyChinese(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected == null || !LEGACY_CHINESE.contains(detected)) {
            throw new ArticleRejectedException(Rejection.UNDECODABLE, "the bytes are not UTF-8"
                    + (detected == null ? "" : " and look like " + detected + ", which is no Chinese encoding")
                    + "; save the file as UTF-8");
        }
        return charsetNamed(detected);
    }

    private static String strictly(Charset charset, byte[] bytes) {
        try {
            return reporting(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(Rejection.UNDECODABLE,
                    "the bytes are not valid " + charset.name() + " (" + e + ")", e);
        }
    }

    private static CharsetDecoder reporting(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ArticleRejectedException(Rejection.UNDECODABLE,
                    "the file looks like " + name + ", which this server cannot decode", e);
        }
    }
}
