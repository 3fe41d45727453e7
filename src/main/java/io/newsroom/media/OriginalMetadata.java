package io.newsroom.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageParser;
import org.apache.commons.imaging.formats.jpeg.JpegImagingParameters;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Takes out of an uploaded file what it tells about people and places, and keeps what journalists
 * need, without re-encoding the picture: its colour profile, orientation, caption, credit and
 * copyright. Out go GPS positions, camera and lens serial numbers, owner names, dates, software,
 * thumbnails (which may show the picture before it was cropped), XMP, comments and anything appended
 * after the image. A file with nothing to take out comes back as the same bytes.
 *
 * <ul>
 * <li>JPEG: APP segments other than JFIF, the ICC profile and Adobe's are dropped; EXIF is written
 * anew with orientation, copyright, artist and description only; IPTC keeps caption, headline,
 * credit, by-line, source, object name and copyright notice.</li>
 * <li>PNG: the chunks of the picture and its colour are kept, text only under the keywords Title,
 * Author, Description, Copyright and Source.</li>
 * <li>WebP: the EXIF and XMP chunks are dropped. GIF: comments and application data other than
 * the animation loop are dropped.</li>
 * </ul>
 */
final class OriginalMetadata {

    private static final Set<String> PNG_KEPT_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
            "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "cLLI", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

    private static final Set<String> PNG_KEPT_TEXT = Set.of("Title", "Author", "Description", "Copyright", "Source");

    private static final Set<IptcTypes> IPTC_KEPT = Set.of(IptcTypes.RECORD_VERSION, IptcTypes.OBJECT_NAME,
            IptcTypes.HEADLINE, IptcTypes.CAPTION_ABSTRACT, IptcTypes.CREDIT, IptcTypes.SOURCE, IptcTypes.BYLINE,
            IptcTypes.BYLINE_TITLE, IptcTypes.COPYRIGHT_NOTICE);

    private static final Set<Integer> EXIF_KEPT = Set.of(TiffTagConstants.TIFF_TAG_ORIENTATION.tag,
            TiffTagConstants.TIFF_TAG_COPYRIGHT.tag, TiffTagConstants.TIFF_TAG_ARTIST.tag,
            TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION.tag);

    private OriginalMetadata() {
    }

    /** The file without location and personal metadata; the same array when there was none. */
    static byte[] clean(byte[] data, ImageFormat format) throws IOException {
        return switch (format) {
            case JPEG -> jpeg(data);
            case PNG -> png(data);
            case WEBP -> webp(data);
            case GIF -> gif(data);
        };
    }

    // --- JPEG

    private static byte[] jpeg(byte[] data) throws IOException {
        byte[] segments = jpegSegments(data, true);
        JpegImageMetadata metadata;
        try {
            metadata = (JpegImageMetadata) new JpegImageParser().getMetadata(ByteSource.array(segments),
                    new JpegImagingParameters());
        } catch (ImagingException | RuntimeException unreadable) {
            // EXIF or IPTC that cannot be read cannot be sorted either: both go
            return jpegSegments(data, false);
        }
        byte[] result = segments;
        if (metadata != null && metadata.getExif() != null) {
            result = exif(result, metadata.getExif().getAllFields());
        }
        if (metadata != null && metadata.getPhotoshop() != null) {
            result = iptc(result, metadata.getPhotoshop().photoshopApp13Data);
        }
        return result;
    }

    /** Keeps the segments that draw the picture and its colours, EXIF and IPTC (cleaned next); nothing after its end. */
    private static byte[] jpegSegments(byte[] data, boolean keepExifAndIptc) throws IOException {
        if (data.length < 4 || (data[0] & 0xff) != 0xff || (data[1] & 0xff) != 0xd8) {
            throw new IOException("Not a JPEG file");
        }
        var out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2);
        boolean dropped = false;
        int at = 2;
        while (at + 4 <= data.length) {
            if ((data[at] & 0xff) != 0xff) {
                throw new IOException("Not a JPEG marker at " + at);
            }
            int marker = data[at + 1] & 0xff;
            if (marker == 0xff) { // fill byte
                at++;
                continue;
            }
            int length = ((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff);
            int end = at + 2 + length;
            if (length < 2 || end > data.length) {
                throw new IOException("A JPEG segment runs past the end of the file");
            }
            if (keeps(marker, data, at + 4, length - 2) && (keepExifAndIptc || marker != 0xe1 && marker != 0xed)) {
                out.write(data, at, end - at);
            } else {
                dropped = true;
            }
            at = end;
            if (marker == 0xda) { // start of scan: entropy-coded data up to the next marker that is not RST
                int scan = at;
                while (scan + 1 < data.length && !((data[scan] & 0xff) == 0xff && (data[scan + 1] & 0xff) != 0
                        && ((data[scan + 1] & 0xff) < 0xd0 || (data[scan + 1] & 0xff) > 0xd7))) {
                    scan++;
                }
                out.write(data, at, scan - at);
                at = scan;
                if (scan + 1 < data.length && (data[scan + 1] & 0xff) == 0xd9) { // end of image
                    out.write(data, scan, 2);
                    dropped |= scan + 2 < data.length; // whatever was appended (a second image, a payload)
                    return dropped ? out.toByteArray() : data;
                }
            }
        }
        throw new IOException("The JPEG file has no end");
    }

