package ru.probity.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read (and skipped) through it, and tells a listener of each step, e.g. progress. */
public final class CountingInputStream extends FilterInputStream {

    private final LongConsumer onRead;
    private long count;

    public CountingInputStream(InputStream in) {
        this(in, n -> {});
    }

    public CountingInputStream(InputStream in, LongConsumer onRead) {
        super(in);
        this.onRead = onRead;
    }

    /** The bytes read and skipped so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    private void advance(long n) {
        count += n;
        onRead.accept(n);
    }
}
