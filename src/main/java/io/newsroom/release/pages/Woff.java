package io.newsroom.release.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Unpacks a WOFF 1.0 font (the web's container for TrueType, each table zlib-compressed) into the
 * TrueType file it holds (https://www.w3.org/TR/WOFF/), for the PDF renderer, which reads TrueType.
 */
final class Woff {

    private static final int SIGNATURE = 0x774F4646; // "wOFF"

    private Woff() {
    }

    static byte[] toTrueType(byte[] woff) throws IOException {
        var in = ByteBuffer.wrap(woff);
        if (in.getInt(0) != SIGNATURE) {
            throw new IOException("Not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int tables = in.getShort(12) & 0xffff;
        int headerSize = 12 + 16 * tables;
        // the offset table of the sfnt: search range and friends follow from the number of tables
        int entrySelector = 31 - Integer.numberOfLeadingZeros(tables);
        int searchRange = (1 << entrySelector) * 16;
        var directory = ByteBuffer.allocate(headerSize);
        directory.putInt(flavor).putShort((short) tables).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (tables * 16 - searchRange));
        var data = new ByteArrayOutputStream(woff.length * 2);
        int offset = headerSize;
        for (int i = 0; i < tables; i++) {
            int entry = 44 + 20 * i;
            int tag = in.getInt(entry);
            int at = in.getInt(entry + 4);
            int compressed = in.getInt(entry + 8);
            int length = in.getInt(entry + 12);
            int checksum = in.getInt(entry + 16);
            byte[] table = compressed < length ? inflate(woff, at, compressed, length) : slice(woff, at, length);
            directory.putInt(tag).putInt(checksum).putInt(offset).putInt(length);
            data.write(table);
            int padding = (4 - length % 4) % 4;
            data.write(new byte[padding]);
            offset += length + padding;
        }
        var font = new ByteArrayOutputStream(offset);
        font.write(directory.array());
        data.writeTo(font);
        return font.toByteArray();
    }

    /**
     * Maps the control characters (U+0000–U+001F) of a TrueType font to no glyph. Nanum Gothic maps
     * them to its space glyph, and a PDF's text layer then reads every space back as U+0000: copied
     * text and screen readers would get no spaces. Only format-4 cmap subtables are touched.
     */
    static byte[] withoutControlCharacters(byte[] ttf) {
        var font = ByteBuffer.wrap(ttf);
        int tables = font.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) != 0x636D6170) { // "cmap"
                continue;
            }
            int cmap = font.getInt(record + 8);
            int subtables = font.getShort(cmap + 2) & 0xffff;
            for (int t = 0; t < subtables; t++) {
                int subtable = cmap + font.getInt(cmap + 4 + 8 * t + 4);
                if ((font.getShort(subtable) & 0xffff) == 4) {
                    unmapControls(font, subtable);
                }
            }
        }
        return ttf;
    }

    private static void unmapControls(ByteBuffer font, int subtable) {
        int segmentsX2 = font.getShort(subtable + 6) & 0xffff;
        int ends = subtable + 14;
        int starts = ends + segmentsX2 + 2;
        int rangeOffsets = starts + 2 * segmentsX2;
        for (int k = 0; k < segmentsX2 / 2; k++) {
            int start = font.getShort(starts + 2 * k) & 0xffff;
            int end = font.getShort(ends + 2 * k) & 0xffff;
            int rangeOffset = font.getShort(rangeOffsets + 2 * k) & 0xffff;
            if (start > 0x1F || rangeOffset == 0) {
                continue; // no control character here, or mapped by a delta (no glyph array to change)
            }
            for (int code = start; code <= Math.min(end, 0x1F); code++) {
                font.putShort(rangeOffsets + 2 * k + rangeOffset + 2 * (code - start), (short) 0);
            }
        }
    }

    private static byte[] inflate(byte[] woff, int at, int compressed, int length) throws IOException {
        var inflater = new Inflater();
        inflater.setInput(woff, at, compressed);
        byte[] table = new byte[length];
        try {
            int n = inflater.inflate(table);
            if (n != length) {
                throw new IOException("A table of the font is damaged");
            }
        } catch (DataFormatException e) {
            throw new IOException("A table of the font is damaged", e);
        } finally {
            inflater.end();
        }
        return table;
    }

    private static byte[] slice(byte[] woff, int at, int length) {
        byte[] table = new byte[length];
        System.arraycopy(woff, at, table, 0, length);
        return table;
    }
}