    private static boolean keeps(int marker, byte[] data, int from, int length) {
        if (marker < 0xe0 || marker > 0xef) {
            return marker != 0xfe; // everything but comments and APP segments draws the picture
        }
        return switch (marker) {
            case 0xe0 -> true;                                              // JFIF
            case 0xe1 -> startsWith(data, from, length, "Exif\0\0");        // EXIF, cleaned next (XMP goes)
            case 0xe2 -> startsWith(data, from, length, "ICC_PROFILE\0");   // the colour profile (MPF goes)
            case 0xed -> startsWith(data, from, length, "Photoshop 3.0\0"); // IPTC, cleaned next
            case 0xee -> startsWith(data, from, length, "Adobe");           // colour transform
            default -> false;
        };
    }

    private static byte[] exif(byte[] jpeg, List<TiffField> fields) throws IOException {
        boolean onlyKept = fields.stream().allMatch(field -> field.getDirectoryType() == TiffDirectoryConstants.DIRECTORY_TYPE_ROOT
                && EXIF_KEPT.contains(field.getTag()));
        if (onlyKept) {
            return jpeg;
        }
        var out = new ByteArrayOutputStream(jpeg.length);
        var kept = fields.stream().filter(field -> field.getDirectoryType() == TiffDirectoryConstants.DIRECTORY_TYPE_ROOT
                && EXIF_KEPT.contains(field.getTag())).toList();
        if (kept.isEmpty()) {
            new ExifRewriter().removeExifMetadata(jpeg, out);
            return out.toByteArray();
        }
        var set = new TiffOutputSet(ByteOrder.BIG_ENDIAN);
        var root = set.getOrCreateRootDirectory();
        for (var field : kept) {
            if (field.getTag() == TiffTagConstants.TIFF_TAG_ORIENTATION.tag) {
                root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) field.getIntValue());
            } else if (field.getTag() == TiffTagConstants.TIFF_TAG_COPYRIGHT.tag) {
                root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, field.getStringValue());
            } else if (field.getTag() == TiffTagConstants.TIFF_TAG_ARTIST.tag) {
                root.add(TiffTagConstants.TIFF_TAG_ARTIST, field.getStringValue());
            } else {
                root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, field.getStringValue());
            }
        }
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
        return out.toByteArray();
    }

    private static byte[] iptc(byte[] jpeg, PhotoshopApp13Data photoshop) throws IOException {
        var kept = new ArrayList<IptcRecord>();
        for (var record : photoshop.getRecords()) {
            if (record.iptcType instanceof IptcTypes type && IPTC_KEPT.contains(type)) {
                kept.add(record);
            }
        }
        if (kept.size() == photoshop.getRecords().size() && photoshop.getNonIptcBlocks().isEmpty()) {
            return jpeg;
        }
        var out = new ByteArrayOutputStream(jpeg.length);
        if (kept.isEmpty()) {
            new JpegIptcRewriter().removeIptc(jpeg, out, true);
        } else {
            // other Photoshop resources (thumbnails, paths, XMP copies) go too
            new JpegIptcRewriter().writeIptc(jpeg, out, new PhotoshopApp13Data(kept, List.of()));
        }
        return out.toByteArray();
    }

    // --- PNG

    private static byte[] png(byte[] data) throws IOException {
        if (data.length < 8) {
            throw new IOException("Not a PNG file");
        }
        var out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 8);
        boolean dropped = false;
        int at = 8;
        while (at + 12 <= data.length) {
            int length = ByteBuffer.wrap(data, at, 4).getInt();
            if (length < 0 || at + 12L + length > data.length) {
                throw new IOException("A PNG chunk runs past the end of the file");
            }
            String type = new String(data, at + 4, 4, StandardCharsets.ISO_8859_1);
            int end = at + 12 + length;
            if (PNG_KEPT_CHUNKS.contains(type) || isKeptText(type, data, at + 8, length)) {
                out.write(data, at, end - at);
            } else {
                dropped = true;
            }
            at = end;
            if (type.equals("IEND")) {
                dropped |= at < data.length;
                return dropped ? out.toByteArray() : data;
            }
        }
        throw new IOException("The PNG file has no end");
    }

    /** Text chunks start with their keyword and a NUL. */
    private static boolean isKeptText(String type, byte[] data, int from, int length) {
        if (!type.equals("tEXt") && !type.equals("iTXt") && !type.equals("zTXt")) {
            return false;
        }
        int nul = from;
        while (nul < from + length && data[nul] != 0) {
            nul++;
        }
        return PNG_KEPT_TEXT.contains(new String(data, from, nul - from, StandardCharsets.ISO_8859_1));
    }

    // --- WebP

    private static byte[] webp(byte[] data) throws IOException {
        if (data.length < 12) {
            throw new IOException("Not a WebP file");
        }
        var out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 12);
        boolean dropped = false;
        int at = 12;
        int vp8x = -1;
        while (at + 8 <= data.length) {
            String type = new String(data, at, 4, StandardCharsets.ISO_8859_1);
            long size = ByteBuffer.wrap(data, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            long end = at + 8 + size + (size & 1);
            if (end > data.length) {
                throw new IOException("A WebP chunk runs past the end of the file");
            }
            if (type.equals("EXIF") || type.equals("XMP ")) {
                dropped = true;
            } else {
                if (type.equals("VP8X")) {
                    vp8x = out.size();
                }
                out.write(data, at, (int) (end - at));
            }
            at = (int) end;
        }
        if (!dropped && at == data.length) {
            return data;
        }
        byte[] result = out.toByteArray();
        if (vp8x >= 0) {
            result[vp8x + 8] &= (byte) ~0x0c; // the flags say there is no EXIF and no XMP any more
        }
        ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
        return result;
    }

    // --- GIF

    private static byte[] gif(byte[] data) throws IOException {
        if (data.length < 13) {
            throw new IOException("Not a GIF file");
        }
        var out = new ByteArrayOutputStream(data.length);
        int at = 13;
        int flags = data[10] & 0xff;
        if ((flags & 0x80) != 0) {
            at += 3 * (1 << ((flags & 0x07) + 1)); // global colour table
        }
        out.write(data, 0, Math.min(at, data.length));
        boolean dropped = false;
        while (at < data.length) {
            int block = data[at] & 0xff;
            if (block == 0x3b) { // trailer
                out.write(0x3b);
                dropped |= at + 1 < data.length;
                return dropped ? out.toByteArray() : data;
            }
            int start = at;
            if (block == 0x21) {
                int label = data[at + 1] & 0xff;
                at = subBlocks(data, at + 2);
                boolean keep = label == 0xf9 || label == 0x01 || label == 0xff && isLoop(data, start + 2);
                if (keep) {
                    out.write(data, start, at - start);
                } else {
                    dropped = true;
                }
            } else if (block == 0x2c) {
                int local = data[at + 9] & 0xff;
                at += 10;
                if ((local & 0x80) != 0) {
                    at += 3 * (1 << ((local & 0x07) + 1));
                }
                at = subBlocks(data, at + 1); // after the LZW code size
                out.write(data, start, at - start);
            } else {
                throw new IOException("Not a GIF block at " + at);
            }
        }
        throw new IOException("The GIF file has no end");
    }

    private static int subBlocks(byte[] data, int at) throws IOException {
        while (at < data.length) {
            int size = data[at] & 0xff;
            at += 1 + size;
            if (size == 0) {
                return at;
            }
        }
        throw new IOException("A GIF block runs past the end of the file");
    }

    /** The application extension that makes an animation loop (NETSCAPE2.0 or ANIMEXTS1.0). */
    private static boolean isLoop(byte[] data, int at) {
        if (at + 12 > data.length || (data[at] & 0xff) != 11) {
            return false;
        }
        String id = new String(Arrays.copyOfRange(data, at + 1, at + 12), StandardCharsets.ISO_8859_1);
        return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
    }

    private static boolean startsWith(byte[] data, int from, int length, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return length >= expected.length && Arrays.equals(data, from, from + expected.length, expected, 0, expected.length);
    }
}
