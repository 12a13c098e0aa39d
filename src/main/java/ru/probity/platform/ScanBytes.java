package ru.probity.platform;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Byte-level helpers of {@link ActiveContent}'s scans: bounded inflation (a budget shared by one
 * file's checks), a ZIP's end record, little-endian integers, searching for byte sequences.
 */
final class ScanBytes {

    private ScanBytes() {}

    /** Inflates within the budget; null if the data is not deflated or exceeds the budget. */
    static byte[] inflate(byte[] c, int offset, int length, long[] budget, boolean raw) {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(c, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(length * 4 + 64, 1 << 20));
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated: what was inflated is checked
                }
                if (n > budget[0] || (!raw && out.size() + n > Integer.MAX_VALUE - 16)) {
                    return null;
                }
                budget[0] -= n;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Where a ZIP's end-of-central-directory record starts within the last 64 KiB, or -1. */
    static int zipEndRecord(byte[] c) {
        int lowest = Math.max(0, c.length - 22 - 65535);
        for (int i = c.length - 22; i >= lowest; i--) {
            if (c[i] == 'P' && c[i + 1] == 'K' && c[i + 2] == 5 && c[i + 3] == 6) {
                return i;
            }
        }
        return -1;
    }

    static int u16(byte[] c, int at) {
        return at + 2 > c.length || at < 0 ? 0 : (c[at] & 0xff) | (c[at + 1] & 0xff) << 8;
    }

    static long u32(byte[] c, int at) {
        return at + 4 > c.length || at < 0 ? -1 : (u16(c, at) | (long) u16(c, at + 2) << 16);
    }

    static int indexOf(byte[] c, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= c.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] c, byte[] needle, int before) {
        outer:
        for (int i = Math.min(before, c.length) - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
